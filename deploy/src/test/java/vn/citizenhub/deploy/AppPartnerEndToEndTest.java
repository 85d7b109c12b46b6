package vn.citizenhub.deploy;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.core.staff.PasswordHasher;
import vn.citizenhub.core.staff.StaffAccounts;
import vn.citizenhub.core.staff.StaffRole;
import vn.citizenhub.testsupport.ExifBlock;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.MultipartForm;
import vn.citizenhub.testsupport.ScanLogsForPersonalData;
import vn.citizenhub.testsupport.TestPhotos;
import vn.citizenhub.testsupport.fcm.FakeFcm;

/**
 * The app partner API through the whole hub, as the README shows it: the demo app signs a report
 * with a photo, it becomes a ticket at its agency, the app lists its user's reports and reads the
 * ticket's public view; a replayed or mis-signed request is refused; an administrator registers a
 * new app whose secret signs at once; the app user's phone is pushed (at a local fake FCM) when
 * the officer answers.
 */
@ScanLogsForPersonalData({AppPartnerEndToEndTest.PHONE})
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppPartnerEndToEndTest implements TestPropertyProvider {

  static final String PHONE = "0908 765 432";
  private static final String DEMO_SECRET = "demo-secret-for-the-end-to-end-test";
  private static final String PASSWORD = "mật-khẩu-thử-9x";
  private static final FakeFcm FCM = new FakeFcm("tayninh-smart-e2e");

  @Inject EmbeddedServer server;
  @Inject StaffAccounts accounts;
  @Inject PasswordHasher hasher;
  private AppPartnerCalls demo;
  private StaffDesk officer;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("e2e_app"));
    p.put("hub.app.partners.demo-app-id", "demo-app");
    p.put("hub.app.partners.demo-app-secret", DEMO_SECRET);
    p.put("hub.app.push.enabled", "true");
    p.put("hub.app.push.service-account-file", FCM.serviceAccount().file().toString());
    p.put("hub.app.push.fcm-base-url", FCM.baseUrl());
    return p;
  }

  @AfterAll
  void stopFcm() {
    FCM.close();
  }

  @BeforeAll
  void staff() throws Exception {
    demo = new AppPartnerCalls(server.getURL().toString(), "demo-app", DEMO_SECRET);
    accounts.create("canbo.app", "Cán bộ Kiến Tường", StaffRole.AGENCY_OFFICER, "UBND-27787",
        hasher.hash(PASSWORD), Instant.now());
    accounts.create("quantri.app", "Quản trị", StaffRole.ADMINISTRATOR, null,
        hasher.hash(PASSWORD), Instant.now());
    officer = new StaffDesk(server.getURL().toString());
    officer.signIn("canbo.app", PASSWORD);
  }

  private static String report() {
    return """
        {"kind": "REPORT", "categoryCode": "ROAD_DAMAGE",
         "description": "Mặt đường sụt lún trước trường tiểu học, xe máy dễ ngã.",
         "location": {"communeCode": "27787"}, "verifiedPhone": "%s",
         "consent": {"given": true, "textVersion": "app-2026-01"}}
        """.formatted(PHONE);
  }

  @Test
  void theDemoAppReportsWithAPhotoListsItsReportsAndReplaysAreRefused() throws Exception {
    MultipartForm form = new MultipartForm()
        .file("report", "report.json", "application/json",
            report().getBytes(StandardCharsets.UTF_8))
        .file("photo", "IMG_2001.JPG", "image/jpeg", TestPhotos.cameraJpeg(1600, 1200,
            new ExifBlock("Xiaomi", "Redmi Note 12", 1, 10.775312, 105.928041)));
    AppPartnerCalls.Signed signed = demo.sign("citizen-77", "POST", "/api/app/v1/reports",
        form.contentType(), form.bytes());
    HttpResponse<String> answer = demo.send(signed);
    assertEquals(202, answer.statusCode(), answer.body());
    String code = ContractJson.mapper().readTree(answer.body()).path("trackingCode").asText();

    long id = await().atMost(Duration.ofSeconds(30)).until(() -> officer.find(code), i -> i > 0);
    JsonNode ticket = officer.ticket(id);
    assertEquals(1, ticket.path("attachments").size(), "the photo reached the ticket");

    JsonNode mine = ContractJson.mapper().readTree(
        demo.get("citizen-77", "/api/app/v1/reports").body()).path("reports");
    assertEquals(1, mine.size());
    assertEquals(code, mine.get(0).path("trackingCode").asText());
    assertEquals("OPEN", mine.get(0).path("state").asText());

    HttpResponse<String> view = demo.get("citizen-77",
        "/api/app/v1/reports/" + code.replace("-", ""));
    assertEquals(200, view.statusCode(), view.body());
    assertFalse(view.body().contains("765"), "no phone in the public view");

    HttpResponse<String> replay = demo.send(signed);
    assertEquals(401, replay.statusCode());
    assertEquals("NONCE_REUSED",
        ContractJson.mapper().readTree(replay.body()).path("error").asText());
    HttpResponse<String> misSigned = demo.send(demo.sign("citizen-77", "GET",
        "/api/app/v1/reports", null, new byte[0], "not-the-demo-secret"));
    assertEquals(401, misSigned.statusCode());
    assertEquals("SIGNATURE_INVALID",
        ContractJson.mapper().readTree(misSigned.body()).path("error").asText());
    assertTrue(ContractJson.mapper().readTree(demo.get("someone-else",
        "/api/app/v1/reports").body()).path("reports").isEmpty(), "not someone else's");
  }

  @Test
  void theAppUsersPhoneIsPushedWhenTheOfficerAnswers() throws Exception {
    String device = "e2e-" + UUID.randomUUID() + ":APA91b" + UUID.randomUUID().toString()
        .replace("-", "");
    HttpResponse<String> registered = demo.send(demo.sign("citizen-88", "POST",
        "/api/app/v1/devices", "application/json", ContractJson.writeString(
            Map.of("token", device, "platform", "android")).getBytes(StandardCharsets.UTF_8)));
    assertEquals(201, registered.statusCode(), registered.body());
    HttpResponse<String> answer = demo.send(demo.sign("citizen-88", "POST",
        "/api/app/v1/reports", "application/json", report().getBytes(StandardCharsets.UTF_8)));
    assertEquals(202, answer.statusCode(), answer.body());
    String code = ContractJson.mapper().readTree(answer.body()).path("trackingCode").asText();

    long id = await().atMost(Duration.ofSeconds(30)).until(() -> officer.find(code), i -> i > 0);
    officer.act(id, "RESOLVE", "closureCode", "FIXED", "text", "Đã san lấp chỗ sụt lún.");

    FakeFcm.Sent outcome = await().atMost(Duration.ofSeconds(60)).until(
        () -> FCM.sentTo(device).stream()
            .filter(s -> s.data().containsKey("feedbackUrl")).findFirst().orElse(null),
        s -> s != null);
    assertTrue(FCM.isIssued(outcome.accessToken()), "signed in with the service account");
    assertEquals(code, outcome.data().get("trackingCode"));
    assertTrue(outcome.title().contains(code), outcome.title());
    assertFalse(outcome.body().isBlank());
    String feedback = outcome.data().get("feedbackUrl");
    assertTrue(feedback != null && feedback.contains("/track?code=") && feedback.contains("#k="),
        "the private rating link rides with the outcome: " + feedback);
    List<String> outcomes = FCM.sentTo(device).stream()
        .filter(s -> s.data().containsKey("feedbackUrl")).map(FakeFcm.Sent::title).toList();
    assertEquals(1, outcomes.size(), "the outcome is pushed once: " + outcomes);
  }

  @Test
  void anAdministratorRegistersAnAppThatSignsAtOnce() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String base = server.getURL().toString();
    JsonNode token = ContractJson.mapper().readTree(http.send(HttpRequest.newBuilder(
        URI.create(base + "/api/staff/token")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(ContractJson.writeString(
            Map.of("username", "quantri.app", "password", PASSWORD)))).build(),
        HttpResponse.BodyHandlers.ofString()).body());
    HttpResponse<String> made = http.send(HttpRequest.newBuilder(
        URI.create(base + "/api/app/admin/v1/apps")).header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + token.path("accessToken").asText())
        .POST(HttpRequest.BodyPublishers.ofString(
            "{\"appId\": \"hue-s\", \"name\": \"Huế-S\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(201, made.statusCode(), made.body());
    String secret = ContractJson.mapper().readTree(made.body()).path("secret").asText();
    AppPartnerCalls app = new AppPartnerCalls(base, "hue-s", secret);
    assertEquals(200, app.get("u1", "/api/app/v1/catalog").statusCode());
  }

  @Test
  void theAllInOneHubServesThePartnerApisOpenApiDocument() throws Exception {
    HttpResponse<String> doc = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(server.getURL() + "/api/app/v1/openapi.yml")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, doc.statusCode(), "generated at build time, also in the launcher's build");
    assertTrue(doc.body().contains("/api/app/v1/reports/{trackingCode}/rating:"), doc.body());
  }
}
