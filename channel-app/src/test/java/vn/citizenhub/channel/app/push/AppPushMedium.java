package vn.citizenhub.channel.app.push;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import vn.citizenhub.channel.app.FixedAppPartners;
import vn.citizenhub.channel.app.devices.DeviceRegistry;
import vn.citizenhub.channel.app.devices.Platform;
import vn.citizenhub.channel.app.partner.AppCaller;
import vn.citizenhub.channel.app.partner.AppPartner;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.testsupport.fcm.FakeFcm;

/**
 * The app channel's medium for notices, for the channel contract test's notice hooks: app users
 * with one registered device each, pushed to at a local fake FCM that delivers, or refuses for
 * good (404 UNREGISTERED, so the device is forgotten and, with no callback, the notice handed
 * back).
 *
 * <pre>{@code
 * static final AppPushMedium PUSH = new AppPushMedium();
 * protected Map<String, String> channelProperties() { return PUSH.properties(); }
 * protected void medium(Medium m) { PUSH.failPermanently(m == Medium.FAILS_PERMANENTLY); }
 * protected String noticeRecipient() { return PUSH.newRecipient(partners, devices); }
 * protected List<String> delivered(String recipient) { return PUSH.delivered(recipient); }
 * }</pre>
 */
public final class AppPushMedium implements AutoCloseable {

  private final FakeFcm fcm = new FakeFcm("contract-app-push");
  private final Map<String, String> tokenOf = new ConcurrentHashMap<>();
  private volatile boolean failing;
  private volatile AppPartner app;

  /** Push on, at the fake; the fixed app registry. */
  public Map<String, String> properties() {
    Map<String, String> p = new HashMap<>();
    p.put("test.app-partners", "fixed");
    p.put("hub.app.push.enabled", "true");
    p.put("hub.app.push.service-account-file", fcm.serviceAccount().file().toString());
    p.put("hub.app.push.fcm-base-url", fcm.baseUrl());
    p.put("hub.app.push.retry-wait", "20ms");
    return p;
  }

  public void failPermanently(boolean failing) {
    this.failing = failing;
  }

  /** A new app user with one device; its token is refused for good while the medium fails. */
  public String newRecipient(FixedAppPartners partners, DeviceRegistry devices) throws Exception {
    if (app == null) {
      app = partners.add("Ứng dụng hợp đồng", null);
    }
    String user = "contract-" + UUID.randomUUID().toString().substring(0, 8);
    String token = UUID.randomUUID() + ":APA91b" + UUID.randomUUID().toString().replace("-", "");
    devices.register(new AppCaller(app.appId(), user), token, Platform.ANDROID, Instant.now());
    if (failing) {
      fcm.unregister(token);
    }
    String identity = Channel.APP.identity(app.appId() + ":" + user);
    tokenOf.put(identity, token);
    return identity;
  }

  /** What the user's phone shows: each push's title and body. */
  public List<String> delivered(String identity) {
    String token = tokenOf.get(identity);
    return token == null ? List.of() : fcm.sentTo(token).stream()
        .map(s -> s.title() + "\n" + s.body()).toList();
  }

  @Override
  public void close() {
    fcm.close();
  }
}
