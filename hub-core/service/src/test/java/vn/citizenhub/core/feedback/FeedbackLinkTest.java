package vn.citizenhub.core.feedback;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.contract.notify.Notification;
import vn.citizenhub.contract.notify.NotificationKind;
import vn.citizenhub.core.Envelopes;
import vn.citizenhub.core.staff.PasswordHasher;
import vn.citizenhub.core.staff.StaffAccounts;
import vn.citizenhub.core.workspace.StaffApi;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.KafkaProbe;
import vn.citizenhub.testsupport.SqlProbe;

/**
 * The private feedback link over real Kafka and a real database: the outcome notice carries a
 * token (only its hash is kept), the token rates the answer and says "not fixed" on the intake's
 * own path, the rating shows on the staff's ticket page and in the league table's satisfaction
 * (and a Zalo rating counts the same), and a wrong token opens nothing.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedbackLinkTest implements TestPropertyProvider {

  private static final String DESCRIPTION = "Đèn đường trước hẻm 3 Hùng Vương tắt cả tuần nay.";

  @Inject @Client("/") HttpClient http;
  @Inject StaffAccounts accounts;
  @Inject PasswordHasher hasher;
  @Inject JdbcDatabase database;

  FeedbackDesk desk;
  SqlProbe db;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("core_feedback"));
    p.put("hub.workspace.sweep.enabled", "false");
    return p;
  }

  @BeforeAll
  void staff() throws Exception {
    desk = new FeedbackDesk(http, accounts, hasher, "link");
    db = new SqlProbe(database.pool());
  }

  /** A web report routed to Tân An and resolved there: its reporter's outcome notice. */
  private record Resolved(long id, String code, String identity, Notification outcome) {}

  private Resolved resolvedWebReport() {
    String ref = "c-" + UUID.randomUUID();
    IntakeEnvelope report = Envelopes.webReport(ref, "STREET_LIGHT", Envelopes.TAN_AN,
        DESCRIPTION);
    long id = desk.report(report);
    desk.resolve(id);
    String identity = report.citizen().identity();
    Notification outcome = FeedbackDesk.notices(identity, 1,
        n -> n.kind() == NotificationKind.UPDATE && n.messageVi().contains("Đã giải quyết"))
        .get(0);
    return new Resolved(id, report.trackingCode(), identity, outcome);
  }

  private Map<String, Object> body(String token, Object... more) {
    Map<String, Object> body = new HashMap<>();
    body.put("token", token);
    for (int i = 0; i < more.length; i += 2) {
      body.put((String) more[i], more[i + 1]);
    }
    return body;
  }

  @Test
  void theOutcomeNoticeCarriesATokenOfWhichOnlyTheHashIsKept() {
    Resolved r = resolvedWebReport();
    String token = r.outcome().feedbackToken();
    assertEquals(Channel.WEB, r.outcome().channel());
    assertTrue(FeedbackToken.wellFormed(token), token);
    assertEquals(1, db.count("SELECT COUNT(*) FROM feedback_token WHERE token_hash = ?"
        + " AND ticket_id = ?", FeedbackToken.hash(token), r.id()));
    assertEquals(0, db.count("SELECT COUNT(*) FROM feedback_token WHERE token_hash = ?", token));
    Notification receipt = FeedbackDesk.notices(r.identity(), 1,
        n -> n.kind() == NotificationKind.RECEIPT).get(0);
    assertNull(receipt.feedbackToken(), "an open ticket's notice invites no rating");
  }

  @Test
  void theTokenRatesTheAnswerAndTheRatingReachesTheTicketPageAndTheLeagueTable() {
    Resolved r = resolvedWebReport();
    String token = r.outcome().feedbackToken();
    JsonNode before = desk.leagueRow();
    long ratingsGiven = ratingsGivenThisWeek();

    StaffApi.Answer check = desk.link("check", body(token));
    assertEquals(200, check.status(), check.toString());
    assertEquals(new TrackingCode(r.code()).display(), check.body().path("trackingCode").asText());
    assertEquals("RESOLVED", check.body().path("status").asText());
    assertTrue(check.body().path("canRate").asBoolean());
    assertTrue(check.body().path("canSayNotFixed").asBoolean());
    assertTrue(check.body().has("rating") && check.body().path("rating").isNull(),
        check.body().toString());

    StaffApi.Answer rated = desk.link("rating", body(token, "score", 5,
        "comment", "Sửa nhanh, cảm ơn phường."));
    assertEquals(200, rated.status(), rated.toString());
    assertEquals(5, rated.body().path("score").asInt());
    assertEquals(new TrackingCode(r.code()).display(), rated.body().path("trackingCode").asText());
    JsonNode after5 = desk.leagueRow();
    assertEquals(before.path("ratings").asLong() + 1, after5.path("ratings").asLong());
    assertEquals(before.path("ratingsSatisfied").asLong() + 1,
        after5.path("ratingsSatisfied").asLong());
    assertEquals(before.path("ticketsRated").asLong() + 1, after5.path("ticketsRated").asLong());
    assertTrue(after5.path("satisfaction").isNumber() && after5.path("ratedShare").isNumber(),
        after5.toString());

    // Rating again replaces the citizen's own rating: still one rating, no longer satisfied.
    assertEquals(200, desk.link("rating", body(token, "score", 2)).status());
    JsonNode after2 = desk.leagueRow();
    assertEquals(before.path("ratings").asLong() + 1, after2.path("ratings").asLong());
    assertEquals(before.path("ratingsSatisfied").asLong(), after2.path("ratingsSatisfied").asLong());
    assertEquals(1, db.count("SELECT COUNT(*) FROM ticket_rating WHERE ticket_id = ?", r.id()));
    JsonNode own = desk.link("check", body(token)).body().path("rating");
    assertEquals(2, own.path("score").asInt());
    assertTrue(own.path("comment").isNull() || own.path("comment").isMissingNode(), own.toString());

    JsonNode page = desk.ticket(r.id());
    assertEquals(2, page.path("rating").asInt());
    assertEquals(1, page.path("ratings").size());
    assertEquals(2, page.path("ratings").get(0).path("score").asInt());
    assertEquals("WEB", page.path("ratings").get(0).path("channel").asText());
    assertTrue(page.path("ratings").get(0).path("byReporter").asBoolean());
    assertTrue(page.path("timeline").findValuesAsText("textVi")
        .contains("Sửa nhanh, cảm ơn phường."), "the first comment is on the internal timeline");
    assertEquals(ratingsGiven + 2, ratingsGivenThisWeek());
  }

  @Test
  void aZaloRatingCountsInTheLeagueTableTheSameWay() {
    String who = Envelopes.newIdentity();
    IntakeEnvelope report = Envelopes.report(who, "STREET_LIGHT", Envelopes.TAN_AN);
    long id = desk.report(report);
    desk.resolve(id);
    JsonNode before = desk.leagueRow();
    long ratingsGiven = ratingsGivenThisWeek();
    KafkaProbe.send(Envelopes.rating(who, report.trackingCode(), 4, "Tốt."));
    await().atMost(FeedbackDesk.WITHIN).until(() ->
        desk.leagueRow().path("ratings").asLong() == before.path("ratings").asLong() + 1);
    JsonNode after = desk.leagueRow();
    assertEquals(before.path("ratingsSatisfied").asLong() + 1,
        after.path("ratingsSatisfied").asLong());
    assertEquals(before.path("ticketsRated").asLong() + 1, after.path("ticketsRated").asLong());
    assertEquals("ZALO", desk.ticket(id).path("ratings").get(0).path("channel").asText());
    assertEquals(ratingsGiven, ratingsGivenThisWeek(), "only the portal's ratings are counted");
  }

  @Test
  void notFixedReopensTheTicketAsTheZaloVerdictDoesAndWithdrawsItsRating() {
    Resolved r = resolvedWebReport();
    String token = r.outcome().feedbackToken();
    assertEquals(200, desk.link("rating", body(token, "score", 1)).status());
    JsonNode before = desk.leagueRow();

    StaffApi.Answer reopened = desk.link("not-fixed",
        body(token, "comment", "Tối qua đèn lại tắt."));
    assertEquals(200, reopened.status(), reopened.toString());
    assertEquals("REOPENED", reopened.body().path("status").asText());
    assertEquals("REOPENED", db.string("SELECT status FROM ticket WHERE id = ?", r.id()));
    List<String> publicSteps = desk.api.get("/api/public/tickets/" + r.code(), null).body()
        .path("timeline").findValuesAsText("type");
    assertEquals(List.of("CITIZEN_NOT_FIXED", "REOPENED"),
        publicSteps.subList(publicSteps.size() - 2, publicSteps.size()));
    assertEquals(1, db.count("SELECT COUNT(*) FROM timeline_entry WHERE ticket_id = ?"
        + " AND type = 'CITIZEN_MESSAGE' AND visibility = 'INTERNAL'"
        + " AND text_vi = 'Tối qua đèn lại tắt.'", r.id()));
    // The answer no longer counts, and its rating with it.
    JsonNode after = desk.leagueRow();
    assertEquals(before.path("resolved").asLong() - 1, after.path("resolved").asLong());
    assertEquals(before.path("ratings").asLong() - 1, after.path("ratings").asLong());
    // Everyone is told it was reopened; that notice invites no rating.
    Notification notice = FeedbackDesk.notices(r.identity(), 1,
        n -> n.messageVi().contains("Đã mở lại")).get(0);
    assertNull(notice.feedbackToken());

    JsonNode check = desk.link("check", body(token)).body();
    assertEquals("REOPENED", check.path("status").asText());
    assertFalse(check.path("canRate").asBoolean());
    assertFalse(check.path("canSayNotFixed").asBoolean());
    int version = Integer.parseInt(db.string("SELECT version FROM ticket WHERE id = ?", r.id()));
    StaffApi.Answer early = desk.link("rating", body(token, "score", 5));
    assertEquals(409, early.status());
    assertEquals("NOT_YET_RATEABLE", early.body().path("error").asText());
    StaffApi.Answer again = desk.link("not-fixed", body(token));
    assertEquals(409, again.status());
    assertEquals("NOT_REOPENABLE", again.body().path("error").asText());
    assertEquals(version,
        Integer.parseInt(db.string("SELECT version FROM ticket WHERE id = ?", r.id())));
  }

  @Test
  void aWrongTokenOpensNothingAndChangesNothing() {
    Resolved mine = resolvedWebReport();
    Resolved other = resolvedWebReport();
    long timeline = db.count("SELECT COUNT(*) FROM timeline_entry WHERE ticket_id = ?",
        mine.id());
    String version = db.string("SELECT version FROM ticket WHERE id = ?", mine.id());
    List<Map<String, Object>> wrong = List.of(
        body(FeedbackToken.mint()),
        body("not-a-token"),
        body(mine.outcome().feedbackToken().toLowerCase()),
        body(other.outcome().feedbackToken(), "trackingCode", mine.code()),
        body(mine.outcome().feedbackToken(), "trackingCode",
            TrackingCode.generate(Channel.WEB).value()));
    JsonNode first = null;
    for (Map<String, Object> body : wrong) {
      for (String action : List.of("check", "rating", "not-fixed")) {
        Map<String, Object> sent = new HashMap<>(body);
        sent.put("score", 1);
        StaffApi.Answer answer = desk.link(action, sent);
        assertEquals(404, answer.status(), action + " " + body + ": " + answer);
        assertEquals("FEEDBACK_LINK_NOT_FOUND", answer.body().path("error").asText());
        assertTrue(answer.body().path("message").asText().contains("Liên kết"));
        assertFalse(answer.body().path("messageEn").asText().isBlank());
        if (first == null) {
          first = answer.body();
        }
        assertEquals(first, answer.body(), "one answer for every wrong token");
      }
    }
    assertEquals(version, db.string("SELECT version FROM ticket WHERE id = ?", mine.id()));
    assertEquals(timeline, db.count("SELECT COUNT(*) FROM timeline_entry WHERE ticket_id = ?",
        mine.id()));
    assertEquals(0, db.count("SELECT COUNT(*) FROM ticket_rating WHERE ticket_id IN (?, ?)",
        mine.id(), other.id()));
    // The right code with the right token opens it.
    assertEquals(200, desk.link("check", body(mine.outcome().feedbackToken(), "trackingCode",
        new TrackingCode(mine.code()).display())).status());
  }

  @Test
  void badInputIsABilingualFourHundredAndChangesNothing() {
    Resolved r = resolvedWebReport();
    String token = r.outcome().feedbackToken();
    String version = db.string("SELECT version FROM ticket WHERE id = ?", r.id());
    Map<String, String> cases = new HashMap<>();
    cases.put("{\"token\":\"" + token + "\",\"score\":0}", "score");
    cases.put("{\"token\":\"" + token + "\",\"score\":6}", "score");
    cases.put("{\"token\":\"" + token + "\",\"score\":\"5\"}", "score");
    cases.put("{\"token\":\"" + token + "\",\"score\":4.5}", "score");
    cases.put("{\"token\":\"" + token + "\"}", "score");
    cases.put("{\"token\":\"" + token + "\",\"score\":5,\"comment\":\"" + "đ".repeat(4001)
        + "\"}", "comment");
    cases.put("{\"token\":\"" + token + "\",\"score\":5,\"comment\":\"a\\u0007b\"}", "comment");
    cases.put("{\"score\":5}", "token");
    cases.put("{\"token\":42,\"score\":5}", "token");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      StaffApi.Answer answer = desk.linkRaw("rating", c.getKey());
      assertEquals(400, answer.status(), c.getKey() + ": " + answer);
      assertEquals("VALIDATION_FAILED", answer.body().path("error").asText());
      assertEquals(c.getValue(), answer.body().path("fields").get(0).path("field").asText(),
          answer.toString());
      assertTrue(answer.body().path("fields").get(0).path("messageVi").asText()
          .chars().anyMatch(ch -> ch > 127), "Vietnamese first: " + answer);
    }
    for (String malformed : List.of("", "null", "[]", "{\"token\":", "\"x\"")) {
      StaffApi.Answer answer = desk.linkRaw("check", malformed);
      assertEquals(400, answer.status(), malformed + ": " + answer);
      assertEquals("MALFORMED_JSON", answer.body().path("error").asText());
    }
    assertEquals(version, db.string("SELECT version FROM ticket WHERE id = ?", r.id()));
    assertEquals(0, db.count("SELECT COUNT(*) FROM ticket_rating WHERE ticket_id = ?", r.id()));
  }

  @Test
  void aFollowerIsToldTheOutcomeWithTheirOwnTokenAndRatesForThemselves() {
    String ref = "c-" + UUID.randomUUID();
    IntakeEnvelope report = Envelopes.webReport(ref, "STREET_LIGHT", Envelopes.TAN_AN,
        DESCRIPTION);
    long id = desk.report(report);
    String followerRef = "f-" + UUID.randomUUID();
    IntakeEnvelope follow = Envelopes.follow(followerRef, report.trackingCode(),
        "hoa.le@example.vn");
    KafkaProbe.send(follow);
    String follower = follow.citizen().identity();
    Notification receipt = FeedbackDesk.notices(follower, 1,
        n -> n.kind() == NotificationKind.RECEIPT).get(0);
    assertEquals("hoa.le@example.vn", receipt.contact().email());
    assertTrue(receipt.messageVi().contains(new TrackingCode(report.trackingCode()).display()));
    assertEquals(1, db.count("SELECT COUNT(*) FROM ticket_follower WHERE ticket_id = ?", id));
    assertEquals(1, db.count("SELECT COUNT(*) FROM timeline_entry WHERE ticket_id = ?"
        + " AND type = 'FOLLOWER_ADDED' AND visibility = 'PUBLIC'", id));

    desk.resolve(id);
    Notification toFollower = FeedbackDesk.notices(follower, 1,
        n -> n.messageVi().contains("Đã giải quyết")).get(0);
    Notification toReporter = FeedbackDesk.notices(report.citizen().identity(), 1,
        n -> n.messageVi().contains("Đã giải quyết")).get(0);
    assertEquals(Channel.WEB, toFollower.channel());
    assertTrue(FeedbackToken.wellFormed(toFollower.feedbackToken()));
    assertNotEquals(toReporter.feedbackToken(), toFollower.feedbackToken());

    assertEquals(200, desk.link("rating", body(toReporter.feedbackToken(), "score", 5,
        "comment", "Lời của người gửi.")).status());
    JsonNode followerCheck = desk.link("check", body(toFollower.feedbackToken())).body();
    assertTrue(followerCheck.path("rating").isNull(), "another citizen's rating is not shown");
    assertEquals(200, desk.link("rating", body(toFollower.feedbackToken(), "score", 3)).status());
    JsonNode page = desk.ticket(id);
    assertEquals(2, page.path("ratings").size());
    assertEquals(List.of(true, false), List.of(
        page.path("ratings").get(0).path("byReporter").asBoolean(),
        page.path("ratings").get(1).path("byReporter").asBoolean()));
  }

  private long ratingsGivenThisWeek() {
    return db.count("SELECT COALESCE(SUM(total), 0) FROM interaction_count"
        + " WHERE event = 'RATING_GIVEN'");
  }
}
