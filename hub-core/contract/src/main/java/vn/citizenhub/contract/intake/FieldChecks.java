package vn.citizenhub.contract.intake;

import java.util.ArrayList;
import java.util.List;
import vn.citizenhub.contract.FieldError;
import vn.citizenhub.contract.text.TextRules;

/**
 * Collects field errors with their messages, Vietnamese first. The checks every text field
 * passes: present when required, within its maximum (a column's size), no control characters
 * (but line breaks and tabs in long texts), no unpaired surrogates.
 */
public final class FieldChecks {

  private final List<FieldError> errors = new ArrayList<>();

  public void add(String field, String code, String vi, String en) {
    errors.add(new FieldError(field, code, vi, en));
  }

  public void required(String field, Object value) {
    if (value == null) {
      add(field, "REQUIRED", "Trường này là bắt buộc", "This field is required");
    }
  }

  /** A required text of {@code min} to {@code max} characters (after trimming, for the minimum). */
  public void text(String field, String value, int min, int max, boolean multiline) {
    if (value == null || value.isBlank()) {
      required(field, null);
    } else if (value.strip().length() < min) {
      add(field, "TOO_SHORT", "Quá ngắn (ít nhất " + min + " ký tự)",
          "Too short (at least " + min + " characters)");
    } else {
      optionalText(field, value, max, multiline);
    }
  }

  /** A text that may be absent; when present, at most {@code max} characters of storable text. */
  public void optionalText(String field, String value, int max, boolean multiline) {
    if (value == null) {
      return;
    }
    if (value.length() > max) {
      add(field, "TOO_LONG", "Quá dài (tối đa " + max + " ký tự)",
          "Too long (at most " + max + " characters)");
      return;
    }
    TextRules.problem(value, multiline).ifPresent(problem -> {
      switch (problem) {
        case CONTROL_CHARACTER -> add(field, "CONTROL_CHARACTER",
            "Có ký tự điều khiển không được phép",
            "Contains a control character that is not allowed");
        case UNPAIRED_SURROGATE -> add(field, "INVALID_CHARACTER",
            "Có ký tự Unicode không hợp lệ",
            "Contains an invalid Unicode character (an unpaired surrogate)");
      }
    });
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  public List<FieldError> errors() {
    return List.copyOf(errors);
  }
}
