package vn.citizenhub.core.knowledge;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.core.Envelopes;
import vn.citizenhub.core.staff.PasswordHasher;
import vn.citizenhub.core.staff.StaffAccounts;
import vn.citizenhub.core.staff.StaffRole;
import vn.citizenhub.core.workspace.StaffApi;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.KafkaProbe;

/**
 * A lead publishes a resolved ticket's question and answer: the draft is masked and shown for
 * review, an edit cannot put a phone number back, nothing is public until published, and the
 * public answer carries no name, phone or e-mail. Officers and other agencies' leads cannot.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedAnswersTest implements TestPropertyProvider {

  static final String PASSWORD = "mật-khẩu-thử-9x";
  /** The reporter of Envelopes.webReport. */
  static final String NAME = "Phạm Minh Đức";
  static final String PHONE = "0987111222";
  static final String EMAIL = "duc.pham@example.vn";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject
  StaffAccounts accounts;

  @Inject
  PasswordHasher hasher;

  StaffApi api;
  String officer;
  String lead;
  String otherLead;
  String coordinator;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("core_knowledge"));
    p.put("hub.workspace.sweep.enabled", "false");
    return p;
  }

  @BeforeAll
  void staff() throws Exception {
    api = new StaffApi(http);
    StaffApi.createAccount(accounts, hasher, "canbo.tanan", StaffRole.AGENCY_OFFICER,
        "UBND-27712", PASSWORD);
    StaffApi.createAccount(accounts, hasher, "lanhdao.tanan", StaffRole.AGENCY_LEAD,
        "UBND-27712", PASSWORD);
    StaffApi.createAccount(accounts, hasher, "lanhdao.sxd", StaffRole.AGENCY_LEAD, "SXD",
        PASSWORD);
    StaffApi.createAccount(accounts, hasher, "dieuphoi", StaffRole.COORDINATOR, null, PASSWORD);
    officer = api.token("canbo.tanan", PASSWORD);
    lead = api.token("lanhdao.tanan", PASSWORD);
    otherLead = api.token("lanhdao.sxd", PASSWORD);
    coordinator = api.token("dieuphoi", PASSWORD);
  }

  /** A street-light report in Tân An full of personal data; its id and tracking code. */
  record Ticket(long id, String code) {}

  Ticket report() {
    IntakeEnvelope envelope = Envelopes.webReport(UUID.randomUUID().toString(), "STREET_LIGHT",
        Envelopes.TAN_AN, "Tôi là " + NAME + ", đèn đường trước số 12 Hùng Vương tắt ba đêm."
            + " Xe 70A-123.45 của ông Trần Văn Tư đậu dưới cột. Gọi tôi: 0987 111 222,"
            + " thư: " + EMAIL + ". Ký tên: pham minh duc");
    KafkaProbe.send(envelope);
    String code = new TrackingCode(envelope.trackingCode()).display();
    String path = "/api/staff/tickets?q=" + code;
    await().atMost(Duration.ofSeconds(20))
        .until(() -> api.get(path, coordinator).body().path("total").asInt() == 1);
    return new Ticket(api.get(path, coordinator).body().path("items").get(0).path("id").asLong(),
        code);
  }

  void resolve(long id, String text) {
    int version = api.get("/api/staff/tickets/" + id, lead).body().path("version").asInt();
    StaffApi.Answer resolved = api.act(id, lead, Map.of("action", "RESOLVE", "version", version,
        "closureCode", "FIXED", "text", text));
    assertEquals(200, resolved.status(), resolved.toString());
  }

  StaffApi.Answer post(String path, String token) {
    return api.call(HttpRequest.POST(path, ""), token);
  }

  StaffApi.Answer put(String path, String token, Object body) {
    return api.call(HttpRequest.PUT(path, body).contentType(MediaType.APPLICATION_JSON_TYPE),
        token);
  }

  @Test
  void aLeadDraftsReviewsEditsPublishesAndWithdrawsWithNoPersonalDataGoingOut() {
    Ticket ticket = report();
    String base = "/api/staff/tickets/" + ticket.id() + "/publication";

    StaffApi.Answer early = post(base, lead);
    assertEquals(409, early.status(), "an open ticket has no answer to publish yet");
    assertEquals("TICKET_NOT_RESOLVED", early.body().path("error").asText());
    assertFalse(early.body().path("messageEn").asText().isBlank());

    resolve(ticket.id(), "Đã thay bóng đèn trước số 12 Hùng Vương. Anh Đức gọi 0987111222"
        + " nếu đèn còn tắt.");

    assertEquals(403, post(base, officer).status(), "an officer cannot publish");
    StaffApi.Answer outsider = post(base, otherLead);
    assertEquals(404, outsider.status(), "another agency's lead does not see the ticket");
    assertEquals("TICKET_NOT_FOUND", outsider.body().path("error").asText());

    StaffApi.Answer draft = post(base, lead);
    assertEquals(200, draft.status(), draft.toString());
    JsonNode d = draft.body();
    assertEquals("DRAFT", d.path("status").asText());
    assertNoPersonalData(d.path("questionVi").asText());
    assertNoPersonalData(d.path("answerVi").asText());
    assertTrue(d.path("questionVi").asText().contains("Hùng Vương"), "the street is kept");
    Map<String, Integer> masked = masked(d);
    assertTrue(masked.get("NAME") >= 3, masked.toString());
    assertEquals(2, masked.get("PHONE"), masked.toString());
    assertEquals(1, masked.get("EMAIL"));
    assertEquals(1, masked.get("PLATE"));
    assertEquals(2, masked.get("HOUSE_NUMBER"));
    assertFalse(d.toString().contains("70A"), "the review lists kinds, never the values");
    long answerId = d.path("id").asLong();
    assertEquals("/answers/" + answerId, d.path("publicPath").asText());

    assertEquals(404, api.get("/api/public/answers/" + answerId, null).status(),
        "a draft is not public");
    assertEquals(answerId, post(base, lead).body().path("id").asLong(), "drafting is idempotent");

    StaffApi.Answer edited = put(base, lead, Map.of(
        "questionVi", "Đèn đường trên phố Hùng Vương tắt ba đêm. Liên hệ 0912 345 678.",
        "answerVi", "Phường đã thay bóng đèn; chị Lan đã kiểm tra.",
        "questionEn", "The street light on Hùng Vương street was out for three nights."
            + " Call 0912 345 678.",
        "answerEn", "The ward replaced the bulb."));
    assertEquals(200, edited.status(), edited.toString());
    assertEquals("The street light on Hùng Vương street was out for three nights. Call ***.",
        edited.body().path("questionEn").asText(), "the English texts are masked too");
    assertEquals("The ward replaced the bulb.", edited.body().path("answerEn").asText());
    assertEquals("Đèn đường trên phố Hùng Vương tắt ba đêm. Liên hệ ***.",
        edited.body().path("questionVi").asText(), "an edit cannot put a phone number back");
    assertEquals("Phường đã thay bóng đèn; chị *** đã kiểm tra.",
        edited.body().path("answerVi").asText());
    assertEquals(4, masked(edited.body()).get("PHONE"));

    StaffApi.Answer half = put(base, lead, Map.of("questionVi", "Đèn tắt.", "answerVi",
        "Đã thay.", "questionEn", "The light was out."));
    assertEquals(400, half.status(), "an English question without its answer is half a page");
    assertEquals("answerEn", half.body().path("fields").get(0).path("field").asText());
    assertEquals("REQUIRED", half.body().path("fields").get(0).path("code").asText());

    StaffApi.Answer tooLong = put(base, lead, Map.of("questionVi", "x".repeat(
        KnowledgeLimits.MAX_QUESTION + 1), "answerVi", "Đã sửa."));
    assertEquals(400, tooLong.status());
    assertEquals("questionVi", tooLong.body().path("fields").get(0).path("field").asText());
    assertFalse(tooLong.body().path("message").asText().isBlank());

    StaffApi.Answer published = post(base + "/publish", lead);
    assertEquals(200, published.status(), published.toString());
    assertEquals("PUBLISHED", published.body().path("status").asText());
    assertEquals("lanhdao.tanan", published.body().path("publishedBy").asText());

    StaffApi.Answer open = api.get("/api/public/answers/" + answerId, null);
    assertEquals(200, open.status(), open.toString());
    JsonNode p = open.body();
    assertEquals(edited.body().path("questionVi").asText(), p.path("questionVi").asText());
    assertEquals(edited.body().path("questionEn").asText(), p.path("questionEn").asText());
    assertEquals("The ward replaced the bulb.", p.path("answerEn").asText());
    assertEquals("STREET_LIGHT", p.path("category").path("code").asText());
    assertEquals(Envelopes.TAN_AN, p.path("commune").path("code").asText());
    assertEquals("UBND-27712", p.path("agency").path("code").asText());
    assertEquals(ticket.code(), p.path("trackingCode").asText());
    assertEquals("/track?code=" + ticket.code(), p.path("trackUrl").asText());
    assertFalse(p.path("publishedOn").asText().isBlank());
    p.fields().forEachRemaining(f -> assertNoPersonalData(f.getValue().toString()));

    JsonNode recent = api.get("/api/public/answers", null).body();
    assertTrue(recent.path("items").findValuesAsText("id").contains(Long.toString(answerId)));

    List<String> lines = api.get("/api/staff/tickets/" + ticket.id(), lead).body()
        .path("timeline").findValuesAsText("type");
    assertTrue(lines.contains("QA_PUBLISHED"), lines.toString());

    StaffApi.Answer withdrawn = post(base + "/withdraw", coordinator);
    assertEquals("WITHDRAWN", withdrawn.body().path("status").asText());
    StaffApi.Answer gone = api.get("/api/public/answers/" + answerId, null);
    assertEquals(404, gone.status());
    assertEquals("ANSWER_NOT_FOUND", gone.body().path("error").asText());
    assertFalse(gone.body().path("message").asText().isBlank());
    assertFalse(gone.body().path("messageEn").asText().isBlank());
    assertTrue(api.get("/api/staff/tickets/" + ticket.id(), lead).body().path("timeline")
        .findValuesAsText("type").contains("QA_WITHDRAWN"));
  }

  @Test
  void unknownAndMalformedAnswersAreRefusedInBothLanguages() {
    StaffApi.Answer unknown = api.get("/api/public/answers/987654321", null);
    assertEquals(404, unknown.status());
    assertEquals("ANSWER_NOT_FOUND", unknown.body().path("error").asText());
    StaffApi.Answer malformed = api.get("/api/public/answers/abc", null);
    assertEquals(400, malformed.status());
    assertEquals("id", malformed.body().path("fields").get(0).path("field").asText());
    StaffApi.Answer badPage = api.get("/api/public/answers?page=-1", null);
    assertEquals(400, badPage.status());
    assertEquals("page", badPage.body().path("fields").get(0).path("field").asText());
    assertEquals(404, post("/api/staff/tickets/987654321/publication", lead).status());
  }

  static Map<String, Integer> masked(JsonNode view) {
    Map<String, Integer> counts = new HashMap<>();
    view.path("masked").forEach(m -> counts.put(m.path("kind").asText(), m.path("count").asInt()));
    return counts;
  }

  static void assertNoPersonalData(String text) {
    String digits = text.replaceAll("\\D", "");
    assertFalse(digits.contains("987111222"), text);
    assertFalse(digits.contains("912345678"), text);
    assertFalse(text.contains(EMAIL), text);
    assertFalse(text.contains("Đức") || text.toLowerCase().contains("minh duc"), text);
    assertFalse(text.contains("Trần Văn Tư"), text);
    assertFalse(text.contains("70A-123.45"), text);
  }
}
