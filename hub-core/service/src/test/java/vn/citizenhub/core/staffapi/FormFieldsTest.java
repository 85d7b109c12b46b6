package vn.citizenhub.core.staffapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.citizenhub.contract.FieldError;
import vn.citizenhub.core.staffapi.FormFields.Field;

class FormFieldsTest {

  private static final Field TITLE = new Field("titleVi", "Tiêu đề", "The title");
  private static final Field BODY = new Field("bodyVi", "Nội dung", "The text");

  @Test
  void keepsTheTextStrippedAndAFieldAtItsLimit() {
    FormFields form = new FormFields();
    assertEquals("Đèn đường hỏng", form.text(TITLE, "  Đèn đường hỏng  ", 14, true, false));
    assertEquals("ồ".repeat(5), form.text(BODY, "ồ".repeat(5), 5, true, true));
    assertTrue(form.valid());
  }

  @Test
  void aMultiLineFieldKeepsItsLineBreaksAsNewlines() {
    FormFields form = new FormFields();
    assertEquals("Dòng một\nDòng hai\nDòng ba",
        form.text(BODY, "Dòng một\r\nDòng hai\rDòng ba", 100, true, true));
    assertTrue(form.valid());
  }

  @Test
  void everyReasonIsKeptAndNamesTheFieldInBothLanguages() {
    FormFields form = new FormFields();
    assertNull(form.text(TITLE, "ồ".repeat(6), 5, true, false));
    assertNull(form.text(BODY, "   ", 100, true, true));
    List<FieldError> errors = form.errors();
    assertFalse(form.valid());
    assertEquals(2, errors.size());
    assertEquals(new FieldError("titleVi", "TOO_LONG", "Tiêu đề tối đa 5 ký tự.",
        "The title may have at most 5 characters."), errors.get(0));
    assertEquals(new FieldError("bodyVi", "REQUIRED", "Nội dung là bắt buộc.",
        "The text is required."), errors.get(1));
  }

  @Test
  void aLineBreakInAOneLineFieldAndAControlCharacterAreRefusedWithOneReasonEach() {
    FormFields form = new FormFields();
    assertNull(form.text(TITLE, "sáng\nchiều", 100, true, false));
    assertNull(form.text(BODY, "nội dung\u0000", 100, true, true));
    assertNull(form.text(new Field("titleEn", "Tiêu đề tiếng Anh", "The English title"),
        "Rules \ud800", 100, false, false));
    assertEquals(List.of("INVALID_CHARACTER", "INVALID_CHARACTER", "INVALID_CHARACTER"),
        form.errors().stream().map(FieldError::code).toList());
    assertTrue(form.hasError("titleVi"));
  }

  @Test
  void anOptionalBlankFieldIsNullWithoutAReason() {
    FormFields form = new FormFields();
    assertNull(form.text(TITLE, null, 10, false, false));
    assertNull(form.text(TITLE, " ", 10, false, false));
    assertTrue(form.valid());
  }
}
