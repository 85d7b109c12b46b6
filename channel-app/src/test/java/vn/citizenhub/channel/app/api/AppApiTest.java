package vn.citizenhub.channel.app.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.GpsDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.attachments.AttachmentStore;
import vn.citizenhub.channel.app.partner.JdbcAppPartners;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.Topics;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.ExifBlock;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.KafkaProbe;
import vn.citizenhub.testsupport.MultipartForm;
import vn.citizenhub.testsupport.ScanLogsForPersonalData;
import vn.citizenhub.testsupport.SqlProbe;
import vn.citizenhub.testsupport.TestPhotos;

/**
 * The app partner API against a real database and broker: signed requests accepted, every kind of
 * mis-signed one refused with nothing stored, reports with photos on hub.intake.v1 under the app
 * user's identity, a user's own list, and ratings only of one's own tickets.
 */
@ScanLogsForPersonalData({"0903 111 222", "0912 345 678", "Nguyễn Thị Lan"})
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppApiTest implements TestPropertyProvider {

  static final FakeHubCore CORE = new FakeHubCore();
  static final String APP = "tayninh-smart";
  static final String SECRET = "s3cret-of-tayninh-smart-" + UUID.randomUUID();
  static final String GONE_APP = "old-app";
  static final String GONE_SECRET = "old-secret-" + UUID.randomUUID();

  @Inject EmbeddedServer server;
  @Inject JdbcDatabase database;
  @Inject JdbcAppPartners partners;
  @Inject AttachmentStore store;

  AppSigner signer;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("app_api"));
    p.put("hub.core.url", CORE.url());
    return p;
  }

  @BeforeAll
  void registerApps() throws Exception {
    partners.register(APP, "Tây Ninh Smart", null, SECRET);
    partners.register(GONE_APP, "Ứng dụng cũ", null, GONE_SECRET);
    partners.deactivate(GONE_APP);
    signer = new AppSigner(server.getURL().toString());
  }

  @AfterAll
  void stop() {
    CORE.close();
  }

  static String report(String extra) {
    return """
        {"kind": "REPORT", "categoryCode": "STREET_LIGHT",
         "description": "Đèn đường trước số 12 đường 30/4 tắt đã ba đêm.",
         "location": {"communeCode": "27712"}, %s
         "consent": {"given": true, "textVersion": "app-2026-01"}}
        """.formatted(extra);
  }

  AppSigner.Call as(String user) {
    return signer.as(APP, SECRET, user);
  }

  static JsonNode json(HttpResponse<String> response) throws Exception {
    return ContractJson.mapper().readTree(response.body());
  }

  static String code(HttpResponse<String> accepted) throws Exception {
    return TrackingCode.parse(json(accepted).path("trackingCode").asText()).orElseThrow().value();
  }

  static JsonNode envelope(String code, String type) throws Exception {
    List<ConsumerRecord<String, byte[]>> records = KafkaProbe.readUntil(Topics.INTAKE,
        seen -> seen.stream().anyMatch(r -> matches(r, code, type)), Duration.ofSeconds(20));
    ConsumerRecord<String, byte[]> found = records.stream().filter(r -> matches(r, code, type))
        .findFirst().orElseThrow(() -> new AssertionError("no " + type + " for " + code));
    JsonNode env = ContractJson.mapper().readTree(found.value());
    assertEquals(env.path("citizen").path("identity").asText(), found.key(),
        "keyed by the citizen's identity");
    return env;
  }

  private static boolean matches(ConsumerRecord<String, byte[]> r, String code, String type) {
    try {
      JsonNode env = ContractJson.mapper().readTree(r.value());
      return code.equals(env.path("trackingCode").asText())
          && type.equals(env.path("payload").path("type").asText());
    } catch (Exception e) {
      return false;
    }
  }

  long rows(String table) {
    return new SqlProbe(database.pool()).count("SELECT COUNT(*) FROM " + table);
  }

  @Test
  void aSignedRequestIsAnsweredAndItsCatalogIsTheProvinces() throws Exception {
    HttpResponse<String> answer = as(null).get("/api/app/v1/catalog").send();
    assertEquals(200, answer.statusCode(), answer.body());
    assertTrue(json(answer).path("categories").size() > 0);
  }

  @Test
  void aReportWithAPhotoGoesOnTheBusUnderTheAppUsersIdentityAndThePhotoIsKeptClean()
      throws Exception {
    byte[] camera = TestPhotos.cameraJpeg(1200, 900,
        new ExifBlock("Apple", "iPhone 13", 1, 10.535912, 106.413654));
    MultipartForm form = new MultipartForm()
        .file("report", "report.json", "application/json",
            report("\"verifiedPhone\": \"0903 111 222\",").getBytes(StandardCharsets.UTF_8))
        .file("photo", "IMG_0001.JPG", "image/jpeg", camera);
    HttpResponse<String> answer = as("user-42")
        .post("/api/app/v1/reports", form.contentType(), form.bytes()).send();
    assertEquals(202, answer.statusCode(), answer.body());
    assertEquals("RECEIVED", json(answer).path("status").asText());

    JsonNode env = envelope(code(answer), "NEW_REPORT");
    assertEquals("APP", env.path("channel").asText());
    assertEquals("app:" + APP + ":user-42", env.path("citizen").path("identity").asText());
    assertEquals("0903 111 222", env.path("citizen").path("phone").asText(),
        "the verified phone links the citizen across channels");
    JsonNode files = env.path("payload").path("attachments");
    assertEquals(1, files.size());
    String url = files.get(0).path("url").asText();
    assertTrue(url.matches("store:app/\\d{4}-\\d{2}/[0-9a-f]{40}\\.jpg"), url);
    assertFalse(files.get(0).path("publicAllowed").asBoolean());
    byte[] kept = store.get(url.substring("store:".length())).orElseThrow();
    Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(kept));
    assertNull(metadata.getFirstDirectoryOfType(GpsDirectory.class), "no GPS left");
  }

  @Test
  void withoutAVerifiedPhoneTheCitizenHasNone() throws Exception {
    HttpResponse<String> answer = as("user-nophone")
        .postJson("/api/app/v1/reports", report("")).send();
    assertEquals(202, answer.statusCode(), answer.body());
    JsonNode citizen = envelope(code(answer), "NEW_REPORT").path("citizen");
    assertTrue(citizen.path("phone").isMissingNode() || citizen.path("phone").isNull());
  }

  @Test
  void theSameIdempotencyKeyIsOneIntake() throws Exception {
    String key = "report-" + UUID.randomUUID();
    HttpResponse<String> first = as("user-7").postJson("/api/app/v1/reports", report(""))
        .header("Idempotency-Key", key).send();
    assertEquals(202, first.statusCode(), first.body());
    long kept = rows("channel_intake_outbox");
    HttpResponse<String> again = as("user-7").postJson("/api/app/v1/reports", report(""))
        .header("Idempotency-Key", key).send();
    assertEquals(202, again.statusCode(), again.body());
    assertEquals(code(first), code(again));
    assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""));
    assertEquals(kept, rows("channel_intake_outbox"), "one intake");
    assertEquals(1, new SqlProbe(database.pool()).count(
        "SELECT COUNT(*) FROM app_report WHERE tracking_code = ?", code(first)));
  }

  @Test
  void myReportsAreMineOnly() throws Exception {
    String user = "user-mine-" + UUID.randomUUID();
    String code = code(as(user).postJson("/api/app/v1/reports", report("")).send());
    HttpResponse<String> mine = as(user).get("/api/app/v1/reports").send();
    assertEquals(200, mine.statusCode(), mine.body());
    JsonNode reports = json(mine).path("reports");
    assertEquals(1, reports.size());
    assertEquals(new TrackingCode(code).display(), reports.get(0).path("trackingCode").asText());
    assertEquals("STREET_LIGHT", reports.get(0).path("categoryCode").asText());
    HttpResponse<String> others = as("someone-else").get("/api/app/v1/reports").send();
    assertEquals(0, json(others).path("reports").size());
  }

  @Test
  void aTicketsViewIsThePublicOneWithoutPersonalData() throws Exception {
    HttpResponse<String> accepted = as("user-view").postJson("/api/app/v1/reports",
        report("\"name\": \"Nguyễn Thị Lan\", \"verifiedPhone\": \"0912 345 678\",")).send();
    String code = code(accepted);
    CORE.ticket(code, "ASSIGNED");
    HttpResponse<String> view = as("user-view").get("/api/app/v1/reports/" + code).send();
    assertEquals(200, view.statusCode(), view.body());
    JsonNode ticket = json(view);
    assertEquals("ASSIGNED", ticket.path("status").asText());
    assertEquals(1, ticket.path("timeline").size());
    assertFalse(view.body().contains("Lan") || view.body().contains("345"),
        "no name or phone in the view");
    assertEquals(404, as("user-view").get("/api/app/v1/reports/ABCD2345").send().statusCode());
  }

  @Test
  void onlyTheReporterRatesTheirTicket() throws Exception {
    String code = code(as("rater").postJson("/api/app/v1/reports", report("")).send());
    long before = rows("channel_intake_outbox");
    HttpResponse<String> other = as("not-the-rater")
        .postJson("/api/app/v1/reports/" + code + "/rating", "{\"score\": 1}").send();
    assertEquals(403, other.statusCode(), other.body());
    assertEquals("NOT_YOUR_TICKET", json(other).path("error").asText());
    assertEquals(before, rows("channel_intake_outbox"), "nothing sent");

    HttpResponse<String> own = as("rater")
        .postJson("/api/app/v1/reports/" + code + "/rating", "{\"score\": 5, \"comment\": \"Tốt\"}")
        .send();
    assertEquals(202, own.statusCode(), own.body());
    JsonNode rating = envelope(code, "RATING");
    assertEquals(5, rating.path("payload").path("score").asInt());
    assertEquals("app:" + APP + ":rater", rating.path("citizen").path("identity").asText());

    HttpResponse<String> bad = as("rater")
        .postJson("/api/app/v1/reports/" + code + "/rating", "{\"score\": 9}").send();
    assertEquals(400, bad.statusCode(), bad.body());
  }

  @Test
  void followUpAndNotFixedReachTheBus() throws Exception {
    String code = code(as("talker").postJson("/api/app/v1/reports", report("")).send());
    assertEquals(202, as("talker").postJson("/api/app/v1/reports/" + code + "/follow-ups",
        "{\"message\": \"Đèn vẫn tắt tối nay.\"}").send().statusCode());
    assertEquals("Đèn vẫn tắt tối nay.",
        envelope(code, "FOLLOW_UP").path("payload").path("message").asText());
    assertEquals(202, as("talker").postJson("/api/app/v1/reports/" + code + "/not-fixed",
        "{\"comment\": \"Chưa sửa.\"}").send().statusCode());
    assertEquals("Chưa sửa.", envelope(code, "NOT_FIXED").path("payload").path("comment").asText());
  }

  @Test
  void aRequestWithoutTheUserIsRefusedForReports() throws Exception {
    HttpResponse<String> answer = as(null).postJson("/api/app/v1/reports", report("")).send();
    assertEquals(400, answer.statusCode());
    assertEquals("APP_USER_REQUIRED", json(answer).path("error").asText());
  }
}
