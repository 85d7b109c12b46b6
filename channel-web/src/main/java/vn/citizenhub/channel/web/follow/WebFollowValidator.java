package vn.citizenhub.channel.web.follow;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.citizenhub.contract.FieldError;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.CitizenRef;
import vn.citizenhub.contract.intake.Consent;
import vn.citizenhub.contract.intake.IntakeValidator;

/**
 * The rules a follow passes before the ticket is even looked up: a well-formed tracking code, the
 * contract's rules for contact details and consent, and a way to reach the citizen.
 */
@Singleton
class WebFollowValidator {

  private static final Pattern CITIZEN_REF = Pattern.compile("^[A-Za-z0-9._:-]{1,100}$");

  List<FieldError> validate(WebFollowForm form) {
    List<FieldError> errors = new ArrayList<>();
    if (form.trackingCode() == null || TrackingCode.parse(form.trackingCode()).isEmpty()) {
      errors.add(new FieldError("trackingCode", "INVALID_TRACKING_CODE",
          "Mã tra cứu không hợp lệ", "Invalid tracking code"));
    }
    errors.addAll(IntakeValidator.validateContact(
        new CitizenRef("web:form", form.name(), form.phone(), form.email()), ""));
    if (blank(form.phone()) && blank(form.email())) {
      errors.add(new FieldError("email", "CONTACT_REQUIRED",
          "Cần số điện thoại hoặc email để thông báo kết quả cho bạn",
          "A phone number or an e-mail is needed to tell you the outcome"));
    }
    if (form.citizenRef() != null && !CITIZEN_REF.matcher(form.citizenRef()).matches()) {
      errors.add(new FieldError("citizenRef", "INVALID_CITIZEN_REF",
          "Mã người dùng không hợp lệ", "Invalid citizen reference"));
    }
    errors.addAll(IntakeValidator.validateConsent(consent(form), ""));
    return errors;
  }

  static Consent consent(WebFollowForm form) {
    return form.consent() == null ? null : new Consent(Boolean.TRUE.equals(form.consent().given()),
        form.consent().textVersion(), null);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
