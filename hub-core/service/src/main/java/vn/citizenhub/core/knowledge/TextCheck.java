package vn.citizenhub.core.knowledge;

import java.util.List;
import vn.citizenhub.contract.FieldError;
import vn.citizenhub.contract.text.TextRules;

/**
 * Checks one text field of a knowledge request, adding a bilingual reason to {@code errors} when
 * it is missing, too long for its column, or holds a character that may not be stored.
 */
final class TextCheck {

  private TextCheck() {}

  /** The trimmed text, null when blank; a reason in {@code errors} when it is not acceptable. */
  static String text(String value, String field, int max, boolean required, boolean multiline,
      List<FieldError> errors) {
    String trimmed = value == null ? "" : value.trim();
    if (trimmed.isEmpty()) {
      if (required) {
        errors.add(new FieldError(field, "REQUIRED", "Trường này là bắt buộc.",
            "This field is required."));
      }
      return null;
    }
    if (trimmed.length() > max) {
      errors.add(new FieldError(field, "TOO_LONG", "Tối đa " + max + " ký tự.",
          "At most " + max + " characters."));
      return null;
    }
    if (TextRules.problem(trimmed, multiline).isPresent()) {
      errors.add(new FieldError(field, "INVALID_CHARACTER",
          "Có ký tự không được phép (ký tự điều khiển hoặc ký tự Unicode không hợp lệ).",
          "Has a character that is not allowed (a control character or an invalid Unicode"
              + " character)."));
      return null;
    }
    return trimmed;
  }
}
