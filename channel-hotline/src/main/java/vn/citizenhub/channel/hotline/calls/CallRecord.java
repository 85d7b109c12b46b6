package vn.citizenhub.channel.hotline.calls;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import vn.citizenhub.channel.hotline.events.PhoneEvent;

/**
 * One call as the log keeps it, and the rules for how it moves: phone-system events may arrive
 * in any order and more than once, an outcome is recorded once, and the handling time runs from
 * the answer (or, for a typed call, from its start) to the later of the hang-up and the outcome.
 */
public record CallRecord(
    String callId,
    Source source,
    String extension,
    String operator,
    String callerPhone,
    Instant startedAt,
    Instant answeredAt,
    Instant endedAt,
    Outcome outcome,
    Instant outcomeAt,
    String ticketCode) {

  /** The province's clock, for the day and hour a call counts under. */
  public static final ZoneId PROVINCE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  /** Where the call came from. */
  public enum Source {
    /** Announced by the phone system's events. */
    PHONE_SYSTEM,
    /** Typed by the operator: no phone system, or a call back. */
    TYPED
  }

  /** A call the phone system announced first by this event. */
  public static CallRecord announced(PhoneEvent e) {
    return new CallRecord(e.callId(), Source.PHONE_SYSTEM, e.extension(), null, e.callerPhone(),
        e.occurredAt(), null, null, null, null, null);
  }

  /** A call an operator starts by typing the caller's number. */
  public static CallRecord typed(String callId, String operator, String callerPhone,
      Instant now) {
    return new CallRecord(callId, Source.TYPED, null, operator, callerPhone, now, now, null,
        null, null, null);
  }

  /**
   * The call after a phone-system event; {@code deskOperator} sits at the event's extension
   * (null when nobody claimed it). The earliest time wins for the start, the first known number
   * stays, and a call that ends unanswered is missed.
   */
  public CallRecord after(PhoneEvent e, String deskOperator) {
    Instant started = e.occurredAt().isBefore(startedAt) ? e.occurredAt() : startedAt;
    String phone = callerPhone != null ? callerPhone : e.callerPhone();
    String ext = e.extension() != null && e.type() != PhoneEvent.Type.ENDED ? e.extension()
        : extension;
    String op = operator;
    if (e.type() != PhoneEvent.Type.ENDED && operator == null) {
      op = deskOperator;
    }
    if (e.type() == PhoneEvent.Type.ANSWERED && deskOperator != null) {
      op = deskOperator; // whoever picked up owns the call
    }
    return switch (e.type()) {
      case RINGING -> new CallRecord(callId, source, ext, op, phone, started, answeredAt,
          endedAt, outcome, outcomeAt, ticketCode);
      // A hang-up that overtook the answer made the call look missed: it was not.
      case ANSWERED -> outcome == Outcome.MISSED
          ? new CallRecord(callId, source, ext, op, phone, started, e.occurredAt(), endedAt,
              null, null, null)
          : new CallRecord(callId, source, ext, op, phone, started, e.occurredAt(), endedAt,
              outcome, outcomeAt, ticketCode);
      case ENDED -> answeredAt == null && outcome == null
          ? new CallRecord(callId, source, ext, op, phone, started, null, e.occurredAt(),
              Outcome.MISSED, e.occurredAt(), null)
          : new CallRecord(callId, source, ext, op, phone, started, answeredAt, e.occurredAt(),
              outcome, outcomeAt, ticketCode);
    };
  }

  /** The call with its outcome, recorded by {@code by}; the caller checks {@link #open()}. */
  public CallRecord withOutcome(Outcome result, String code, String by, Instant at) {
    return new CallRecord(callId, source, extension, operator != null ? operator : by,
        callerPhone, startedAt, answeredAt, endedAt, result, at, code);
  }

  /** True while no outcome is recorded (a missed call is closed too). */
  public boolean open() {
    return outcome == null;
  }

  /** Seconds the operator spent on the call, once its outcome is known; null before. */
  public Integer handlingSeconds() {
    if (outcome == null || outcome == Outcome.MISSED) {
      return null;
    }
    Instant from = answeredAt != null ? answeredAt : startedAt;
    Instant to = outcomeAt;
    if (endedAt != null && endedAt.isAfter(to)) {
      to = endedAt;
    }
    return (int) Math.max(0, Duration.between(from, to).toSeconds());
  }

  /** The province's local date and time the call started at: its day and hour in the figures. */
  public LocalDateTime localStart() {
    return LocalDateTime.ofInstant(startedAt, PROVINCE_ZONE);
  }
}
