package vn.citizenhub.deploy.fuzz;

import static org.awaitility.Awaitility.await;

import static vn.citizenhub.deploy.fuzz.FuzzRandom.weight;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.deploy.fuzz.FuzzRandom.Gen;

/**
 * The knowledge store's inputs: the public reads' parameters and ids (articles, published
 * answers, their pages), article bodies sent by a coordinator, and the edit of a Q&A draft. No
 * server error; a 400 is bilingual; a refused write stores nothing; a draft is never public; an
 * accepted edit is stored masked (no phone number).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KnowledgeFuzzTest {

  private static final Tally TALLY = new Tally("knowledge");
  private static final Pattern PHONE = Pattern.compile("(?<![\\p{L}\\p{N}+])0\\d{9}(?!\\d)");
  private static FuzzHub hub;
  private static String coordinator;
  private static long ticket;
  private static String draftId;
  private final HttpClient client = HttpClient.newHttpClient();

  /** A read: its path, the raw value put in it, and whether the value is the unpublished draft. */
  record ReadCase(String where, String value) {
    @Override
    public String toString() {
      return "ReadCase[" + where + " " + Shown.of(value) + "]";
    }
  }

  @BeforeAll
  void start() {
    hub = FuzzHub.start();
    Answer sent = hub.http.post("/api/web/reports", "application/json",
        OrdinaryReport.json().getBytes(StandardCharsets.UTF_8), Map.of());
    String code = TrackingCode.parse(sent.json().path("trackingCode").asText()).orElseThrow()
        .value();
    await().atMost(Duration.ofSeconds(30)).until(() -> hub.db.count("SELECT COUNT(*) FROM"
        + " ticket WHERE tracking_code = ? AND status = 'ROUTED'", code) == 1);
    ticket = Long.parseLong(hub.db.string("SELECT id FROM ticket WHERE tracking_code = ?", code));
    String officer = token(FuzzHub.OFFICER);
    coordinator = token(FuzzHub.COORDINATOR);
    String version = hub.db.string("SELECT version FROM ticket WHERE id = ?", ticket);
    Answer resolved = hub.http.post("/api/staff/tickets/" + ticket + "/actions",
        "application/json", ("{\"action\":\"RESOLVE\",\"version\":" + version
            + ",\"closureCode\":\"FIXED\",\"text\":\"Đã sửa xong.\"}")
            .getBytes(StandardCharsets.UTF_8), bearer(officer));
    if (resolved.status() != 200) {
      throw new IllegalStateException("the run's ticket could not be resolved: " + resolved);
    }
    Answer draft = hub.http.post("/api/staff/tickets/" + ticket + "/publication",
        "application/json", new byte[0], bearer(coordinator));
    if (draft.status() != 200) {
      throw new IllegalStateException("the run's draft could not be made: " + draft);
    }
    draftId = draft.json().path("id").asText();
  }

  private static String token(String username) {
    String body = ContractJson.mapper().createObjectNode().put("username", username)
        .put("password", FuzzHub.PASSWORD).toString();
    return hub.http.post("/api/staff/token", "application/json",
        body.getBytes(StandardCharsets.UTF_8), Map.of()).json().path("accessToken").asText();
  }

  private static Map<String, String> bearer(String token) {
    return Map.of("Authorization", "Bearer " + token);
  }

  @AfterAll
  void finish() {
    try {
      hub.assertPromisesKept(Map.of(), TALLY);
    } finally {
      TALLY.write();
      hub.close();
    }
  }

  static ReadCase reads(FuzzRandom r) {
    String where = r.oneOf("articles?category=", "articles?agency=", "articles/", "answers?page=",
        "answers/", "page:answers/", "page:articles/");
    String value = r.frequency(
        weight(3, x -> x.oneOf("1", "20", "@DRAFT@", "0", "-1", "9223372036854775807",
            "9223372036854775808", "1e3", "1.0", " 1", "01", "FLOOD_DRAINAGE", "UBND-27712",
            "flood_drainage", "")),
        weight(1, x -> x.string("ABCXYZ_-0123456789", 0, 45)),
        weight(4, Hostile::text),
        weight(1, x -> x.oneOf("..", "../../etc/passwd", "%2e%2e%2f", "%00", "%ED%A0%80",
            "%C0%AF", "answers.html", "knowledge.js", "a/b")));
    return new ReadCase(where, value);
  }

  @Test
  void aPublicReadNeverFailsAndNeverShowsADraft() {
    FuzzCases.check("knowledge reads", FuzzCases.CASES, KnowledgeFuzzTest::reads, this::read);
  }

  private void read(ReadCase c) {
    String value = c.value().replace("@DRAFT@", draftId);
    String path = c.where().startsWith("page:") ? "/" + c.where().substring(5) + Url.segment(value)
        : "/api/public/" + c.where() + Url.segment(value);
    Answer answer = TALLY.answered(hub.http.get(path, Map.of()), c);
    if (path.startsWith("/api/public/")) {
      bilingualWhenBad(answer, c);
    }
    if (c.where().equals("answers/") && value.equals(draftId) && answer.status() != 404) {
      throw new AssertionError("an unpublished draft answered " + answer);
    }
  }

  private static final Gen<String> ARTICLE = article();

  private static Gen<String> article() {
    Gen<String> text = r -> JsonText.quote(r.frequency(
        weight(1, x -> x.oneOf(Hostile.SENTENCES)), weight(2, Hostile::text)));
    return Form.object(List.of(
        Form.optional("kind", r -> r.oneOf("\"FAQ\"", "\"GUIDE\"", "\"NEWS\"")),
        Form.optional("categoryCode", r -> r.oneOf("\"FLOOD_DRAINAGE\"", "\"ROAD_DAMAGE\"",
            "\"NO_SUCH\"")),
        Form.optional("agencyCode", r -> r.oneOf("\"UBND-27787\"", "\"SXD\"", "\"NOPE\"")),
        Form.required("titleVi", text),
        Form.optional("titleEn", text),
        Form.required("bodyVi", text),
        Form.optional("bodyEn", text),
        Form.optional("keywords", text),
        Form.optional("sourceVi", text),
        Form.optional("published", r -> r.oneOf("true", "false", "\"yes\"", "1")),
        Form.required("reviewBy", r -> r.oneOf("\"2027-06-30\"", "\"2020-01-01\"",
            "\"30/06/2027\"", "\"2099-12-31\"", "\"2027-02-30\"", "\"\""))));
  }

  @Test
  void anArticleIsStoredOrRefusedLeavingTheStoreAsItWas() {
    FuzzCases.check("knowledge articles", FuzzCases.CASES,
        r -> r.frequency(weight(12, ARTICLE), weight(1, WebReportInputs::wholeBody)),
        this::write);
  }

  private void write(String json) {
    long before = hub.db.count("SELECT COUNT(*) FROM knowledge_article");
    Answer answer = TALLY.answered(hub.http.post("/api/staff/knowledge/articles",
        "application/json", JsonText.bytes(json), bearer(coordinator)), Shown.of(json));
    bilingualWhenBad(answer, Shown.of(json));
    if (answer.refused() && hub.db.count("SELECT COUNT(*) FROM knowledge_article") != before) {
      TALLY.storedWhenRefused(Shown.of(json), answer, "an article");
    }
  }

  private static final Gen<String> EDIT = Form.object(List.of(
      Form.required("questionVi", r -> JsonText.quote(r.frequency(
          weight(1, x -> "Đèn đường tắt, gọi 0912345678 giúp tôi."),
          weight(1, x -> x.oneOf(Hostile.SENTENCES)), weight(2, Hostile::text)))),
      Form.required("answerVi", r -> JsonText.quote(r.frequency(
          weight(1, x -> x.oneOf(Hostile.SENTENCES)), weight(2, Hostile::text)))),
      Form.optional("questionEn", r -> JsonText.quote(r.frequency(
          weight(1, x -> "The street light is out, call 0912345678."),
          weight(2, Hostile::text)))),
      Form.optional("answerEn", r -> JsonText.quote(r.frequency(
          weight(1, x -> "The bulb was replaced."), weight(2, Hostile::text))))));

  @Test
  void aDraftEditIsStoredMaskedOrRefusedLeavingTheDraftAsItWas() {
    FuzzCases.check("knowledge draft edits", FuzzCases.CASES,
        r -> r.frequency(weight(12, EDIT), weight(1, WebReportInputs::wholeBody)), this::edit);
  }

  private void edit(String json) {
    String before = hub.db.string("SELECT updated_at FROM published_answer WHERE ticket_id = ?",
        ticket);
    Answer answer = TALLY.answered(put("/api/staff/tickets/" + ticket + "/publication", json),
        Shown.of(json));
    bilingualWhenBad(answer, Shown.of(json));
    String after = hub.db.string("SELECT updated_at FROM published_answer WHERE ticket_id = ?",
        ticket);
    if (answer.refused() && !before.equals(after)) {
      TALLY.storedWhenRefused(Shown.of(json), answer, "a draft edit");
    }
    String stored = hub.db.string("SELECT CONCAT(question_vi, ' ', COALESCE(question_en, ''))"
        + " FROM published_answer WHERE ticket_id = ?", ticket);
    if (PHONE.matcher(stored).find()) {
      throw new AssertionError("a phone number was stored unmasked from " + Shown.of(json));
    }
  }

  private Answer put(String path, String json) {
    try {
      HttpResponse<String> response = client.send(HttpRequest.newBuilder(
              URI.create(hub.server.getURL() + path))
          .timeout(Duration.ofSeconds(15))
          .header("Content-Type", "application/json")
          .header("Authorization", "Bearer " + coordinator)
          .PUT(HttpRequest.BodyPublishers.ofByteArray(JsonText.bytes(json))).build(),
          HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body());
    } catch (java.net.http.HttpTimeoutException e) {
      return Answer.STALLED;
    } catch (IOException e) {
      return new Answer(Answer.NO_ANSWER, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A 400 says what is wrong in Vietnamese and in English. */
  private static void bilingualWhenBad(Answer answer, Object c) {
    if (answer.status() == 400 && (answer.json().path("message").asText().isBlank()
        || answer.json().path("messageEn").asText().isBlank())) {
      throw new AssertionError("a 400 that is not bilingual for " + c + ": " + answer);
    }
  }
}
