package vn.citizenhub.channel.hotline.calls;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.citizenhub.channel.handoff.HandoffResult;
import vn.citizenhub.channel.handoff.HandoffStoreException;
import vn.citizenhub.channel.handoff.InvalidIntakeException;
import vn.citizenhub.channel.hotline.HotlineRefusal;
import vn.citizenhub.channel.hotline.HotlineSettings;
import vn.citizenhub.channel.hotline.staff.Operator;
import vn.citizenhub.channel.hotline.staff.OperatorNames;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.FieldError;
import vn.citizenhub.contract.ItemKind;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.CitizenRef;
import vn.citizenhub.contract.intake.Consent;
import vn.citizenhub.contract.intake.Location;
import vn.citizenhub.contract.intake.NewReport;
import vn.citizenhub.contract.intake.PhoneNumber;

/**
 * What an operator does with a call: start one by typing the number, then end it with one
 * outcome: a new ticket, an answer given on the spot, a follow-up on an existing ticket, a wrong
 * number or a nuisance. What is said is handed off durably before the outcome is written, so an
 * outcome in the log always has its ticket.
 */
@Singleton
class OperatorCalls {

  private final CallLog calls;
  private final CallValidator validator;
  private final HotlineIntake intake;
  private final HotlineSettings settings;
  private final OperatorNames names;
  private final Clock clock = Clock.systemUTC();

  OperatorCalls(CallLog calls, CallValidator validator, HotlineIntake intake,
      HotlineSettings settings, OperatorNames names) {
    this.names = names;
    this.calls = calls;
    this.validator = validator;
    this.intake = intake;
    this.settings = settings;
  }

  /** The operator's answer after a ticket was made or followed up. */
  record Result(CallView call, String trackingCode, String spoken, String delivery,
      String message) {}

  CallView start(Operator me, CallForms.StartCall form) throws SQLException {
    String phone = PhoneNumber.normalize(form.caller()).orElseThrow(() -> HotlineRefusal.invalid(
        List.of(new FieldError("caller", "INVALID_PHONE", "Số điện thoại không hợp lệ",
            "Invalid phone number"))));
    CallRecord call = CallRecord.typed("typed-" + UUID.randomUUID(), me.username(), phone,
        clock.instant());
    calls.start(call);
    return CallView.of(call);
  }

  CallView view(Operator me, String callId) throws SQLException {
    return CallView.of(mine(me, callId));
  }

  Optional<CallView> current(Operator me) throws SQLException {
    return calls.latestOpen(me.username(), clock.instant().minusSeconds(4 * 3600))
        .map(CallView::of);
  }

  Result report(Operator me, String callId, CallForms.Report form) throws SQLException {
    CallRecord call = mine(me, callId);
    boolean answered = form.answer() != null && !form.answer().isBlank();
    Outcome outcome = answered ? Outcome.ANSWERED_ON_THE_SPOT : Outcome.NEW_TICKET;
    refuseIfClosedOtherwise(call, outcome);
    Instant now = clock.instant();
    String phone = callerPhone(call, form.callerPhone());
    CitizenRef caller = new CitizenRef(identity(call, phone), blankToNull(form.callerName()),
        phone, null);
    NewReport report = new NewReport(
        form.kind() != null ? form.kind() : answered ? ItemKind.QUESTION : ItemKind.REPORT,
        form.categoryCode(), form.description(),
        new Location(blankToNull(form.communeCode()), null, null, blankToNull(form.address())),
        List.of(),
        new Consent(Boolean.TRUE.equals(form.consent()), settings.getConsentTextVersion(), now),
        answered ? form.answer().strip() : null);
    List<FieldError> errors = validator.report(form, report, caller, answered);
    if (!errors.isEmpty()) {
      throw HotlineRefusal.invalid(errors);
    }
    HandoffResult handed = handOff(() -> intake.report(callId, caller, report, form, now));
    if (handed.outcome() == HandoffResult.Outcome.KEY_REUSED) {
      throw alreadyReported(call);
    }
    return finish(me, call, outcome, handed);
  }

  Result followUp(Operator me, String callId, CallForms.FollowUp form) throws SQLException {
    CallRecord call = mine(me, callId);
    refuseIfClosedOtherwise(call, Outcome.FOLLOW_UP);
    List<FieldError> errors = validator.followUp(form);
    if (!errors.isEmpty()) {
      throw HotlineRefusal.invalid(errors);
    }
    TrackingCode ticket = TrackingCode.parse(form.trackingCode()).orElseThrow();
    String phone = callerPhone(call, null);
    CitizenRef caller = new CitizenRef(identity(call, phone), null, phone, null);
    HandoffResult handed = handOff(() -> intake.followUp(callId, caller, ticket,
        form.message().strip(), clock.instant()));
    return finish(me, call, Outcome.FOLLOW_UP, handed);
  }

  CallView close(Operator me, String callId, CallForms.Close form) throws SQLException {
    if (form.outcome() != Outcome.WRONG_NUMBER && form.outcome() != Outcome.NUISANCE) {
      throw HotlineRefusal.invalid(List.of(new FieldError("outcome", "INVALID_OUTCOME",
          "Chỉ kết thúc không tạo phiếu khi gọi nhầm số hoặc quấy rối",
          "Only a wrong number or a nuisance call ends without a ticket")));
    }
    CallRecord call = mine(me, callId);
    refuseIfClosedOtherwise(call, form.outcome());
    return CallView.of(record(me, callId, form.outcome(), null));
  }

  private Result finish(Operator me, CallRecord call, Outcome outcome, HandoffResult handed)
      throws SQLException {
    CallRecord done = record(me, call.callId(), outcome, handed.trackingCode());
    TrackingCode code = new TrackingCode(handed.trackingCode());
    boolean delayed = handed.outcome() == HandoffResult.Outcome.DELAYED;
    String message = switch (outcome) {
      case FOLLOW_UP -> "Đã ghi nội dung bổ sung vào phiếu " + code.display() + ".";
      case ANSWERED_ON_THE_SPOT -> "Đã ghi nhận câu trả lời. Mã tra cứu: " + code.display()
          + ". Người gọi sẽ nhận tin nhắn xác nhận.";
      default -> "Đã tạo phiếu. Đọc lại mã tra cứu cho người gọi: " + code.display() + ".";
    };
    if (delayed) {
      message += " Hệ thống đang chậm: phiếu đã được lưu và sẽ chuyển đi ngay khi ổn định.";
    }
    return new Result(CallView.of(done), code.display(), ReadBack.spoken(code),
        delayed ? "DELAYED" : "DELIVERED", message);
  }

  private CallRecord record(Operator me, String callId, Outcome outcome, String ticketCode)
      throws SQLException {
    names.remember(me, clock.instant());
    return calls.change(callId, current -> {
      if (!current.open()) {
        if (current.outcome() == outcome
            && java.util.Objects.equals(current.ticketCode(), ticketCode)) {
          return current; // the same form again: already recorded
        }
        throw alreadyClosed(current);
      }
      return current.withOutcome(outcome, ticketCode, me.username(), clock.instant());
    }).orElseThrow(HotlineRefusal::callNotFound);
  }

  /** The call, if this operator may act on it: theirs, nobody's yet, or a supervisor's look. */
  private CallRecord mine(Operator me, String callId) throws SQLException {
    return calls.find(callId)
        .filter(c -> c.operator() == null || c.operator().equals(me.username())
            || me.supervises())
        .orElseThrow(HotlineRefusal::callNotFound);
  }

  private static void refuseIfClosedOtherwise(CallRecord call, Outcome wanted) {
    if (!call.open() && call.outcome() != wanted) {
      throw alreadyClosed(call);
    }
  }

  private static HotlineRefusal alreadyClosed(CallRecord call) {
    return new HotlineRefusal(HttpStatus.CONFLICT, "CALL_ALREADY_CLOSED",
        "Cuộc gọi đã được ghi kết quả: " + call.outcome().labelVi()
            + (call.ticketCode() == null ? "." : " (phiếu " + display(call.ticketCode()) + ")."),
        "The call's outcome is already recorded: " + call.outcome().name() + ".");
  }

  private static HotlineRefusal alreadyReported(CallRecord call) {
    return new HotlineRefusal(HttpStatus.CONFLICT, "CALL_ALREADY_REPORTED",
        "Cuộc gọi này đã tạo một phiếu khác. Để ghi thêm một việc, bắt đầu cuộc gọi mới với"
            + " cùng số điện thoại.",
        "This call already made a different ticket. For another matter, start a new call with"
            + " the same number.");
  }

  private static String display(String code) {
    return TrackingCode.parse(code).map(TrackingCode::display).orElse(code);
  }

  /** The number given on the form, else the call's; null for a withheld number. */
  private static String callerPhone(CallRecord call, String typed) {
    if (typed != null && !typed.isBlank()) {
      return PhoneNumber.normalize(typed).orElseThrow(() -> HotlineRefusal.invalid(List.of(
          new FieldError("callerPhone", "INVALID_PHONE", "Số điện thoại không hợp lệ",
              "Invalid phone number"))));
    }
    return call.callerPhone();
  }

  /** {@code phone:+84…}; a withheld caller is known by the call alone. */
  private static String identity(CallRecord call, String phone) {
    return Channel.HOTLINE.identity(phone != null ? phone : "call-" + call.callId());
  }

  private interface Handoff {
    HandoffResult run();
  }

  private static HandoffResult handOff(Handoff handoff) {
    try {
      return handoff.run();
    } catch (InvalidIntakeException e) {
      // The form passed the call's checks but not the whole envelope's: refuse it, keep nothing.
      throw HotlineRefusal.invalid(e.errors());
    } catch (HandoffStoreException e) {
      throw new HotlineRefusal(HttpStatus.SERVICE_UNAVAILABLE, "NOT_RECEIVED",
          "Hệ thống tạm thời chưa lưu được. Giữ máy với người gọi và bấm gửi lại sau vài giây;"
              + " nội dung đã nhập vẫn còn trên màn hình.",
          "The hub could not store this right now. Keep the caller on the line and send again"
              + " in a few seconds; what you typed is still on the screen.");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
