package vn.citizenhub.channel.zalo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import vn.citizenhub.testsupport.HubTestProperties;

/** The properties of a channel under test: real Kafka and database, fakes for Zalo and hub-core. */
public final class ZaloTestSetup {

  public static final String APP_ID = "1760000000000000001";
  public static final String OA_ID = "2420000000000000002";
  public static final String OA_SECRET = "test-oa-secret-key";
  public static final String HUE_APP_ID = "1760000000000000009";
  public static final String HUE_OA_ID = "2420000000000000009";
  public static final String HUE_SECRET = "hue-oa-secret-key";

  private ZaloTestSetup() {}

  /**
   * Two OAs on the same fake Zalo: Tây Ninh's (no approved template) and Huế's (a template for
   * notices outside the 7-day window).
   */
  public static Map<String, String> properties(String dbPrefix, FakeZalo zalo, FakeHubCore core) {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices(dbPrefix));
    p.putAll(channelProperties(zalo, core));
    return p;
  }

  /** The channel's own settings (its OAs on the fake Zalo, hub-core, folders), no Kafka or DB. */
  public static Map<String, String> channelProperties(FakeZalo zalo, FakeHubCore core) {
    Map<String, String> p = new HashMap<>();
    oa(p, "tayninh", APP_ID, OA_ID, OA_SECRET, zalo);
    oa(p, "hue", HUE_APP_ID, HUE_OA_ID, HUE_SECRET, zalo);
    p.put("hub.zalo.oas.hue.notice-template-id", "tpl-hue-1");
    p.put("hub.zalo.oas.hue.consent-text-version", "hue-zalo-2025-09");
    p.put("hub.core.url", core.url());
    try {
      p.put("hub.zalo.media-dir", Files.createTempDirectory("zalo-media").toString());
      p.put("hub.attachments.folder", Files.createTempDirectory("attachments").toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  private static void oa(Map<String, String> p, String name, String app, String oa, String secret,
      FakeZalo zalo) {
    String at = "hub.zalo.oas." + name + ".";
    p.put(at + "app-id", app);
    p.put(at + "oa-id", oa);
    p.put(at + "oa-secret-key", secret);
    p.put(at + "app-secret", FakeZalo.APP_SECRET);
    p.put(at + "api-base-url", zalo.url());
    p.put(at + "oauth-base-url", zalo.url());
    p.put(at + "template-base-url", zalo.url());
    p.put(at + "initial-refresh-token", "refresh-0");
  }
}
