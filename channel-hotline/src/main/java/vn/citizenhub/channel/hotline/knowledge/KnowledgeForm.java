package vn.citizenhub.channel.hotline.knowledge;

import java.util.ArrayList;
import java.util.List;
import vn.citizenhub.channel.hotline.HotlineRefusal;
import vn.citizenhub.contract.FieldError;

/** An answer or FAQ as a coordinator writes it. */
record KnowledgeForm(String kind, String title, String answer, String categoryCode,
    String keywords, String source) {

  static Article valid(KnowledgeForm f, int id) {
    List<FieldError> errors = new ArrayList<>();
    text(errors, "title", f.title(), 3, 200);
    text(errors, "answer", f.answer(), 10, 2000);
    optional(errors, "keywords", f.keywords(), 300);
    optional(errors, "source", f.source(), 200);
    optional(errors, "categoryCode", f.categoryCode(), 40);
    String kind = f.kind() == null || f.kind().isBlank() ? "FAQ" : f.kind().strip();
    if (!kind.equals("FAQ") && !kind.equals("ANSWER")) {
      errors.add(new FieldError("kind", "INVALID_KIND", "Loại là FAQ hoặc ANSWER",
          "The kind is FAQ or ANSWER"));
    }
    if (!errors.isEmpty()) {
      throw HotlineRefusal.invalid(errors);
    }
    return new Article(id, kind, f.title().strip(), f.answer().strip(), blank(f.categoryCode()),
        blank(f.keywords()), blank(f.source()));
  }

  private static void text(List<FieldError> errors, String field, String value, int min,
      int max) {
    if (value == null || value.strip().length() < min) {
      errors.add(new FieldError(field, "TOO_SHORT", "Cần ít nhất " + min + " ký tự",
          "At least " + min + " characters"));
    } else {
      optional(errors, field, value, max);
    }
  }

  private static void optional(List<FieldError> errors, String field, String value, int max) {
    if (value != null && value.strip().length() > max) {
      errors.add(new FieldError(field, "TOO_LONG", "Tối đa " + max + " ký tự",
          "At most " + max + " characters"));
    }
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
