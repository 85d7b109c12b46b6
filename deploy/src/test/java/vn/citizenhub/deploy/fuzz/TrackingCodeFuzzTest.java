package vn.citizenhub.deploy.fuzz;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import vn.citizenhub.contract.TrackingCode;

/**
 * Tracking codes at the public lookups ({@code GET /api/public/tickets/{code}},
 * {@code /track?code=}) and paths under {@code /track/}: no server error, a real code found.
 */
class TrackingCodeFuzzTest {

  private static final Tally TALLY = new Tally("tracking");
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static FuzzHub hub;
  private static String known;

  @BeforeContainer
  static void start() {
    hub = FuzzHub.forThisClass();
    Answer sent = hub.http.post("/api/web/reports", "application/json",
        OrdinaryReport.json().getBytes(StandardCharsets.UTF_8), Map.of());
    known = sent.json().path("trackingCode").asText();
    String stored = TrackingCode.parse(known).orElseThrow().value();
    await().atMost(Duration.ofSeconds(30)).until(() -> hub.isTicket(stored));
  }

  @AfterContainer
  static void finish() {
    try {
      hub.assertPromisesKept(Map.of(), TALLY);
    } finally {
      TALLY.write();
    }
  }

  @Provide
  Arbitrary<TrackingCase> lookups() {
    Arbitrary<String> code = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of(TrackingCase.KNOWN, " " + TrackingCase.KNOWN,
            TrackingCase.KNOWN + "\u200b", "\u202e" + TrackingCase.KNOWN)),
        Tuple.of(3, Arbitraries.strings().withChars(ALPHABET).ofLength(10)
            .map(s -> s.substring(0, 5) + "-" + s.substring(5))),
        Tuple.of(1, Arbitraries.strings().withChars(ALPHABET + "-io01 ").ofMinLength(0)
            .ofMaxLength(14)),
        Tuple.of(5, Hostile.text()),
        Tuple.of(1, Arbitraries.of("..", "../../etc/passwd", "%2e%2e%2f", "%00", "%",
            "%ZZ", "%ED%A0%80", "%C0%AF", "a/b", "?x=1", "#", "index.html", "app.js")));
    return Combinators.combine(Arbitraries.of("api", "track", "file"), code)
        .as(TrackingCase::new);
  }

  @Property
  void aTrackingLookupNeverFailsAndFindsARealCode(@ForAll("lookups") TrackingCase c) {
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
