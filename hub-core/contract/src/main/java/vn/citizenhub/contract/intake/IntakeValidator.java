package vn.citizenhub.contract.intake;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import vn.citizenhub.contract.FieldError;
import vn.citizenhub.contract.SchemaId;
import vn.citizenhub.contract.TrackingCode;

/**
 * Structural rules every intake envelope obeys, whichever channel built it: a channel checks them
 * before it answers "received", and hub-core checks them again as it reads. Each maximum is at
 * most the size of the column the value lands in (named beside it; ColumnLimitsTest in hub-core
 * reads the sizes from the schema and fails when a maximum here is larger), so an envelope that
 * passes can always be stored. Checks against the catalog (does this category exist?) belong to
 * whoever holds the catalog. docs/validation.md says how to add a field.
 */
public final class IntakeValidator {

  /** ticket.intake_id, processed_intake.intake_id, channel_intake_outbox.envelope_id. */
  public static final int MAX_ENVELOPE_ID = 64;
  /** channel_intake_outbox.idempotency_key (a web Idempotency-Key, a Zalo msg_id, a call id). */
  public static final int MAX_CHANNEL_REF = 191;
  /** channel_intake_outbox.message_key, outbox_message.message_key; citizen.external_id. */
  public static final int MAX_IDENTITY = 191;
  /** citizen.channel: the identity's prefix before the colon. */
  public static final int MAX_IDENTITY_PREFIX = 16;
  /** citizen.display_name. */
  public static final int MAX_NAME = 120;
  /** The number as typed ("+84 (28) 3829-6052"); stored normalised (+84…) in citizen.phone. */
  public static final int MAX_PHONE = 20;
  /** citizen.email. */
  public static final int MAX_EMAIL = 191;
  /** ticket.category_code. */
  public static final int MAX_CATEGORY_CODE = 40;
  /** ticket.commune_code. */
  public static final int MAX_COMMUNE_CODE = 10;
  /** ticket.address. */
  public static final int MAX_ADDRESS = 300;
  /** ticket.description (TEXT). */
  public static final int MAX_DESCRIPTION = 4000;
  public static final int MIN_DESCRIPTION = 10;
  /** consent_record.text_version. */
  public static final int MAX_CONSENT_VERSION = 60;
  /** A follow-up, a comment, an answer given on the spot: timeline_entry.text_vi (TEXT). */
  public static final int MAX_MESSAGE = 4000;
  /** A rating's comment: ticket_rating.comment (TEXT) and the internal timeline line. */
  public static final int MAX_RATING_COMMENT = MAX_MESSAGE;
  /** Photos and files of one intake; with the texts, the envelope fits envelope_json (TEXT). */
  public static final int MAX_ATTACHMENTS = 10;
  public static final int MAX_ATTACHMENT_URL = 1000;
  public static final int MAX_MEDIA_TYPE = 100;
  /** ticket_attachment.store_key: the key of a {@code store:} url in the attachment store. */
  public static final int MAX_STORE_KEY = 300;
  /** channel_notification.notification_id. */
  public static final int MAX_NOTIFICATION_ID = 64;
  /** A delivery report's detail, on the internal timeline. */
  public static final int MAX_DELIVERY_DETAIL = 300;
  /** Vietnam's mainland and islands lie within these bounds; anything else is a typo or a test. */
  public static final double MIN_LATITUDE = 8.0;
  public static final double MAX_LATITUDE = 23.5;
  public static final double MIN_LONGITUDE = 102.0;
  public static final double MAX_LONGITUDE = 117.5;
  /** Times the hub can store (DATETIME) and count working days from: nothing before the hub. */
  public static final Instant EARLIEST = Instant.parse("2020-01-01T00:00:00Z");
  public static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
  /** A channel's identity prefix (lower-case letters, then digits too: "open311") and its id. */
  private static final Pattern IDENTITY = Pattern.compile("^[a-z][a-z0-9]{0,15}:\\S+$");
  private static final Pattern MEDIA_TYPE = Pattern.compile("^[\\w.+-]+/[\\w.+-]+$");
  /** An absolute URL (http, https, file) or a path, in printable ASCII (percent-encoded). */
  private static final Pattern URL = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*:|/)[!-~]+$");
  /** Segments of letters, digits, '.', '_', '-', each starting with a letter or digit. */
  private static final Pattern STORE_KEY =
      Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*$");

  private IntakeValidator() {}

  /** All the reasons the envelope cannot be accepted; empty when it can. */
  public static List<FieldError> validate(IntakeEnvelope envelope) {
    FieldChecks v = new FieldChecks();
    if (!SchemaId.INTAKE_V1.equals(envelope.schema())) {
      v.add("schema", "UNSUPPORTED_SCHEMA", "Phiên bản lược đồ không được hỗ trợ", "Unsupported schema version");
    }
    v.text("id", envelope.id(), 1, MAX_ENVELOPE_ID, false);
    time(v, "occurredAt", envelope.occurredAt(), true);
    v.required("channel", envelope.channel());
    v.optionalText("channelRef", envelope.channelRef(), MAX_CHANNEL_REF, false);
    if (envelope.citizen() == null || isBlank(envelope.citizen().identity())) {
      v.required("citizen.identity", null);
    } else {
      identity(v, envelope.citizen().identity());
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
      v.text("payload.message", followUp.message(), 1, MAX_MESSAGE, true);
      attachments(v, "payload.attachments", followUp.attachments());
    } else if (payload instanceof Rating rating) {
      validateRating(rating, "payload.", v);
    } else if (payload instanceof NotFixedVerdict verdict) {
      validateVerdict(verdict, "payload.", v);
    } else if (payload instanceof Follow follow) {
      validateConsent(follow.consent(), "payload.", v);
    } else if (payload instanceof DeliveryReport report) {
      v.text("payload.notificationId", report.notificationId(), 1, MAX_NOTIFICATION_ID, false);
      v.required("payload.status", report.status());
      v.optionalText("payload.detailVi", report.detailVi(), MAX_DELIVERY_DETAIL, true);
      v.optionalText("payload.detailEn", report.detailEn(), MAX_DELIVERY_DETAIL, true);
    }
    return v.errors();
  }

  /** The rules for a new report, with field names under {@code prefix}. */
  public static List<FieldError> validateReport(NewReport report, String prefix) {
    FieldChecks v = new FieldChecks();
    validateReport(report, prefix, v);
    return v.errors();
  }

  /** The rules for a rating (1 to 5, an optional comment), with field names under {@code prefix}. */
  public static List<FieldError> validateRating(Rating rating, String prefix) {
    FieldChecks v = new FieldChecks();
    validateRating(rating, prefix, v);
    return v.errors();
  }

  /** The rules for a "not fixed" verdict, with field names under {@code prefix}. */
  public static List<FieldError> validateVerdict(NotFixedVerdict verdict, String prefix) {
    FieldChecks v = new FieldChecks();
    validateVerdict(verdict, prefix, v);
    return v.errors();
  }

  /** The rules for consent given with contact details, with field names under {@code prefix}. */
  public static List<FieldError> validateConsent(Consent consent, String prefix) {
    FieldChecks v = new FieldChecks();
    validateConsent(consent, prefix, v);
    return v.errors();
  }

  /** The rules for the citizen's own contact details, with field names under {@code prefix}. */
  public static List<FieldError> validateContact(CitizenRef citizen, String prefix) {
    FieldChecks v = new FieldChecks();
    validateContact(citizen, prefix, v);
    return v.errors();
  }

  private static void validateReport(NewReport report, String prefix, FieldChecks v) {
    v.required(prefix + "kind", report.kind());
    v.text(prefix + "categoryCode", report.categoryCode(), 1, MAX_CATEGORY_CODE, false);
    v.text(prefix + "description", report.description(), MIN_DESCRIPTION, MAX_DESCRIPTION, true);
    Location location = report.location();
    if (location == null || location.isEmpty()) {
      v.add(prefix + "location", "LOCATION_REQUIRED",
          "Cần cho biết xã/phường, tọa độ hoặc địa chỉ", "Give a commune, coordinates or an address");
    } else {
      validateLocation(location, prefix + "location.", v);
    }
    attachments(v, prefix + "attachments", report.attachments());
    validateConsent(report.consent(), prefix, v);
    v.optionalText(prefix + "answeredOnTheSpot", report.answeredOnTheSpot(), MAX_MESSAGE, true);
  }

  private static void validateConsent(Consent consent, String prefix, FieldChecks v) {
    if (consent == null || !consent.given()) {
      v.add(prefix + "consent.given", "CONSENT_REQUIRED",
          "Cần có sự đồng ý cho phép xử lý dữ liệu cá nhân", "Consent to personal data processing is required");
    }
    if (consent != null) {
      v.text(prefix + "consent.textVersion", consent.textVersion(), 1, MAX_CONSENT_VERSION, false);
      time(v, prefix + "consent.givenAt", consent.givenAt(), false);
    }
  }

  private static void validateRating(Rating rating, String prefix, FieldChecks v) {
    if (rating.score() < 1 || rating.score() > 5) {
      v.add(prefix + "score", "OUT_OF_RANGE", "Điểm đánh giá từ 1 đến 5", "The rating is from 1 to 5");
    }
    v.optionalText(prefix + "comment", rating.comment(), MAX_RATING_COMMENT, true);
  }

  private static void validateVerdict(NotFixedVerdict verdict, String prefix, FieldChecks v) {
    v.optionalText(prefix + "comment", verdict.comment(), MAX_MESSAGE, true);
  }

  private static void validateLocation(Location location, String prefix, FieldChecks v) {
    v.optionalText(prefix + "communeCode", location.communeCode(), MAX_COMMUNE_CODE, false);
    Double lat = location.latitude();
    Double lon = location.longitude();
    if ((lat == null) != (lon == null)) {
      v.add(prefix + "latitude", "INCOMPLETE_POINT",
          "Cần cả vĩ độ và kinh độ", "Both latitude and longitude are needed");
    } else if (location.hasPoint() && (!Double.isFinite(lat) || !Double.isFinite(lon))) {
      v.add(prefix + "latitude", "NOT_A_NUMBER",
          "Vĩ độ và kinh độ phải là số", "Latitude and longitude must be finite numbers");
    } else if (location.hasPoint() && (lat < MIN_LATITUDE || lat > MAX_LATITUDE
        || lon < MIN_LONGITUDE || lon > MAX_LONGITUDE)) {
      v.add(prefix + "latitude", "OUTSIDE_VIETNAM",
          "Tọa độ nằm ngoài lãnh thổ Việt Nam", "The coordinates are outside Vietnam");
    }
    v.optionalText(prefix + "address", location.address(), MAX_ADDRESS, false);
  }

  private static void validateContact(CitizenRef citizen, String prefix, FieldChecks v) {
    v.optionalText(prefix + "name", citizen.name(), MAX_NAME, false);
    String phone = citizen.phone();
    if (!isBlank(phone) && (phone.length() > MAX_PHONE || PhoneNumber.normalize(phone).isEmpty())) {
      v.add(prefix + "phone", "INVALID_PHONE",
          "Số điện thoại không hợp lệ", "Invalid phone number");
    }
    String email = citizen.email();
    if (!isBlank(email) && (email.strip().length() > MAX_EMAIL
        || !EMAIL.matcher(email.strip()).matches())) {
      v.add(prefix + "email", "INVALID_EMAIL",
          "Địa chỉ email không hợp lệ (tối đa " + MAX_EMAIL + " ký tự)",
          "Invalid email address (at most " + MAX_EMAIL + " characters)");
    } else {
      v.optionalText(prefix + "email", email, MAX_EMAIL, false);
    }
  }

  private static void identity(FieldChecks v, String identity) {
    if (identity.length() > MAX_IDENTITY || !IDENTITY.matcher(identity).matches()) {
      v.add("citizen.identity", "INVALID_IDENTITY", "Định danh công dân không hợp lệ",
          "Invalid citizen identity (channel:id, at most " + MAX_IDENTITY + " characters)");
    } else {
      v.optionalText("citizen.identity", identity, MAX_IDENTITY, false);
    }
  }

  private static void attachments(FieldChecks v, String field, List<Attachment> attachments) {
    if (attachments.size() > MAX_ATTACHMENTS) {
      v.add(field, "TOO_MANY", "Quá nhiều tệp đính kèm (tối đa " + MAX_ATTACHMENTS + ")",
          "Too many attachments (at most " + MAX_ATTACHMENTS + ")");
      return;
    }
    for (int i = 0; i < attachments.size(); i++) {
      Attachment a = attachments.get(i);
      String at = field + "[" + i + "].";
      boolean badUrl = a == null || isBlank(a.url()) || a.url().length() > MAX_ATTACHMENT_URL
          || !URL.matcher(a.url()).matches();
      if (badUrl) {
        v.add(at + "url", "INVALID_URL", "Đường dẫn tệp không hợp lệ (tối đa "
            + MAX_ATTACHMENT_URL + " ký tự)", "Invalid file address (at most "
            + MAX_ATTACHMENT_URL + " characters)");
      }
      if (a != null && a.mediaType() != null && (a.mediaType().length() > MAX_MEDIA_TYPE
          || !MEDIA_TYPE.matcher(a.mediaType()).matches())) {
        v.add(at + "mediaType", "INVALID_MEDIA_TYPE", "Loại tệp không hợp lệ",
            "Invalid media type");
      }
      if (!badUrl && a.storeKey().isPresent()) {
        storedFile(v, at, a);
      }
    }
  }

  /** A file in the attachment store: a key that is a safe path, its type and a real size. */
  private static void storedFile(FieldChecks v, String at, Attachment a) {
    if (!isStoreKey(a.storeKey().get())) {
      v.add(at + "url", "INVALID_STORE_KEY", "Khóa tệp lưu trữ không hợp lệ (tối đa "
          + MAX_STORE_KEY + " ký tự)", "Invalid attachment store key (at most "
          + MAX_STORE_KEY + " characters)");
    }
    if (a.mediaType() == null) {
      v.required(at + "mediaType", null);
    }
    if (a.bytes() != null && a.bytes() < 0) {
      v.add(at + "bytes", "OUT_OF_RANGE", "Kích thước tệp không hợp lệ", "Invalid file size");
    }
  }

  /**
   * True for a key the attachment store accepts: at most {@link #MAX_STORE_KEY} characters,
   * slash-separated segments of letters, digits, '.', '_' and '-', none empty or starting with a
   * dot (so never "..", never absolute).
   */
  public static boolean isStoreKey(String key) {
    return key != null && !key.isEmpty() && key.length() <= MAX_STORE_KEY
        && STORE_KEY.matcher(key).matches();
  }

  private static void time(FieldChecks v, String field, Instant at, boolean required) {
    if (at == null) {
      if (required) {
        v.required(field, null);
      }
    } else if (at.isBefore(EARLIEST) || !at.isBefore(LATEST)) {
      v.add(field, "OUT_OF_RANGE", "Thời điểm nằm ngoài khoảng cho phép (2020 đến 2099)",
          "The time is outside the allowed range (2020 to 2099)");
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
