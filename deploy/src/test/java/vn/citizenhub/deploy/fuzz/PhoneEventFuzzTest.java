package vn.citizenhub.deploy.fuzz;

import static vn.citizenhub.deploy.fuzz.FuzzRandom.weight;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.channel.hotline.events.EventSignature;
import vn.citizenhub.deploy.fuzz.FuzzRandom.Gen;

/**
 * {@code POST /api/hotline/calls/events} with events signed with the phone system's secret
 * ({@code X-Hotline-Signature}): no server error; a refused event leaves the call log as it was;
 * an accepted one is in it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneEventFuzzTest {

  private static final String PATH = "/api/hotline/calls/events";
  private static final Tally TALLY = new Tally("hotline");
  private static FuzzHub hub;

  @BeforeAll
  void start() {
    hub = FuzzHub.start();
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

  private static final Gen<String> EVENT = Form.object(List.of(
      Form.required("event", r -> r.oneOf("\"RINGING\"", "\"ANSWERED\"", "\"ENDED\"",
          "\"ringing\"")),
      Form.required("callId", r -> "\"call-" + FuzzHub.fresh() + "\""),
      Form.optional("caller", r -> r.oneOf("\"0912345678\"", "\"+84 912 345 678\"",
          "\"02763822222\"")),
      Form.required("extension", r -> r.oneOf("\"101\"", "\"102\"", "205")),
      Form.number("timestamp", r -> r.oneOf(PhoneCase.NOW, "\"" + PhoneCase.NOW + "\""),
          false)));

  static PhoneCase events(FuzzRandom r) {
    String body = r.frequency(weight(12, EVENT), weight(1, WebReportInputs::wholeBody));
    ZaloCase.Signing signing = r.frequency(weight(20, x -> ZaloCase.Signing.SIGNED),
        weight(1, x -> ZaloCase.Signing.WRONG), weight(1, x -> ZaloCase.Signing.NONE));
    return new PhoneCase(body, signing, r.oneOf(false, false, false, true));
  }

  @Test
  void aSignedPhoneEventIsRecordedOrRefusedLeavingTheCallLogAsItWas() {
    FuzzCases.check("hotline", FuzzCases.CASES, PhoneEventFuzzTest::events, this::send);
  }

  private void send(PhoneCase c) {
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
