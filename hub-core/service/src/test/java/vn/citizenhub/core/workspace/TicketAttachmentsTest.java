package vn.citizenhub.core.workspace;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
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
import vn.citizenhub.attachments.AttachmentStore;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.ItemKind;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.Attachment;
import vn.citizenhub.contract.intake.CitizenRef;
import vn.citizenhub.contract.intake.Consent;
import vn.citizenhub.contract.intake.FollowUp;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.contract.intake.Location;
import vn.citizenhub.contract.intake.NewReport;
import vn.citizenhub.core.Envelopes;
import vn.citizenhub.core.staff.PasswordHasher;
import vn.citizenhub.core.staff.StaffAccounts;
import vn.citizenhub.core.staff.StaffRole;
import vn.citizenhub.retention.RetentionSweep;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UtcTime;
import vn.citizenhub.testsupport.FakeS3;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.KafkaProbe;
import vn.citizenhub.testsupport.SqlProbe;

/**
 * A citizen's photos from intake to the ticket page, the public page and the retention purge,
 * over a real broker, a real database and an S3-compatible bucket (a local fake speaking S3).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TicketAttachmentsTest implements TestPropertyProvider {

  static final String PASSWORD = "mật-khẩu-thử-9x";
  static final String BUCKET = "hub-attachments";
  static final FakeS3 S3 = new FakeS3("core-test-key", BUCKET);

  @Inject @Client("/") HttpClient http;
  @Inject StaffAccounts accounts;
  @Inject PasswordHasher hasher;
  @Inject AttachmentStore store;
  @Inject JdbcDatabase database;
  @Inject RetentionSweep retention;

  StaffApi api;
  String officer;
  String outsider;
  String operator;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("core_photos"));
    p.put("hub.workspace.sweep.enabled", "false");
    p.put("hub.attachments.store", "s3");
    p.put("hub.attachments.s3.endpoint", S3.endpoint());
    p.put("hub.attachments.s3.bucket", BUCKET);
    p.put("hub.attachments.s3.access-key", "core-test-key");
    p.put("hub.attachments.s3.secret-key", "core-test-secret");
    p.put("hub.attachments.s3.retry-wait", "10ms");
    p.put("hub.attachments.s3.breaker-open-for", "200ms");
    return p;
  }

  @BeforeAll
  void staff() throws Exception {
    api = new StaffApi(http);
    StaffApi.createAccount(accounts, hasher, "canbo.tanan", StaffRole.AGENCY_OFFICER,
        "UBND-27712", PASSWORD);
    StaffApi.createAccount(accounts, hasher, "canbo.sxd2", StaffRole.AGENCY_OFFICER, "SXD",
        PASSWORD);
    StaffApi.createAccount(accounts, hasher, "tongdai.anh", StaffRole.HOTLINE_OPERATOR, null,
        PASSWORD);
    officer = api.token("canbo.tanan", PASSWORD);
    outsider = api.token("canbo.sxd2", PASSWORD);
    operator = api.token("tongdai.anh", PASSWORD);
  }

  @AfterAll
  void stopS3() {
    S3.close();
  }

  /** A web report of a street light in Tân An (its committee's ticket) with these files. */
  private static IntakeEnvelope report(List<Attachment> files) {
    return IntakeEnvelope.v1(UUID.randomUUID().toString(), Instant.now(), Channel.WEB,
        UUID.randomUUID().toString(), new CitizenRef("web:" + UUID.randomUUID(), "Trần Thị Bích",
            "0912345678", null), TrackingCode.generate(Channel.WEB).value(),
        new NewReport(ItemKind.REPORT, "STREET_LIGHT", "Đèn đường trước số 40 tắt cả tuần.",
            new Location(Envelopes.TAN_AN, null, null, "40 Hùng Vương"), files,
            new Consent(true, "web-2025-07", Instant.now())));
  }

  private byte[] stored(String key, String type) {
    byte[] bytes = (type + " " + key + " " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    store.put(key, bytes, type);
    return bytes;
  }

  private long ticketOf(IntakeEnvelope envelope) {
    SqlProbe db = new SqlProbe(database.pool());
    await().atMost(Duration.ofSeconds(20)).until(() -> db.count(
        "SELECT COUNT(*) FROM ticket WHERE tracking_code = ?", envelope.trackingCode()) == 1);
    return db.count("SELECT id FROM ticket WHERE tracking_code = ?", envelope.trackingCode());
  }

  private HttpResponse<byte[]> bytes(String path, String token) {
    var request = HttpRequest.GET(path);
    if (token != null) {
      request.bearerAuth(token);
    }
    try {
      return http.toBlocking().exchange(request, byte[].class);
    } catch (HttpClientResponseException e) {
      return (HttpResponse<byte[]>) e.getResponse();
    }
  }

  private static JsonNode json(HttpResponse<?> response) throws Exception {
    return ContractJson.mapper().readTree(response.getBody(String.class).orElse("null"));
  }

  @Test
  void storedPhotosAreOnTheTicketPageAndServedToStaffInScopeOnly() throws Exception {
    String key = "web/test/" + UUID.randomUUID();
    byte[] shown = stored(key + "-1.jpg", "image/jpeg");
    byte[] kept = stored(key + "-2.png", "image/png");
    IntakeEnvelope envelope = report(List.of(
        Attachment.stored(key + "-1.jpg", "image/jpeg", shown.length, true),
        Attachment.stored(key + "-2.png", "image/png", kept.length, false),
        new Attachment("https://cdn.example.vn/anh/9.jpg", "image/jpeg")));
    KafkaProbe.send(envelope);
    long id = ticketOf(envelope);

    JsonNode page = api.get("/api/staff/tickets/" + id, officer).body();
    JsonNode files = page.path("attachments");
    assertEquals(2, files.size(), page.toString());
    assertEquals("image/jpeg", files.get(0).path("mediaType").asText());
    assertTrue(files.get(0).path("publicAllowed").asBoolean());
    assertFalse(files.get(1).path("publicAllowed").asBoolean());
    assertEquals(shown.length, files.get(0).path("bytes").asInt());
    assertEquals("WEB", files.get(0).path("channel").asText());
    String url = files.get(0).path("url").asText();
    assertEquals("/api/staff/tickets/" + id + "/attachments/" + files.get(0).path("id").asLong(),
        url);
    JsonNode link = null;
    for (JsonNode line : page.path("timeline")) {
      if (line.path("type").asText().equals("ATTACHMENT_LINK")) {
        link = line;
      }
    }
    assertEquals("INTERNAL", link.path("visibility").asText(), "a link the channel kept");
    assertTrue(link.path("textVi").asText().endsWith("https://cdn.example.vn/anh/9.jpg"));

    HttpResponse<byte[]> photo = bytes(url, officer);
    assertEquals(200, photo.code());
    assertArrayEquals(shown, photo.body());
    assertEquals("image/jpeg", photo.getContentType().orElseThrow().toString());
    assertEquals("nosniff", photo.header("X-Content-Type-Options"));
    assertArrayEquals(kept, bytes(files.get(1).path("url").asText(), officer).body());

    HttpResponse<byte[]> foreign = bytes(url, outsider);
    assertEquals(404, foreign.code(), "another agency's ticket does not exist for them");
    assertEquals("TICKET_NOT_FOUND", json(foreign).path("error").asText());
    assertEquals(403, bytes(url, operator).code(), "hotline operators open no ticket page");
    assertEquals(401, bytes(url, null).code());
  }

  @Test
  void anAttachmentIdOfAnotherTicketIsNotFoundUnderThisOne() throws Exception {
    String key = "web/test/" + UUID.randomUUID() + ".jpg";
    stored(key, "image/jpeg");
    IntakeEnvelope withPhoto = report(List.of(Attachment.stored(key, "image/jpeg", 10, false)));
    IntakeEnvelope without = report(List.of());
    KafkaProbe.send(withPhoto);
    KafkaProbe.send(without);
    long photoTicket = ticketOf(withPhoto);
    long other = ticketOf(without);
    long attachmentId = api.get("/api/staff/tickets/" + photoTicket, officer).body()
        .path("attachments").get(0).path("id").asLong();
    HttpResponse<byte[]> wrong = bytes("/api/staff/tickets/" + other + "/attachments/"
        + attachmentId, officer);
    assertEquals(404, wrong.code());
    assertEquals("ATTACHMENT_NOT_FOUND", json(wrong).path("error").asText());
  }

  @Test
  void thePublicPageShowsOnlyThePhotosTheCitizenAllowed() throws Exception {
    String key = "web/test/" + UUID.randomUUID();
    byte[] allowed = stored(key + "-a.jpg", "image/jpeg");
    stored(key + "-b.jpg", "image/jpeg");
    IntakeEnvelope envelope = report(List.of(
        Attachment.stored(key + "-b.jpg", "image/jpeg", 10, false),
        Attachment.stored(key + "-a.jpg", "image/jpeg", allowed.length, true)));
    KafkaProbe.send(envelope);
    ticketOf(envelope);
    String code = envelope.trackingCode();

    JsonNode view = json(bytes("/api/public/tickets/" + code, null));
    assertEquals(1, view.path("photos").size(), view.toString());
    String url = view.path("photos").get(0).path("url").asText();
    assertEquals("/api/public/tickets/" + code + "/photos/1", url);
    HttpResponse<byte[]> photo = bytes(url, null);
    assertEquals(200, photo.code());
    assertArrayEquals(allowed, photo.body());
    for (String n : List.of("2", "0", "-1", "x", "99999")) {
      HttpResponse<byte[]> none = bytes("/api/public/tickets/" + code + "/photos/" + n, null);
      assertEquals(404, none.code(), n);
      assertEquals("PHOTO_NOT_FOUND", json(none).path("error").asText(), n);
    }
    IntakeEnvelope privateOnly = report(List.of(Attachment.stored(key + "-b.jpg", "image/jpeg",
        10, false)));
    KafkaProbe.send(privateOnly);
    ticketOf(privateOnly);
    assertEquals(0, json(bytes("/api/public/tickets/" + privateOnly.trackingCode(), null))
        .path("photos").size());
    assertEquals(404, bytes("/api/public/tickets/" + privateOnly.trackingCode() + "/photos/1",
        null).code());
  }

  @Test
  void aFollowUpsPhotoJoinsItsTicket() throws Exception {
    IntakeEnvelope envelope = report(List.of());
    KafkaProbe.send(envelope);
    long id = ticketOf(envelope);
    String key = "zalo/test/" + UUID.randomUUID() + ".jpg";
    byte[] later = stored(key, "image/jpeg");
    KafkaProbe.send(IntakeEnvelope.v1(UUID.randomUUID().toString(), Instant.now(), Channel.ZALO,
        "msg-" + UUID.randomUUID(), new CitizenRef(Envelopes.newIdentity(), null, null, null),
        envelope.trackingCode(), new FollowUp("Thêm ảnh chụp ban đêm.",
            List.of(Attachment.stored(key, "image/jpeg", later.length, false)))));
    await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/staff/tickets/" + id,
        officer).body().path("attachments").size() == 1);
    JsonNode file = api.get("/api/staff/tickets/" + id, officer).body().path("attachments").get(0);
    assertEquals("ZALO", file.path("channel").asText());
    assertArrayEquals(later, bytes(file.path("url").asText(), officer).body());
  }

  @Test
  void aPhotoGoneFromTheStoreOrAStoreThatDoesNotAnswerIsSaidSo() throws Exception {
    String key = "web/test/" + UUID.randomUUID() + ".jpg";
    stored(key, "image/jpeg");
    IntakeEnvelope envelope = report(List.of(Attachment.stored(key, "image/jpeg", 10, false)));
    KafkaProbe.send(envelope);
    long id = ticketOf(envelope);
    String url = api.get("/api/staff/tickets/" + id, officer).body().path("attachments").get(0)
        .path("url").asText();
    S3.failNext(1000);
    try {
      HttpResponse<byte[]> down = bytes(url, officer);
      assertEquals(503, down.code());
      assertEquals("ATTACHMENT_STORE_UNAVAILABLE", json(down).path("error").asText());
    } finally {
      S3.failNext(0);
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> bytes(url, officer).code() == 200);
    store.delete(key);
    HttpResponse<byte[]> gone = bytes(url, officer);
    assertEquals(404, gone.code());
    assertEquals("ATTACHMENT_REMOVED", json(gone).path("error").asText());
  }

  @Test
  void photosOfATicketClosedLongAgoArePurgedFileAndRowAndOthersStay() throws Exception {
    String key = "web/test/" + UUID.randomUUID();
    stored(key + "-old.jpg", "image/jpeg");
    stored(key + "-recent.jpg", "image/jpeg");
    IntakeEnvelope old = report(List.of(Attachment.stored(key + "-old.jpg", "image/jpeg", 1,
        true)));
    IntakeEnvelope recent = report(List.of(Attachment.stored(key + "-recent.jpg", "image/jpeg",
        1, true)));
    KafkaProbe.send(old);
    KafkaProbe.send(recent);
    long oldId = ticketOf(old);
    long recentId = ticketOf(recent);
    close(oldId, Instant.now().minus(Duration.ofDays(181)));
    close(recentId, Instant.now().minus(Duration.ofDays(30)));

    Map<String, Integer> purged = retention.run(Instant.now());
    assertTrue(purged.get("ticket_attachment") >= 1, purged.toString());
    assertFalse(S3.keys(BUCKET).contains(key + "-old.jpg"), "the file is gone");
    assertTrue(S3.keys(BUCKET).contains(key + "-recent.jpg"));
    SqlProbe db = new SqlProbe(database.pool());
    assertEquals(0, db.count("SELECT COUNT(*) FROM ticket_attachment WHERE ticket_id = ?",
        oldId));
    assertEquals(1, db.count("SELECT COUNT(*) FROM ticket_attachment WHERE ticket_id = ?",
        recentId));
    assertEquals(1, db.count("SELECT COUNT(*) FROM ticket WHERE id = ?", oldId),
        "the ticket itself stays");
    assertEquals(0, json(bytes("/api/public/tickets/" + old.trackingCode(), null))
        .path("photos").size());
  }

  private void close(long ticketId, Instant at) throws Exception {
    try (var c = database.pool().getConnection();
        var s = c.prepareStatement("UPDATE ticket SET status = 'CLOSED', closed_at = ?"
            + " WHERE id = ?")) {
      s.setObject(1, UtcTime.column(at));
      s.setLong(2, ticketId);
      s.executeUpdate();
    }
  }
}
