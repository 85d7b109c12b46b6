package vn.citizenhub.deploy.fuzz;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.Topics;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.notify.Notification;
import vn.citizenhub.core.ticket.SearchText;
import vn.citizenhub.testsupport.KafkaProbe;

/**
 * The public inputs of issue 12 against the whole hub: the private feedback link
 * ({@code /api/public/feedback/check|rating|not-fixed}), interaction reports
 * ({@code /api/public/interactions}), similar tickets ({@code /api/public/similar}) and follows
 * ({@code /api/web/follow}). No server error, no stall; a refusal changes nothing (no rating, no
 * version, no count, no intake row); only the real token opens its link; similar tickets never
 * answer a field or a word they must not; each follow accepted makes a follower.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalFuzzTest {

  private static final Tally FEEDBACK = new Tally("feedback");
  private static final Tally INTERACTIONS = new Tally("interactions");
  private static final Tally SIMILAR = new Tally("similar");
  private static final Tally FOLLOWS = new Tally("follow");
  private static final Set<String> ITEM_FIELDS = Set.of("trackingCode", "categoryCode",
      "categoryName", "communeName", "agencyName", "status", "statusLabel", "statusLabelEn",
      "createdAt", "wordsInCommon");
  private static final AtomicLong FOLLOWED = new AtomicLong();
  private static FuzzHub hub;
  private static String officer;
  private static String resolved;
  private static long resolvedId;
  private static String open;
  private static String token;

  @BeforeAll
  void start() {
    hub = FuzzHub.start();
    resolved = report();
    open = report();
    resolvedId = Long.parseLong(hub.db.string("SELECT id FROM ticket WHERE tracking_code = ?",
        resolved));
    Answer signIn = hub.http.post("/api/staff/token", "application/json",
        ContractJson.mapper().createObjectNode().put("username", FuzzHub.OFFICER)
            .put("password", FuzzHub.PASSWORD).toString().getBytes(StandardCharsets.UTF_8),
        Map.of());
    officer = signIn.json().path("accessToken").asText();
    resolve();
    token = KafkaProbe.readUntil(Topics.NOTIFY, seen -> seen.stream().anyMatch(
            PortalFuzzTest::outcome), Duration.ofSeconds(30)).stream()
        .filter(PortalFuzzTest::outcome).map(PortalFuzzTest::notice).findFirst().orElseThrow()
        .feedbackToken();
  }

  private static String report() {
    Answer sent = hub.http.post("/api/web/reports", "application/json",
        OrdinaryReport.json().getBytes(StandardCharsets.UTF_8), Map.of());
    String code = TrackingCode.parse(sent.json().path("trackingCode").asText()).orElseThrow()
        .value();
    await().atMost(Duration.ofSeconds(30)).until(() -> hub.db.count("SELECT COUNT(*) FROM"
        + " ticket WHERE tracking_code = ? AND status = 'ROUTED'", code) == 1);
    return code;
  }

  /** The officer resolves the resolved ticket (again, after a fuzzed "not fixed" reopened it). */
  private static void resolve() {
    String version = hub.db.string("SELECT version FROM ticket WHERE id = ?", resolvedId);
    Answer answer = hub.http.post("/api/staff/tickets/" + resolvedId + "/actions",
        "application/json", ("{\"action\":\"RESOLVE\",\"version\":" + version
            + ",\"closureCode\":\"FIXED\",\"text\":\"Đã vá ổ gà.\"}")
            .getBytes(StandardCharsets.UTF_8), Map.of("Authorization", "Bearer " + officer));
    if (answer.status() != 200) {
      throw new IllegalStateException("the officer could not resolve the ticket: " + answer);
    }
  }

  private static boolean outcome(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> r) {
    Notification n = notice(r);
    return n.trackingCode().equals(resolved) && n.feedbackToken() != null;
  }

  private static Notification notice(
      org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> r) {
    return ContractJson.read(r.value(), Notification.class);
  }

  @AfterAll
  void finish() {
    try {
      await("every follow accepted makes a follower").atMost(Duration.ofSeconds(60))
          .until(() -> hub.db.count("SELECT COUNT(*) FROM timeline_entry e JOIN ticket t"
              + " ON t.id = e.ticket_id WHERE t.tracking_code = ? AND e.type = 'FOLLOWER_ADDED'",
              open) == FOLLOWED.get());
      hub.assertPromisesKept(Map.of(), FOLLOWS);
    } finally {
      FEEDBACK.write();
      INTERACTIONS.write();
      SIMILAR.write();
      FOLLOWS.write();
      hub.close();
    }
  }

  private static String fill(String json) {
    return json.replace(PortalCase.TOKEN, token).replace(PortalCase.RESOLVED, resolved)
        .replace(PortalCase.OPEN, open);
  }

  @Test
  void theFeedbackLinkOpensOnlyWithItsTokenAndARefusalChangesNothing() {
    FuzzCases.check("feedback", FuzzCases.CASES, PortalInputs::feedback, c -> {
      String version = hub.db.string("SELECT version FROM ticket WHERE id = ?", resolvedId);
      long ratings = hub.db.count("SELECT COUNT(*) FROM ticket_rating");
      String body = fill(c.json());
      Answer answer = FEEDBACK.answered(hub.http.post("/api/public/feedback/" + c.what(),
          c.contentType(), JsonText.bytes(body), Map.of()), c);
      if (answer.refused()) {
        if (!version.equals(hub.db.string("SELECT version FROM ticket WHERE id = ?", resolvedId))
            || ratings != hub.db.count("SELECT COUNT(*) FROM ticket_rating")) {
          FEEDBACK.storedWhenRefused(c, answer, "a rating or a change to the ticket");
        }
        return;
      }
      if (!answer.accepted()) {
        return;
      }
      if (!body.contains(token)) {
        throw new AssertionError("a link opened without its token: " + c + " -> " + answer);
      }
      if (c.what().equals("rating")) {
        int score = answer.json().path("score").asInt();
        if (score < 1 || score > 5 || hub.db.count("SELECT COUNT(*) FROM ticket_rating"
            + " WHERE ticket_id = ? AND score = ?", resolvedId, score) != 1) {
          throw new AssertionError("the rating answered is not the one kept: " + c + " -> "
              + answer);
        }
      } else if (c.what().equals("not-fixed")) {
        if (!"REOPENED".equals(hub.db.string("SELECT status FROM ticket WHERE id = ?",
            resolvedId))) {
          throw new AssertionError("\"not fixed\" answered but not reopened: " + c);
        }
        resolve();
      }
    });
  }

  @Test
  void anInteractionIsCountedOnceOrRefusedUncounted() {
    FuzzCases.check("interactions", FuzzCases.CASES, PortalInputs::interaction, c -> {
      long before = hub.db.count("SELECT COALESCE(SUM(total), 0) FROM interaction_count"
          + " WHERE event IN ('VISIT', 'REPORT_STARTED', 'SEARCH')");
      Answer answer = INTERACTIONS.answered(hub.http.post("/api/public/interactions",
          c.contentType(), JsonText.bytes(c.json()), Map.of()), c);
      long after = hub.db.count("SELECT COALESCE(SUM(total), 0) FROM interaction_count"
          + " WHERE event IN ('VISIT', 'REPORT_STARTED', 'SEARCH')");
      if (answer.refused() && after != before) {
        INTERACTIONS.storedWhenRefused(c, answer, "a count");
      } else if (answer.accepted() && after != before + 1) {
        throw new AssertionError("an accepted interaction moved the count by "
            + (after - before) + ": " + c);
      }
    });
  }

  @Test
  void similarTicketsAnswerOnlyTheirFieldsAndTheCitizensOwnWords() {
    FuzzCases.check("similar", FuzzCases.CASES, PortalInputs::similar, c -> {
      Answer answer = SIMILAR.answered(hub.http.get("/api/public/similar" + c.what(), Map.of()),
          c);
      if (!answer.accepted()) {
        return;
      }
      JsonNode items = answer.json().path("items");
      if (items.size() > 5) {
        throw new AssertionError("more than five similar tickets: " + c);
      }
      String typed = SearchText.of(c.json()).toLowerCase(Locale.ROOT);
      for (JsonNode item : items) {
        item.fieldNames().forEachRemaining(name -> {
          if (!ITEM_FIELDS.contains(name)) {
            throw new AssertionError("a field no similar ticket may show: " + name + " " + c);
          }
        });
        for (JsonNode word : item.path("wordsInCommon")) {
          String w = word.asText();
          if (w.matches(".*[\\p{N}@].*") || !typed.contains(SearchText.of(w))) {
            throw new AssertionError("a word in common the citizen did not type: " + w + " "
                + c);
          }
        }
      }
    });
  }

  @Test
  void aFollowIsRefusedStoringNothingOrMakesAFollower() {
    FuzzCases.check("follow", FuzzCases.CASES, PortalInputs::follow, c -> {
      long rows = hub.intakeRows(Channel.WEB);
      String body = fill(c.json());
      Answer answer = FOLLOWS.answered(hub.http.post("/api/web/follow", c.contentType(),
          JsonText.bytes(body), c.headers()), c);
      long after = hub.intakeRows(Channel.WEB);
      if (answer.refused() && after != rows) {
        FOLLOWS.storedWhenRefused(c, answer, "an intake outbox row");
      }
      if (answer.accepted()) {
        if (!new TrackingCode(open).display().equals(answer.json().path("trackingCode")
            .asText()) || after != rows + 1) {
          throw new AssertionError("a follow accepted for another ticket or without one intake: "
              + c + " -> " + answer);
        }
        FOLLOWED.incrementAndGet();
      }
    });
  }
}
