package vn.citizenhub.channel.app.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.channel.app.partner.JdbcAppPartners;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.MultipartForm;
import vn.citizenhub.testsupport.SqlProbe;
import vn.citizenhub.testsupport.TestPhotos;

/**
 * Every way a request can fail its signature is a 401 with a bilingual error, and stores nothing:
 * no intake, no report, no nonce (so the honest request can still be sent), no photo.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppSignatureTest implements TestPropertyProvider {

  static final FakeHubCore CORE = new FakeHubCore();
  static final String APP = "zalo-mini";
  static final String SECRET = "mini-" + UUID.randomUUID();

  @Inject EmbeddedServer server;
  @Inject JdbcDatabase database;
  @Inject JdbcAppPartners partners;

  AppSigner signer;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("app_signing"));
    p.put("hub.core.url", CORE.url());
    p.put("hub.attachments.folder", "target/test-attachments-signing-" + UUID.randomUUID());
    p.put("spec.name", "AppSignatureTest");
    return p;
  }

  @BeforeAll
  void registerApps() throws Exception {
    partners.register(APP, "Zalo Mini App", null, SECRET);
    partners.register("gone-app", "Đã ngừng", null, "gone-secret-value");
    partners.deactivate("gone-app");
    signer = new AppSigner(server.getURL().toString());
  }

  @AfterAll
  void stop() {
    CORE.close();
  }

  static final String REPORT = """
      {"kind": "REPORT", "categoryCode": "STREET_LIGHT",
       "description": "Ổ gà lớn giữa đường, xe máy dễ ngã.",
       "location": {"communeCode": "27712"},
       "consent": {"given": true, "textVersion": "app-2026-01"}}
      """;

  AppSigner.Call report() {
    return signer.as(APP, SECRET, "citizen-1").postJson("/api/app/v1/reports", REPORT);
  }

  long stored() {
    SqlProbe sql = new SqlProbe(database.pool());
    return sql.count("SELECT COUNT(*) FROM channel_intake_outbox")
        + sql.count("SELECT COUNT(*) FROM app_report")
        + sql.count("SELECT COUNT(*) FROM app_request_nonce");
  }

  void assertRefused(AppSigner.Call call, String signature, int status, String error)
      throws Exception {
    long before = stored();
    HttpResponse<String> answer = signature == null ? call.send() : call.sendSigned(signature);
    assertEquals(status, answer.statusCode(), answer.body());
    JsonNode body = ContractJson.mapper().readTree(answer.body());
    assertEquals(error, body.path("error").asText());
    assertFalse(body.path("message").asText().isBlank(), "Vietnamese message");
    assertFalse(body.path("messageEn").asText().isBlank(), "English message");
    assertEquals(before, stored(), "nothing stored");
  }

  @Test
  void aSignedReportIsTaken() throws Exception {
    HttpResponse<String> answer = report().send();
    assertEquals(202, answer.statusCode(), answer.body());
  }

  @Test
  void aControllerUnderTheSignedPrefixStillBindsItsBodyAndReadsTheCaller() throws Exception {
    HttpResponse<String> answer = signer.as(APP, SECRET, "citizen-9")
        .postJson("/api/app/v1/test-echo", "{\"token\": \"fcm-token-1\"}").send();
    assertEquals(200, answer.statusCode(), answer.body());
    JsonNode echo = ContractJson.mapper().readTree(answer.body());
    assertEquals("fcm-token-1", echo.path("token").asText());
    assertEquals(APP, echo.path("app").asText());
    assertEquals("citizen-9", echo.path("user").asText());
  }

  @Test
  void aRequestSignedWithAnotherSecretIsRefused() throws Exception {
    AppSigner.Call call = report();
    call.secret = "not-the-secret";
    assertRefused(call, null, 401, "SIGNATURE_INVALID");
  }

  @Test
  void aStaleOrFutureTimestampIsRefused() throws Exception {
    AppSigner.Call stale = report();
    stale.timestamp -= 301;
    assertRefused(stale, null, 401, "TIMESTAMP_OUT_OF_WINDOW");
    AppSigner.Call future = report();
    future.timestamp += 301;
    assertRefused(future, null, 401, "TIMESTAMP_OUT_OF_WINDOW");
    AppSigner.Call withinWindow = report();
    withinWindow.timestamp -= 240;
    assertEquals(202, withinWindow.send().statusCode());
  }

  @Test
  void aReplayedRequestIsRefused() throws Exception {
    AppSigner.Call call = report();
    String signature = call.signature();
    assertEquals(202, call.sendSigned(signature).statusCode());
    assertRefused(call, signature, 401, "NONCE_REUSED");
  }

  @Test
  void anUnknownOrDeactivatedAppIsRefused() throws Exception {
    assertRefused(signer.as("nobody-app", SECRET, "c")
        .postJson("/api/app/v1/reports", REPORT), null, 401, "APP_NOT_ALLOWED");
    assertRefused(signer.as("gone-app", "gone-secret-value", "c")
        .postJson("/api/app/v1/reports", REPORT), null, 401, "APP_NOT_ALLOWED");
  }

  @Test
  void aTamperedBodyIsRefused() throws Exception {
    AppSigner.Call call = report();
    call.signedBody = REPORT.replace("Ổ gà", "Ổ voi").getBytes(StandardCharsets.UTF_8);
    assertRefused(call, null, 401, "SIGNATURE_INVALID");
  }

  @Test
  void aTamperedMultipartBodyIsRefusedAndNoPhotoIsKept() throws Exception {
    MultipartForm form = new MultipartForm()
        .file("report", "r.json", "application/json", REPORT.getBytes(StandardCharsets.UTF_8))
        .file("photo", "a.jpg", "image/jpeg", TestPhotos.jpeg(400, 300));
    AppSigner.Call call = signer.as(APP, SECRET, "citizen-1")
        .post("/api/app/v1/reports", form.contentType(), form.bytes());
    byte[] other = form.bytes().clone();
    other[other.length / 2] ^= 1; // one bit of the photo changed after signing
    call.signedBody = form.bytes();
    call.body = other;
    assertRefused(call, null, 401, "SIGNATURE_INVALID");
  }

  @Test
  void aTamperedQueryIsRefused() throws Exception {
    AppSigner.Call call = signer.as(APP, SECRET, "citizen-1").get("/api/app/v1/reports?limit=2");
    call.signedPath = "/api/app/v1/reports?limit=1";
    assertRefused(call, null, 401, "SIGNATURE_INVALID");
    AppSigner.Call honest = signer.as(APP, SECRET, "citizen-1").get("/api/app/v1/reports?limit=2");
    assertEquals(200, honest.send().statusCode());
  }

  @Test
  void missingOrMalformedHeadersAreRefused() throws Exception {
    AppSigner.Call shortNonce = report();
    shortNonce.nonce = "abc";
    assertRefused(shortNonce, null, 401, "SIGNATURE_HEADERS_MISSING");
    assertRefused(report(), "not-hex", 401, "SIGNATURE_HEADERS_MISSING");
  }

  @Test
  void neitherSecretNorSignatureIsLogged() throws Exception {
    Logger root = (Logger) org.slf4j.LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    root.addAppender(logs);
    try {
      AppSigner.Call bad = report();
      bad.secret = "wrong";
      String signature = bad.signature();
      bad.sendSigned(signature);
      AppSigner.Call good = report();
      String goodSignature = good.signature();
      good.sendSigned(goodSignature);
      String all = String.join("\n", logs.list.stream()
          .map(ILoggingEvent::getFormattedMessage).toList());
      assertFalse(all.contains(signature) || all.contains(goodSignature), "no signature");
      assertFalse(all.contains(SECRET), "no secret");
      assertTrue(all.contains("SIGNATURE_INVALID"), "the refusal's reason is logged");
    } finally {
      root.detachAppender(logs);
    }
  }
}
