package vn.citizenhub.deploy.fuzz;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
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
import vn.citizenhub.channel.hotline.events.EventSignature;

/**
 * {@code POST /api/hotline/calls/events} with events signed with the phone system's secret
 * ({@code X-Hotline-Signature}): no server error; a refused event leaves the call log as it was;
 * an accepted one is in it.
 */
class PhoneEventFuzzTest {

  private static final String PATH = "/api/hotline/calls/events";
  private static final Tally TALLY = new Tally("hotline");
  private static FuzzHub hub;

  @BeforeContainer
  static void start() {
    hub = FuzzHub.forThisClass();
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
  Arbitrary<PhoneCase> events() {
    Arbitrary<String> event = Form.object(List.of(
        Form.required("event", Arbitraries.of("\"RINGING\"", "\"ANSWERED\"", "\"ENDED\"",
            "\"ringing\"")),
        Form.required("callId", Arbitraries.create(() -> "\"call-" + FuzzHub.fresh() + "\"")),
        Form.optional("caller", Arbitraries.of("\"0912345678\"", "\"+84 912 345 678\"",
            "\"02763822222\"")),
        Form.required("extension", Arbitraries.of("\"101\"", "\"102\"", "205")),
        Form.number("timestamp", Arbitraries.of(PhoneCase.NOW, "\"" + PhoneCase.NOW + "\""),
            false)));
    Arbitrary<String> body = Arbitraries.frequencyOf(
        Tuple.of(12, event),
        Tuple.of(1, WebReportInputs.wholeBody()));
    Arbitrary<ZaloCase.Signing> signing = Arbitraries.frequency(
        Tuple.of(20, ZaloCase.Signing.SIGNED), Tuple.of(1, ZaloCase.Signing.WRONG),
        Tuple.of(1, ZaloCase.Signing.NONE));
    return Combinators.combine(body, signing, Arbitraries.of(false, false, false, true))
        .as(PhoneCase::new);
  }

  @Property
  void aSignedPhoneEventIsRecordedOrRefusedLeavingTheCallLogAsItWas(
      @ForAll("events") PhoneCase c) {
    byte[] body = JsonText.bytes(c.json().replace(PhoneCase.NOW,
        String.valueOf(Instant.now().getEpochSecond())));
    Map<String, String> headers = new HashMap<>();
    if (c.signing() != ZaloCase.Signing.NONE) {
      String signature = EventSignature.sign(FuzzHub.HOTLINE_SECRET, body);
      if (c.signing() == ZaloCase.Signing.WRONG) {
        signature = signature.substring(0, signature.length() - 2) + "00";
      }
      headers.put(EventSignature.HEADER, c.bareHex() ? signature.substring(7) : signature);
    }
    long events = callEvents();
    Answer answer = TALLY.answered(hub.http.post(PATH, "application/json", body, headers), c);
    if (answer.refused() && callEvents() != events) {
      TALLY.storedWhenRefused(c, answer, "a hotline_call_event row");
    }
    if (answer.accepted()) {
      String callId = answer.json().path("callId").asText();
      if (hub.db.count("SELECT COUNT(*) FROM hotline_call_event WHERE call_id = ?", callId) == 0) {
        throw new AssertionError("accepted but not in the call log: " + c + " -> " + answer);
      }
    }
  }

  private static long callEvents() {
    return hub.db.count("SELECT COUNT(*) FROM hotline_call_event");
  }
}
