package vn.citizenhub.channel.app.push;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.citizenhub.channel.app.push.NoticeKit.notice;
import static vn.citizenhub.channel.app.push.NoticeKit.phone;
import static vn.citizenhub.channel.app.push.NoticeKit.publish;
import static vn.citizenhub.channel.app.push.NoticeKit.reports;
import static vn.citizenhub.channel.app.push.NoticeKit.smsFor;
import static vn.citizenhub.channel.app.push.NoticeKit.state;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.channel.app.FixedAppPartners;
import vn.citizenhub.channel.app.devices.DeviceRegistry;
import vn.citizenhub.channel.app.devices.Platform;
import vn.citizenhub.channel.app.partner.AppCaller;
import vn.citizenhub.channel.app.partner.AppPartner;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.DeliveryReport;
import vn.citizenhub.contract.intake.DeliveryReport.DeliveryStatus;
import vn.citizenhub.contract.notify.Notification;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.ScanLogsForPersonalData;
import vn.citizenhub.testsupport.SqlProbe;
import vn.citizenhub.testsupport.fcm.FakeFcm;

/**
 * App users hear back on their phones: a notice on hub.notify.v1 (the shared broker, the real
 * database) becomes an FCM HTTP v1 push at a local fake FCM, authorised by an access token the
 * fake's OAuth endpoint issued for the service account's RS256 assertion. Tokens FCM calls gone
 * are forgotten and the notice goes back to SMS when no device remains; FCM down for now is
 * tried again and the phone shows the notice once; a user with no device is told through the
 * app's signed callback, and with neither the notice goes back to SMS.
 */
@ScanLogsForPersonalData
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppPushDeliveryTest implements TestPropertyProvider {

  static final String PUBLIC_URL = "https://phananh.tayninh.example.gov.vn";
  private static final String PROJECT = "tay-ninh-smart-test";
  private static final FakeFcm FCM = new FakeFcm(PROJECT);
  private static final RecordingCallback APP_SERVER = new RecordingCallback();
  private static final Duration WITHIN = Duration.ofSeconds(30);

  @Inject FixedAppPartners partners;
  @Inject DeviceRegistry devices;
  @Inject JdbcDatabase database;
  private SqlProbe db;
  private AppPartner pushApp;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("app_push"));
    p.put("test.app-partners", "fixed");
    p.put("hub.notify.retry-base", "200ms");
    p.put("hub.public-url", PUBLIC_URL);
    p.put("hub.app.push.enabled", "true");
    p.put("hub.app.push.service-account-file", FCM.serviceAccount().file().toString());
    p.put("hub.app.push.fcm-base-url", FCM.baseUrl());
    p.put("hub.app.push.retry-wait", "20ms");
    return p;
  }

  @BeforeAll
  void setUp() {
    db = new SqlProbe(database.pool());
    pushApp = partners.add("Tây Ninh Smart", null);
  }

  @AfterAll
  void stopServers() {
    FCM.close();
    APP_SERVER.close();
  }

  @Test
  void theOfficersAnswerArrivesAsOnePushWithItsLinksOnEveryDeviceOfTheUser() throws Exception {
    String user = user();
    String phoneToken = register(pushApp, user, Platform.ANDROID);
    String tabletToken = register(pushApp, user, Platform.IOS);
    Notification n = notice(pushApp.appId(), user, null, "fb-Token_0123456789abcdefghij");
    publish(n, n); // Kafka may deliver it twice: one push per device all the same

    await().atMost(WITHIN).until(() -> state(db, n.id()).equals("SENT"));
    assertEquals(1, FCM.sentTo(phoneToken).size());
    assertEquals(1, FCM.sentTo(tabletToken).size());
    FakeFcm.Sent push = FCM.sentTo(phoneToken).get(0);
    assertTrue(FCM.isIssued(push.accessToken()), "the bearer came from the token endpoint");
    assertEquals(List.of(), FCM.refusedAssertions());
    String code = new TrackingCode(n.trackingCode()).display();
    assertEquals("Cập nhật phản ánh " + code + " / Update on report " + code, push.title());
    assertEquals(NoticeKit.MESSAGE_VI + "\n" + NoticeKit.MESSAGE_EN, push.body());
    Map<String, String> data = push.data();
    assertEquals(code, data.get("trackingCode"));
    assertEquals(n.id(), data.get("notificationId"));
    assertEquals("UPDATE", data.get("kind"));
    assertEquals(PUBLIC_URL + "/track?code=" + code, data.get("trackingUrl"));
    assertEquals(PUBLIC_URL + "/track?code=" + code + "#k=fb-Token_0123456789abcdefghij",
        data.get("feedbackUrl"));

    DeliveryReport report = reports(n.id()).get(0);
    assertEquals(DeliveryStatus.SENT, report.status());
    assertEquals("Pushed to 2 device(s) of the app user.", report.detailEn());
    assertEquals("Đã gửi thông báo đẩy tới 2 thiết bị của người dùng ứng dụng.",
        report.detailVi());
  }

  @Test
  void anUnregisteredTokenIsForgottenAndWithoutAnotherDeviceTheNoticeGoesToSms()
      throws Exception {
    String user = user();
    String gone = register(pushApp, user, Platform.ANDROID);
    FCM.unregister(gone);
    String phone = phone();
    Notification n = notice(pushApp.appId(), user, phone, null);
    publish(n);

    await().atMost(WITHIN).until(() -> state(db, n.id()).equals("HANDED_BACK"));
    assertEquals(0, db.count("SELECT COUNT(*) FROM app_device WHERE fcm_token = ?", gone));
    assertEquals(1, FCM.attempts(gone), "a 404 UNREGISTERED is not tried again");
    assertEquals(0, FCM.sentTo(gone).size());
    DeliveryReport report = reports(n.id()).get(0);
    assertEquals(DeliveryStatus.HANDED_BACK, report.status());
    assertEquals("FCM took the notice for no device (1 token(s) no longer valid removed,"
        + " 0 refused).", report.detailEn());
    List<Notification> sms = smsFor(phone, n.trackingCode());
    assertEquals(1, sms.size());
    assertEquals(Channel.HOTLINE, sms.get(0).channel());
    assertEquals(NoticeKit.MESSAGE_VI, sms.get(0).messageVi());
  }

  @Test
  void anInvalidTokenIsForgottenAndTheUsersOtherDeviceStillGetsThePush() throws Exception {
    String user = user();
    String invalid = register(pushApp, user, Platform.WEB);
    String good = register(pushApp, user, Platform.ANDROID);
    FCM.rejectAsInvalid(invalid);
    Notification n = notice(pushApp.appId(), user, null, null);
    publish(n);

    await().atMost(WITHIN).until(() -> state(db, n.id()).equals("SENT"));
    assertEquals(0, db.count("SELECT COUNT(*) FROM app_device WHERE fcm_token = ?", invalid));
    assertEquals(1, db.count("SELECT COUNT(*) FROM app_device WHERE fcm_token = ?", good));
    assertEquals(1, FCM.sentTo(good).size());
    assertFalse(FCM.sentTo(good).get(0).data().containsKey("feedbackUrl"),
        "no private link without a feedback token");
  }

  @Test
  void fcmUnavailableIsTriedAgainAndThePhoneShowsTheNoticeOnce() throws Exception {
    String user = user();
    String token = register(pushApp, user, Platform.ANDROID);
    // Three 503s use up the first attempt's three tries; the dispatcher's retry gets one more
    // 503 and then FCM takes the message.
    FCM.unavailableFor(4, 0);
    Notification n = notice(pushApp.appId(), user, null, null);
    publish(n);

    await().atMost(WITHIN).until(() -> state(db, n.id()).equals("SENT"));
    assertEquals(1, FCM.sentTo(token).size());
    assertEquals(5, FCM.attempts(token));
    assertTrue(Integer.parseInt(db.string("SELECT attempts FROM channel_notification"
        + " WHERE notification_id = ?", n.id())) >= 2, "the dispatcher tried it again");
    assertEquals(DeliveryStatus.SENT, reports(n.id()).get(0).status());
  }

  @Test
  void aRevokedAccessTokenIsReplacedOnceAndThePushGoesThrough() throws Exception {
    String user = user();
    String token = register(pushApp, user, Platform.IOS);
    Notification warmUp = notice(pushApp.appId(), user, null, null);
    publish(warmUp);
    await().atMost(WITHIN).until(() -> state(db, warmUp.id()).equals("SENT"));
    int tokensBefore = FCM.tokenRequests();
    FCM.revokeAccessTokens();

    Notification n = notice(pushApp.appId(), user, null, null);
    publish(n);
    await().atMost(WITHIN).until(() -> state(db, n.id()).equals("SENT"));
    assertEquals(tokensBefore + 1, FCM.tokenRequests());
    assertEquals(2, FCM.sentTo(token).size());
    assertTrue(FCM.isIssued(FCM.sentTo(token).get(1).accessToken()));
    assertFalse(FCM.sentTo(token).get(1).accessToken()
        .equals(FCM.sentTo(token).get(0).accessToken()));
  }

  @Test
  void aUserWithoutADeviceIsToldThroughTheAppsSignedCallback() throws Exception {
    String path = "/hub/notices-" + UUID.randomUUID();
    AppPartner app = partners.add("Huế-S", APP_SERVER.url(path + "?v=1"));
    String user = user();
    Notification n = notice(app.appId(), user, phone(), "fb-token-callback-0123456789");
    publish(n);

    await().atMost(WITHIN).until(() -> state(db, n.id()).equals("SENT"));
    List<RecordingCallback.Received> calls = APP_SERVER.at(path);
    assertEquals(1, calls.size());
    RecordingCallback.Received call = calls.get(0);
    assertEquals("POST", call.method());
    assertEquals(path + "?v=1", call.pathWithQuery());
    assertEquals(app.appId(), call.headers().get("x-app-id"));
    String timestamp = call.headers().get("x-timestamp");
    assertTrue(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) < 300);
    assertTrue(call.headers().get("x-nonce").matches("[0-9a-f]{32}"));
    // Checked as the app would, from the scheme itself rather than the hub's signer.
    String canonical = "POST\n" + path + "?v=1\n" + timestamp + "\n"
        + call.headers().get("x-nonce") + "\n" + HexFormat.of().formatHex(
            MessageDigest.getInstance("SHA-256").digest(call.body()));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(app.secret(), "HmacSHA256"));
    assertEquals(HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(
        StandardCharsets.UTF_8))), call.headers().get("x-signature"));
    assertTrue(call.headers().get("content-type").startsWith("application/json"));

    JsonNode body = ContractJson.mapper().readTree(call.body());
    String code = new TrackingCode(n.trackingCode()).display();
    assertEquals("notice", body.path("type").asText());
    assertEquals(n.id(), body.path("notificationId").asText());
    assertEquals(user, body.path("appUserId").asText());
    assertEquals(code, body.path("trackingCode").asText());
    assertEquals(NoticeKit.MESSAGE_VI, body.path("messageVi").asText());
    assertEquals(NoticeKit.MESSAGE_EN, body.path("messageEn").asText());
    assertEquals(PUBLIC_URL + "/track?code=" + code + "#k=fb-token-callback-0123456789",
        body.path("feedbackUrl").asText());
    assertTrue(body.path("phone").isMissingNode(), "no contact details leave the hub");
    assertEquals("Delivered to the app's callback URL.", reports(n.id()).get(0).detailEn());
  }

  @Test
  void aCallbackRefusedForGoodIsHandedBackAndAnAppServerDownIsTriedAgain() throws Exception {
    String refusing = "/hub/refusing-" + UUID.randomUUID();
    APP_SERVER.answer(refusing, 410);
    AppPartner refusingApp = partners.add("Ứng dụng cũ", APP_SERVER.url(refusing));
    String phone = phone();
    Notification refused = notice(refusingApp.appId(), user(), phone, null);

    String flaky = "/hub/flaky-" + UUID.randomUUID();
    APP_SERVER.answer(flaky, 503);
    AppPartner flakyApp = partners.add("Ứng dụng chập chờn", APP_SERVER.url(flaky));
    Notification retried = notice(flakyApp.appId(), user(), null, null);
    publish(refused, retried);

    await().atMost(WITHIN).until(() -> state(db, refused.id()).equals("HANDED_BACK"));
    assertEquals(1, APP_SERVER.at(refusing).size(), "a 4xx is not tried again");
    assertEquals("The app's callback URL refused the notice (status 410).",
        reports(refused.id()).get(0).detailEn());
    assertEquals(1, smsFor(phone, refused.trackingCode()).size());

    await().atMost(WITHIN).until(() -> APP_SERVER.at(flaky).size() >= 2);
    APP_SERVER.answer(flaky, 200);
    await().atMost(WITHIN).until(() -> state(db, retried.id()).equals("SENT"));
  }

  @Test
  void withNeitherDeviceNorCallbackTheNoticeGoesToSmsOrFails() throws Exception {
    String phone = phone();
    Notification toSms = notice(pushApp.appId(), user(), phone, null);
    Notification nowhere = notice(pushApp.appId(), user(), null, null);
    Notification unknownApp = notice("app-unknown", user(), null, null);
    publish(toSms, nowhere, unknownApp);

    await().atMost(WITHIN).until(() -> state(db, toSms.id()).equals("HANDED_BACK")
        && state(db, nowhere.id()).equals("FAILED")
        && state(db, unknownApp.id()).equals("FAILED"));
    assertEquals(1, smsFor(phone, toSms.trackingCode()).size());
    assertEquals("The app user has no device registered for push and the app registered no"
        + " callback URL.", reports(toSms.id()).get(0).detailEn());
    DeliveryReport failed = reports(nowhere.id()).get(0);
    assertEquals(DeliveryStatus.FAILED, failed.status());
    assertEquals("Người dùng chưa đăng ký thiết bị nhận thông báo đẩy và ứng dụng không đăng ký"
        + " địa chỉ callback. Không có số điện thoại để gửi SMS.", failed.detailVi());
    assertEquals("The citizen's app is no longer registered or is suspended."
        + " No phone number to send an SMS to.", reports(unknownApp.id()).get(0).detailEn());
  }

  private String register(AppPartner app, String user, Platform platform) throws Exception {
    String token = UUID.randomUUID() + ":APA91b" + UUID.randomUUID().toString().replace("-", "");
    devices.register(new AppCaller(app.appId(), user), token, platform, Instant.now());
    return token;
  }

  private static String user() {
    return "user-" + UUID.randomUUID();
  }
}
