package vn.citizenhub.deploy.fuzz;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.TrackingCode;

/**
 * {@code POST /api/web/reports} against the whole hub, with and without an Idempotency-Key: no
 * server error, nothing stored for a refusal, and each tracking code given becomes a ticket.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebReportFuzzTest {

  private static final String PATH = "/api/web/reports";
  private static final Tally TALLY = new Tally("web");
  /** Sent under a key already used: no generated case has this body, the ordinary report too. */
  private static final String ANOTHER_BODY = OrdinaryReport.json().replace("ban đêm.",
      "ban đêm, báo lại lần hai.");
  /** Each code given (as stored), to the case it was given for. */
  private static final Map<String, String> GIVEN = new ConcurrentHashMap<>();
  private static FuzzHub hub;

  @BeforeAll
  void start() {
    hub = FuzzHub.start();
  }

  @AfterAll
  void finish() {
    try {
      hub.assertPromisesKept(GIVEN, TALLY);
    } finally {
      TALLY.write();
      hub.close();
    }
  }

  @Test
  void aWebReportIsRefusedWithNothingStoredOrGetsACodeThatBecomesATicket() {
    FuzzCases.check("web", FuzzCases.CASES, WebReportInputs::cases, this::send);
  }

  private void send(WebCase c) {
    long rowsBefore = outboxRows();
    Answer answer = TALLY.answered(hub.http.post(PATH, c.contentType(), c.bytes(), c.headers()),
        c);
    if (answer.refused()) {
      if (outboxRows() != rowsBefore) {
        TALLY.storedWhenRefused(c, answer, "an intake outbox row");
      }
      return;
    }
    if (!answer.accepted()) {
      return;
    }
    String code = codeIn(answer, c);
    if (c.key() != null && c.resend()) {
      Answer again = TALLY.answered(hub.http.post(PATH, c.contentType(), c.bytes(), c.headers()),
          c);
      if (again.accepted() && !code.equals(codeIn(again, c))) {
        throw new AssertionError("the same key and body got another code: " + c + " -> "
            + answer + " then " + again);
      }
      long rowsBeforeOther = outboxRows();
      WebCase other = new WebCase("application/json", ANOTHER_BODY, c.key(), false);
      Answer reused = TALLY.answered(hub.http.post(PATH, other.contentType(), other.bytes(),
          other.headers()), other);
      if (reused.status() != 422 || outboxRows() != rowsBeforeOther) {
        throw new AssertionError("a key reused for another body must be a 422 storing nothing: "
            + c + " -> " + reused);
      }
    }
  }

  private String codeIn(Answer answer, WebCase c) {
    String shown = answer.json().path("trackingCode").asText("");
    String stored = TrackingCode.parse(shown).map(TrackingCode::value)
        .orElseThrow(() -> new AssertionError("accepted without a tracking code: " + c + " -> "
            + answer));
    GIVEN.putIfAbsent(stored, c.toString());
    return stored;
  }

  /**
   * The web channel's report rows: every channel adds rows of its own at any time, the web channel
   * too (delivery reports of notices, also of those a previous test's hub left on the broker, kept
   * under the key {@code delivery:<notification id>}).
   */
  private static long outboxRows() {
    return hub.intakeRows(Channel.WEB);
  }
}
