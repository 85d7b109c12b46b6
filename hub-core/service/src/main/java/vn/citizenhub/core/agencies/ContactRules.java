package vn.citizenhub.core.agencies;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.citizenhub.contract.FieldError;
import vn.citizenhub.contract.text.TextRules;

/**
 * Checks an administrator's edit of an agency's published contact, every field at once, so the
 * form shows all that is wrong in one answer: lengths as the columns hold them
 * ({@link ContactLimits}), no control character (the rules may have line breaks), a phone number
 * a citizen can dial, an e-mail address a citizen can write to, an https address for the rules
 * document. Plain Java: what citizens will read is decided here, tested without a server.
 */
final class ContactRules {

  /** Digits with the usual separators, an optional leading +: 1022, 0276 3822 123, +84 276… */
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9(][0-9 ().-]*");
  private static final int MIN_DIGITS = 3;
  private static final int MAX_DIGITS = 15;
  private static final Pattern EMAIL = Pattern.compile(
      "[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
          + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}");

  private final List<FieldError> errors = new ArrayList<>();

  private ContactRules() {}

  /** The contact to store, or the reasons it cannot be (never empty when returned). */
  static Result check(ContactInput in) {
    ContactRules rules = new ContactRules();
    Contact contact = new Contact(
        rules.required("focalPoint", "Đơn vị đầu mối", "The focal point", in.focalPoint(),
            ContactLimits.MAX_FOCAL_POINT, false),
        orEmpty(rules.optional("focalPointEn", "Đơn vị đầu mối (tiếng Anh)",
            "The focal point in English", in.focalPointEn(), ContactLimits.MAX_FOCAL_POINT,
            false)),
        rules.phone(in.contactPhone()),
        rules.email(in.contactEmail()),
        rules.required("address", "Địa chỉ", "The address", in.address(),
            ContactLimits.MAX_ADDRESS, false),
        rules.optional("addressEn", "Địa chỉ (tiếng Anh)", "The address in English",
            in.addressEn(), ContactLimits.MAX_ADDRESS, false),
        rules.required("hours", "Thời gian làm việc", "The working hours", in.hours(),
            ContactLimits.MAX_HOURS, false),
        rules.optional("hoursEn", "Thời gian làm việc (tiếng Anh)", "The working hours in English",
            in.hoursEn(), ContactLimits.MAX_HOURS, false),
        rules.required("rules", "Quy chế tiếp nhận, trả lời", "The rules", in.rules(),
            ContactLimits.MAX_RULES, true),
        rules.optional("rulesEn", "Quy chế (tiếng Anh)", "The rules in English", in.rulesEn(),
            ContactLimits.MAX_RULES, true),
        rules.url(in.infoRulesUrl()));
    return rules.errors.isEmpty() ? new Result(contact, List.of())
        : new Result(null, List.copyOf(rules.errors));
  }

  /** Either a contact to store or the fields' errors. */
  record Result(Contact contact, List<FieldError> errors) {}

  private String required(String field, String nameVi, String nameEn, String value, int max,
      boolean multiline) {
    String text = optional(field, nameVi, nameEn, value, max, multiline);
    if (text == null && !hasError(field)) {
      errors.add(new FieldError(field, "REQUIRED", nameVi + " là bắt buộc.",
          nameEn + " is required."));
    }
    return text;
  }

  /** The text trimmed (line breaks as \n), null when blank or refused. */
  private String optional(String field, String nameVi, String nameEn, String value, int max,
      boolean multiline) {
    if (value == null) {
      return null;
    }
    if (!TextRules.storable(value, multiline)) {
      errors.add(new FieldError(field, "INVALID_CHARACTER",
          nameVi + " có ký tự không được phép (ký tự điều khiển hoặc ký tự Unicode không hợp lệ).",
          nameEn + " has a character that is not allowed (a control character or an invalid"
              + " Unicode character)."));
      return null;
    }
    String text = (multiline ? value.replace("\r\n", "\n").replace('\r', '\n') : value).strip();
    if (text.length() > max) {
      errors.add(new FieldError(field, "TOO_LONG", nameVi + " tối đa " + max + " ký tự.",
          nameEn + " may have at most " + max + " characters."));
      return null;
    }
    return text.isEmpty() ? null : text;
  }

  private String phone(String value) {
    String phone = required("contactPhone", "Số điện thoại", "The phone number", value,
        ContactLimits.MAX_PHONE, false);
    if (phone == null) {
      return null;
    }
    long digits = phone.chars().filter(Character::isDigit).count();
    if (!PHONE.matcher(phone).matches() || digits < MIN_DIGITS || digits > MAX_DIGITS) {
      errors.add(new FieldError("contactPhone", "INVALID_PHONE",
          "Số điện thoại không hợp lệ: chỉ gồm chữ số (3 đến 15 số), có thể có dấu +, khoảng"
              + " trắng, dấu chấm, gạch ngang hoặc ngoặc, ví dụ 1022 hoặc 0276 3822 123.",
          "The phone number is not valid: digits only (3 to 15), with an optional +, spaces,"
              + " dots, dashes or brackets, e.g. 1022 or 0276 3822 123."));
      return null;
    }
    return phone;
  }

  private String email(String value) {
    String email = required("contactEmail", "Địa chỉ e-mail", "The e-mail address", value,
        ContactLimits.MAX_EMAIL, false);
    if (email != null && !EMAIL.matcher(email).matches()) {
      errors.add(new FieldError("contactEmail", "INVALID_EMAIL",
          "Địa chỉ e-mail không hợp lệ, ví dụ vpubnd@tayninh.gov.vn.",
          "The e-mail address is not valid, e.g. vpubnd@tayninh.gov.vn."));
      return null;
    }
    return email;
  }

  private String url(String value) {
    String url = optional("infoRulesUrl", "Địa chỉ văn bản quy chế", "The rules document's address",
        value, ContactLimits.MAX_URL, false);
    if (url != null && !isHttps(url)) {
      errors.add(new FieldError("infoRulesUrl", "INVALID_URL",
          "Địa chỉ văn bản quy chế phải là một địa chỉ https:// đầy đủ.",
          "The rules document's address must be a full https:// address."));
      return null;
    }
    return url;
  }

  /** An absolute https address with a host and no user name (no "https://x@evil.example"). */
  private static boolean isHttps(String url) {
    if (!url.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      return false;
    }
    try {
      URI uri = new URI(url);
      return uri.getScheme() != null && uri.getScheme().toLowerCase(Locale.ROOT).equals("https")
          && uri.getHost() != null && uri.getRawUserInfo() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private boolean hasError(String field) {
    return errors.stream().anyMatch(e -> e.field().equals(field));
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
