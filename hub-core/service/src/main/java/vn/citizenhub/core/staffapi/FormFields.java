package vn.citizenhub.core.staffapi;

import java.util.ArrayList;
import java.util.List;
import vn.citizenhub.contract.FieldError;
import vn.citizenhub.contract.text.TextRules;

/**
 * Checks the text fields of a staff form one after another and keeps every reason, so a form can
 * show all that is wrong in one answer: a character that may not be stored (control characters,
 * unpaired surrogates; line breaks only where the field is multi-line), a length over the
 * field's column, a required field left blank. Each reason names the field in both languages
 * ("Tiêu đề tối đa 200 ký tự." / "The title may have at most 200 characters.").
 */
public final class FormFields {

  private final List<FieldError> errors = new ArrayList<>();

  /**
   * The text stripped (line breaks as {@code \n}), null when blank or refused; a blank required
   * field adds a REQUIRED reason unless the field already has one.
   */
  public String text(Field field, String value, int max, boolean required, boolean multiline) {
    String text = checked(field, value, max, multiline);
    if (text == null && required && !hasError(field.name())) {
      errors.add(new FieldError(field.name(), "REQUIRED", field.nameVi() + " là bắt buộc.",
          field.nameEn() + " is required."));
    }
    return text;
  }

  private String checked(Field field, String value, int max, boolean multiline) {
    if (value == null) {
      return null;
    }
    if (!TextRules.storable(value, multiline)) {
      errors.add(new FieldError(field.name(), "INVALID_CHARACTER", field.nameVi()
              + " có ký tự không được phép (ký tự điều khiển hoặc ký tự Unicode không hợp lệ).",
          field.nameEn() + " has a character that is not allowed (a control character or an"
              + " invalid Unicode character)."));
      return null;
    }
    String text = (multiline ? value.replace("\r\n", "\n").replace('\r', '\n') : value).strip();
    if (text.length() > max) {
      errors.add(new FieldError(field.name(), "TOO_LONG",
          field.nameVi() + " tối đa " + max + " ký tự.",
          field.nameEn() + " may have at most " + max + " characters."));
      return null;
    }
    return text.isEmpty() ? null : text;
  }

  /** A reason found by the form's own rules (a format, an unknown code). */
  public void add(FieldError error) {
    errors.add(error);
  }

  public boolean hasError(String field) {
    return errors.stream().anyMatch(e -> e.field().equals(field));
  }

  public boolean valid() {
    return errors.isEmpty();
  }

  public List<FieldError> errors() {
    return List.copyOf(errors);
  }

  /** A field as the JSON names it, and as a reason names it to the reader in each language. */
  public record Field(String name, String nameVi, String nameEn) {}
}
