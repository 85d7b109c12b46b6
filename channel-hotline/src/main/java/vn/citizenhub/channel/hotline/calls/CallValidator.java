package vn.citizenhub.channel.hotline.calls;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import vn.citizenhub.channel.catalog.Catalog;
import vn.citizenhub.contract.FieldError;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.CitizenRef;
import vn.citizenhub.contract.intake.FieldChecks;
import vn.citizenhub.contract.intake.IntakeValidator;
import vn.citizenhub.contract.intake.NewReport;

/**
 * The rules a call form passes before it is handed off: the contract's rules for a report, the
 * catalog's codes when it can be reached (else hub-core sends an unknown code to triage rather
 * than lose the call), a short enough answer, a well-formed tracking code for a follow-up.
 */
@Singleton
class CallValidator {

  /** An answer given on the spot fits the public timeline line and three SMS parts, roughly. */
  static final int MAX_ANSWER = 700;

  private final Catalog catalog;

  CallValidator(Catalog catalog) {
    this.catalog = catalog;
  }

  List<FieldError> report(CallForms.Report form, NewReport report, CitizenRef caller,
      boolean answered) {
    List<FieldError> errors = new ArrayList<>(IntakeValidator.validateReport(report, ""));
    errors.addAll(IntakeValidator.validateContact(caller, ""));
    if (answered) {
      FieldChecks answer = new FieldChecks();
      answer.optionalText("answer", form.answer().strip(), MAX_ANSWER, true);
      errors.addAll(answer.errors());
    }
    catalog.codes().ifPresent(
        codes -> errors.addAll(codes.unknownCodesIn(report, "communeCode")));
    return errors;
  }

  List<FieldError> followUp(CallForms.FollowUp form) {
    List<FieldError> errors = new ArrayList<>();
    if (form.trackingCode() == null || TrackingCode.parse(form.trackingCode()).isEmpty()) {
      errors.add(new FieldError("trackingCode", "INVALID_TRACKING_CODE",
          "Mã tra cứu không hợp lệ: kiểm tra lại từng ký tự",
          "Invalid tracking code: check each symbol"));
    }
    if (form.message() == null || form.message().isBlank()) {
      errors.add(new FieldError("message", "REQUIRED", "Ghi nội dung người gọi bổ sung",
          "Write what the caller adds"));
    } else {
      FieldChecks message = new FieldChecks();
      message.optionalText("message", form.message().strip(), IntakeValidator.MAX_MESSAGE, true);
      errors.addAll(message.errors());
    }
    return errors;
  }
}
