package vn.citizenhub.contract.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.citizenhub.contract.FieldError;
import vn.citizenhub.contract.SchemaId;
import vn.citizenhub.contract.TrackingCode;

/**
 * Structural rules every intake envelope obeys, whichever channel built it. Checks against the
 * catalog (does this category exist?) belong to whoever holds the catalog.
 */
public final class IntakeValidator {

  public static final int MAX_DESCRIPTION = 4000;
  public static final int MIN_DESCRIPTION = 10;
  public static final int MAX_NAME = 120;
  public static final int MAX_ADDRESS = 300;
  public static final int MAX_MESSAGE = 4000;
  public static final int MAX_DELIVERY_DETAIL = 300;
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s]{2,}$");

  private IntakeValidator() {}

  /** All the reasons the envelope cannot be accepted; empty when it can. */
  public static List<FieldError> validate(IntakeEnvelope envelope) {
    Violations v = new Violations();
    if (!SchemaId.INTAKE_V1.equals(envelope.schema())) {
      v.add("schema", "UNSUPPORTED_SCHEMA", "Phiên bản lược đồ không được hỗ trợ", "Unsupported schema version");
    }
    v.required("id", envelope.id());
    v.required("occurredAt", envelope.occurredAt());
    v.required("channel", envelope.channel());
    if (envelope.citizen() == null || isBlank(envelope.citizen().identity())) {
      v.required("citizen.identity", null);
    } else {
      validateContact(envelope.citizen(), "citizen.", v);
    }
    if (isBlank(envelope.trackingCode()) || TrackingCode.parse(envelope.trackingCode()).isEmpty()) {
      v.add("trackingCode", "INVALID_TRACKING_CODE", "Mã tra cứu không hợp lệ", "Invalid tracking code");
    }
    IntakePayload payload = envelope.payload();
    if (payload == null) {
      v.required("payload", null);
    } else if (payload instanceof NewReport report) {
      validateReport(report, "payload.", v);
    } else if (payload instanceof FollowUp followUp) {
      v.text("payload.message", followUp.message(), 1, MAX_MESSAGE);
    } else if (payload instanceof Rating rating) {
      if (rating.score() < 1 || rating.score() > 5) {
        v.add("payload.score", "OUT_OF_RANGE", "Điểm đánh giá từ 1 đến 5", "The rating is from 1 to 5");
      }
    } else if (payload instanceof NotFixedVerdict verdict) {
      v.optionalText("payload.comment", verdict.comment(), MAX_MESSAGE);
    } else if (payload instanceof DeliveryReport report) {
      v.required("payload.notificationId", blankToNull(report.notificationId()));
      v.required("payload.status", report.status());
      v.optionalText("payload.detailVi", report.detailVi(), MAX_DELIVERY_DETAIL);
      v.optionalText("payload.detailEn", report.detailEn(), MAX_DELIVERY_DETAIL);
    }
    return v.errors();
  }

  /** The rules for a new report, with field names under {@code prefix}. */
  public static List<FieldError> validateReport(NewReport report, String prefix) {
    Violations v = new Violations();
    validateReport(report, prefix, v);
    return v.errors();
  }

  /** The rules for the citizen's own contact details, with field names under {@code prefix}. */
  public static List<FieldError> validateContact(CitizenRef citizen, String prefix) {
    Violations v = new Violations();
    validateContact(citizen, prefix, v);
    return v.errors();
  }

  private static void validateReport(NewReport report, String prefix, Violations v) {
    v.required(prefix + "kind", report.kind());
    v.required(prefix + "categoryCode", blankToNull(report.categoryCode()));
    v.text(prefix + "description", report.description(), MIN_DESCRIPTION, MAX_DESCRIPTION);
    Location location = report.location();
    if (location == null || location.isEmpty()) {
      v.add(prefix + "location", "LOCATION_REQUIRED",
          "Cần cho biết xã/phường, tọa độ hoặc địa chỉ", "Give a commune, coordinates or an address");
    } else {
      validateLocation(location, prefix + "location.", v);
    }
    Consent consent = report.consent();
    if (consent == null || !consent.given()) {
      v.add(prefix + "consent.given", "CONSENT_REQUIRED",
          "Cần có sự đồng ý cho phép xử lý dữ liệu cá nhân", "Consent to personal data processing is required");
    }
    if (consent != null && isBlank(consent.textVersion())) {
      v.required(prefix + "consent.textVersion", null);
    }
    v.optionalText(prefix + "answeredOnTheSpot", report.answeredOnTheSpot(), MAX_MESSAGE);
  }

  private static void validateLocation(Location location, String prefix, Violations v) {
    boolean halfPoint = (location.latitude() == null) != (location.longitude() == null);
    if (halfPoint) {
      v.add(prefix + "latitude", "INCOMPLETE_POINT",
          "Cần cả vĩ độ và kinh độ", "Both latitude and longitude are needed");
    }
    boolean finite = (location.latitude() == null || Double.isFinite(location.latitude()))
        && (location.longitude() == null || Double.isFinite(location.longitude()));
    if (!finite) {
      // NaN compares false with every bound below, so it needs its own rule.
      v.add(prefix + "latitude", "NOT_FINITE",
          "Tọa độ phải là số hữu hạn", "Coordinates must be finite numbers");
    }
    // Vietnam's mainland and islands lie within these bounds; anything else is a typo or a test.
    if (finite && location.hasPoint()
        && (location.latitude() < 8.0 || location.latitude() > 23.5
            || location.longitude() < 102.0 || location.longitude() > 117.5)) {
      v.add(prefix + "latitude", "OUTSIDE_VIETNAM",
          "Tọa độ nằm ngoài lãnh thổ Việt Nam", "The coordinates are outside Vietnam");
    }
    v.optionalText(prefix + "address", location.address(), MAX_ADDRESS);
  }

  private static void validateContact(CitizenRef citizen, String prefix, Violations v) {
    v.optionalText(prefix + "name", citizen.name(), MAX_NAME);
    if (!isBlank(citizen.phone()) && PhoneNumber.normalize(citizen.phone()).isEmpty()) {
      v.add(prefix + "phone", "INVALID_PHONE",
          "Số điện thoại không hợp lệ", "Invalid phone number");
    }
    if (!isBlank(citizen.email()) && !EMAIL.matcher(citizen.email().trim()).matches()) {
      v.add(prefix + "email", "INVALID_EMAIL", "Địa chỉ email không hợp lệ", "Invalid email address");
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static String blankToNull(String s) {
    return isBlank(s) ? null : s;
  }

  /** Collects field errors with their bilingual messages. */
  private static final class Violations {
    private final List<FieldError> errors = new ArrayList<>();

    void add(String field, String code, String vi, String en) {
      errors.add(new FieldError(field, code, vi, en));
    }

    void required(String field, Object value) {
      if (value == null) {
        add(field, "REQUIRED", "Trường này là bắt buộc", "This field is required");
      }
    }

    void text(String field, String value, int min, int max) {
      if (isBlank(value)) {
        required(field, null);
      } else if (value.strip().length() < min) {
        add(field, "TOO_SHORT", "Quá ngắn (ít nhất " + min + " ký tự)", "Too short (at least " + min + " characters)");
      } else {
        optionalText(field, value, max);
      }
    }

    void optionalText(String field, String value, int max) {
      if (value != null && value.length() > max) {
        add(field, "TOO_LONG", "Quá dài (tối đa " + max + " ký tự)", "Too long (at most " + max + " characters)");
      }
    }

    List<FieldError> errors() {
      return List.copyOf(errors);
    }
  }
}
