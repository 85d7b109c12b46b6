package vn.citizenhub.deploy.fuzz;

import static org.awaitility.Awaitility.await;

import static vn.citizenhub.deploy.fuzz.FuzzRandom.weight;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.contract.TrackingCode;

/**
 * Tracking codes at the public lookups ({@code GET /api/public/tickets/{code}},
 * {@code /track?code=}) and paths under {@code /track/}: no server error, a real code found.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrackingCodeFuzzTest {

  private static final Tally TALLY = new Tally("tracking");
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static FuzzHub hub;
  private static String known;

  @BeforeAll
  void start() {
    hub = FuzzHub.start();
    Answer sent = hub.http.post("/api/web/reports", "application/json",
        OrdinaryReport.json().getBytes(StandardCharsets.UTF_8), Map.of());
    known = sent.json().path("trackingCode").asText();
    String stored = TrackingCode.parse(known).orElseThrow().value();
    await().atMost(Duration.ofSeconds(30)).until(() -> hub.isTicket(stored));
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

  static TrackingCase lookups(FuzzRandom r) {
    String where = r.oneOf("api", "track", "file");
    String code = r.frequency(
        weight(3, x -> x.oneOf(TrackingCase.KNOWN, " " + TrackingCase.KNOWN,
            TrackingCase.KNOWN + "\u200b", "\u202e" + TrackingCase.KNOWN)),
        weight(3, x -> {
          String s = x.string(ALPHABET, 10, 10);
          return s.substring(0, 5) + "-" + s.substring(5);
        }),
        weight(1, x -> x.string(ALPHABET + "-io01 ", 0, 14)),
        weight(5, Hostile::text),
        weight(1, x -> x.oneOf("..", "../../etc/passwd", "%2e%2e%2f", "%00", "%",
            "%ZZ", "%ED%A0%80", "%C0%AF", "a/b", "?x=1", "#", "index.html", "app.js")));
    return new TrackingCase(where, code);
  }

  @Test
  void aTrackingLookupNeverFailsAndFindsARealCode() {
    FuzzCases.check("tracking", FuzzCases.CASES, TrackingCodeFuzzTest::lookups, this::look);
  }

  private void look(TrackingCase c) {
    String typed = c.code().replace(TrackingCase.KNOWN, known);
    String path = switch (c.where()) {
      case "api" -> "/api/public/tickets/" + Url.segment(typed);
      case "track" -> "/track?code=" + Url.segment(typed);
      default -> "/track/" + Url.segment(typed);
    };
    Answer answer = TALLY.answered(hub.http.get(path, Map.of()), c);
    if (c.where().equals("api") && c.code().equals(TrackingCase.KNOWN)
        && answer.status() != 200 && answer.status() != 429) {
      throw new AssertionError("a real code was not found: " + c + " -> " + answer);
    }
  }
}
