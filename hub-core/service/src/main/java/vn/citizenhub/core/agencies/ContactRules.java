package vn.citizenhub.core.agencies;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.citizenhub.contract.FieldError;
import vn.citizenhub.core.staffapi.FormFields;
import vn.citizenhub.core.staffapi.FormFields.Field;

/**
 * Checks an administrator's edit of an agency's published contact, every field at once, so the
 * form shows all that is wrong in one answer: lengths as the columns hold them
 * ({@link ContactLimits}) and no control character (the rules may have line breaks), through
 * {@link FormFields}; then a phone number a citizen can dial, an e-mail address a citizen can
 * write to, an https address for the rules document. Plain Java: what citizens will read is
 * decided here, tested without a server.
 */
final class ContactRules {

  /** Digits with the usual separators, an optional leading +: 1022, 0276 3822 123, +84 276… */
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9(][0-9 ().-]*");
  private static final int MIN_DIGITS = 3;
  private static final int MAX_DIGITS = 15;
  private static final Pattern EMAIL = Pattern.compile(
      "[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
          + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}");

  private final FormFields form = new FormFields();

  private ContactRules() {}

  /** The contact to store, or the reasons it cannot be (never empty when returned). */
  static Result check(ContactInput in) {
    ContactRules rules = new ContactRules();
    FormFields form = rules.form;
    Contact contact = new Contact(
        form.text(new Field("focalPoint", "Đơn vị đầu mối", "The focal point"), in.focalPoint(),
            ContactLimits.MAX_FOCAL_POINT, true, false),
        orEmpty(form.text(new Field("focalPointEn", "Đơn vị đầu mối (tiếng Anh)",
            "The focal point in English"), in.focalPointEn(), ContactLimits.MAX_FOCAL_POINT,
            false, false)),
        rules.phone(in.contactPhone()),
        rules.email(in.contactEmail()),
        form.text(new Field("address", "Địa chỉ", "The address"), in.address(),
            ContactLimits.MAX_ADDRESS, true, false),
        form.text(new Field("addressEn", "Địa chỉ (tiếng Anh)", "The address in English"),
            in.addressEn(), ContactLimits.MAX_ADDRESS, false, false),
        form.text(new Field("hours", "Thời gian làm việc", "The working hours"), in.hours(),
            ContactLimits.MAX_HOURS, true, false),
        form.text(new Field("hoursEn", "Thời gian làm việc (tiếng Anh)",
            "The working hours in English"), in.hoursEn(), ContactLimits.MAX_HOURS, false, false),
        form.text(new Field("rules", "Quy chế tiếp nhận, trả lời", "The rules"), in.rules(),
            ContactLimits.MAX_RULES, true, true),
        form.text(new Field("rulesEn", "Quy chế (tiếng Anh)", "The rules in English"),
            in.rulesEn(), ContactLimits.MAX_RULES, false, true),
        rules.url(in.infoRulesUrl()));
    return form.valid() ? new Result(contact, List.of()) : new Result(null, form.errors());
  }

  /** Either a contact to store or the fields' errors. */
  record Result(Contact contact, List<FieldError> errors) {}

  private String phone(String value) {
    String phone = form.text(new Field("contactPhone", "Số điện thoại", "The phone number"),
        value, ContactLimits.MAX_PHONE, true, false);
    if (phone == null) {
      return null;
    }
    long digits = phone.chars().filter(Character::isDigit).count();
    if (!PHONE.matcher(phone).matches() || digits < MIN_DIGITS || digits > MAX_DIGITS) {
      form.add(new FieldError("contactPhone", "INVALID_PHONE",
          "Số điện thoại không hợp lệ: chỉ gồm chữ số (3 đến 15 số), có thể có dấu +, khoảng"
              + " trắng, dấu chấm, gạch ngang hoặc ngoặc, ví dụ 1022 hoặc 0276 3822 123.",
          "The phone number is not valid: digits only (3 to 15), with an optional +, spaces,"
              + " dots, dashes or brackets, e.g. 1022 or 0276 3822 123."));
      return null;
    }
    return phone;
  }

  private String email(String value) {
    String email = form.text(new Field("contactEmail", "Địa chỉ e-mail", "The e-mail address"),
        value, ContactLimits.MAX_EMAIL, true, false);
    if (email != null && !EMAIL.matcher(email).matches()) {
      form.add(new FieldError("contactEmail", "INVALID_EMAIL",
          "Địa chỉ e-mail không hợp lệ, ví dụ vpubnd@tayninh.gov.vn.",
          "The e-mail address is not valid, e.g. vpubnd@tayninh.gov.vn."));
      return null;
    }
    return email;
  }

  private String url(String value) {
    String url = form.text(new Field("infoRulesUrl", "Địa chỉ văn bản quy chế",
        "The rules document's address"), value, ContactLimits.MAX_URL, false, false);
    if (url != null && !isHttps(url)) {
      form.add(new FieldError("infoRulesUrl", "INVALID_URL",
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

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
