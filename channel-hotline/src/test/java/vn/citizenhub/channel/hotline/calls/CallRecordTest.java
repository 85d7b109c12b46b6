package vn.citizenhub.channel.hotline.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.citizenhub.channel.hotline.events.PhoneEvent;
import vn.citizenhub.channel.hotline.events.PhoneEvent.Type;

/** How a call moves as the phone system's events and the operator's outcome arrive. */
class CallRecordTest {

  static final Instant T0 = Instant.parse("2026-11-29T01:59:50Z"); // 08:59:50 in the province

  static PhoneEvent event(Type type, int second, String extension) {
    return new PhoneEvent(type, "c-1", "+84912345678", extension, T0.plusSeconds(second));
  }

  @Test
  void ringingAnsweredEndedThenTheOutcome() {
    CallRecord call = CallRecord.announced(event(Type.RINGING, 0, "101"))
        .after(event(Type.RINGING, 0, "101"), "op.lan")
        .after(event(Type.ANSWERED, 8, "101"), "op.lan")
        .after(event(Type.ENDED, 190, null), "op.lan");
    assertEquals("op.lan", call.operator());
    assertTrue(call.open());
    assertNull(call.handlingSeconds(), "no outcome yet");

    CallRecord done = call.withOutcome(Outcome.NEW_TICKET, "H7K3M9QX2H", "op.lan",
        T0.plusSeconds(250));
    assertFalse(done.open());
    assertEquals(242, done.handlingSeconds(), "from the answer to the outcome, after hang-up");
    assertEquals(8, done.localStart().getHour(), "counted at 08h in the province");
    assertEquals("101", done.extension(), "the hang-up names no extension and keeps this one");
  }

  @Test
  void eventsOutOfOrderGiveTheSameCall() {
    CallRecord inOrder = CallRecord.announced(event(Type.RINGING, 0, "101"))
        .after(event(Type.ANSWERED, 5, "101"), "op.lan")
        .after(event(Type.ENDED, 60, null), "op.lan");
    CallRecord shuffled = CallRecord.announced(event(Type.ENDED, 60, null))
        .after(event(Type.ENDED, 60, null), null)
        .after(event(Type.ANSWERED, 5, "101"), "op.lan")
        .after(event(Type.RINGING, 0, "101"), "op.lan");
    assertEquals(inOrder.startedAt(), shuffled.startedAt());
    assertEquals(inOrder.answeredAt(), shuffled.answeredAt());
    assertEquals(inOrder.endedAt(), shuffled.endedAt());
    assertEquals("op.lan", shuffled.operator());
    assertEquals("101", shuffled.extension());
    assertTrue(shuffled.open(), "a hang-up that overtook the answer does not make it missed");
    assertEquals(inOrder, shuffled);
  }

  @Test
  void anUnansweredCallIsMissedAndCountsNoHandlingTime() {
    CallRecord missed = CallRecord.announced(event(Type.RINGING, 0, "101"))
        .after(event(Type.ENDED, 30, null), "op.lan");
    assertEquals(Outcome.MISSED, missed.outcome());
    assertFalse(missed.open());
    assertNull(missed.handlingSeconds());
  }

  @Test
  void whoeverAnswersOwnsTheCall() {
    CallRecord call = CallRecord.announced(event(Type.RINGING, 0, "101"))
        .after(event(Type.RINGING, 0, "101"), "op.lan")
        .after(event(Type.ANSWERED, 4, "102"), "op.minh");
    assertEquals("op.minh", call.operator());
    assertEquals("102", call.extension());
  }

  @Test
  void aTypedCallIsTimedFromItsStartToItsOutcome() {
    CallRecord typed = CallRecord.typed("typed-1", "op.lan", "+84912345678", T0);
    assertEquals(95, typed.withOutcome(Outcome.ANSWERED_ON_THE_SPOT, "H7K3M9QX2H", "op.lan",
        T0.plusSeconds(95)).handlingSeconds());
  }
}
