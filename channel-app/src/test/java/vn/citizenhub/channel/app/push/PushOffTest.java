package vn.citizenhub.channel.app.push;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.citizenhub.channel.app.push.NoticeKit.notice;
import static vn.citizenhub.channel.app.push.NoticeKit.publish;
import static vn.citizenhub.channel.app.push.NoticeKit.reports;
import static vn.citizenhub.channel.app.push.NoticeKit.state;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.channel.app.FixedAppPartners;
import vn.citizenhub.channel.app.devices.DeviceRegistry;
import vn.citizenhub.channel.app.devices.Platform;
import vn.citizenhub.channel.app.partner.AppCaller;
import vn.citizenhub.channel.app.partner.AppPartner;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.intake.DeliveryReport.DeliveryStatus;
import vn.citizenhub.contract.notify.Notification;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.SqlProbe;

/**
 * With push off (the default) nothing talks to FCM: a registered device is passed over and the
 * notice goes to the app's signed callback, or back to SMS.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PushOffTest implements TestPropertyProvider {

  private static final RecordingCallback APP_SERVER = new RecordingCallback();

  @Inject ApplicationContext context;
  @Inject FixedAppPartners partners;
  @Inject DeviceRegistry devices;
  @Inject JdbcDatabase database;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("app_push_off"));
    p.put("test.app-partners", "fixed");
    p.put("hub.notify.retry-base", "200ms");
    return p;
  }

  @AfterAll
  void stop() {
    APP_SERVER.close();
  }

  @Test
  void aUserWithADeviceIsToldThroughTheCallbackAndNoFcmClientExists() throws Exception {
    assertTrue(context.findBean(FcmClient.class).isEmpty(), "push is off by default");
    String path = "/notices-" + UUID.randomUUID();
    AppPartner app = partners.add("Tây Ninh Smart", APP_SERVER.url(path));
    String user = "user-" + UUID.randomUUID();
    devices.register(new AppCaller(app.appId(), user),
        UUID.randomUUID() + ":APA91b" + UUID.randomUUID().toString().replace("-", ""),
        Platform.ANDROID, Instant.now());
    Notification n = notice(app.appId(), user, null, null);
    publish(n);

    SqlProbe db = new SqlProbe(database.pool());
    await().atMost(Duration.ofSeconds(30)).until(() -> state(db, n.id()).equals("SENT"));
    assertEquals(1, APP_SERVER.at(path).size());
    JsonNode body = ContractJson.mapper().readTree(APP_SERVER.at(path).get(0).body());
    assertEquals(n.id(), body.path("notificationId").asText());
    assertEquals(DeliveryStatus.SENT, reports(n.id()).get(0).status());
  }
}
