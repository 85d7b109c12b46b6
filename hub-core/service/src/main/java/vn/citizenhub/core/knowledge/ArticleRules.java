package vn.citizenhub.core.knowledge;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.citizenhub.contract.FieldError;
import vn.citizenhub.core.reference.ReferenceSnapshot;
import vn.citizenhub.core.staff.StaffPrincipal;
import vn.citizenhub.core.staffapi.FormFields;
import vn.citizenhub.core.staffapi.FormFields.Field;
import vn.citizenhub.core.staffapi.StaffApiException;

/**
 * What an article must be before it is stored, and who may write it: a lead writes only its own
 * agency's articles; coordinators and administrators write any, and the province-wide ones (no
 * agency). Every refusal is a bilingual 400 (or 403) that changes nothing.
 */
final class ArticleRules {

  /** Review dates further away than this are a typing slip (20270 for 2027), not a plan. */
  static final int MAX_REVIEW_YEARS = 5;

  private ArticleRules() {}

  static Article checked(ArticleInput in, StaffPrincipal staff, ReferenceSnapshot ref,
      LocalDate today) {
    FormFields form = new FormFields();
    String kind = in.kind() == null ? "FAQ" : in.kind().trim();
    if (!Article.KINDS.contains(kind)) {
      form.add(new FieldError("kind", "INVALID", "Loại bài phải là FAQ hoặc GUIDE.",
          "The kind must be FAQ or GUIDE."));
    }
    String category = form.text(new Field("categoryCode", "Mã lĩnh vực", "The category code"),
        in.categoryCode(), KnowledgeLimits.MAX_CODE, false, false);
    if (category != null && ref.category(category).isEmpty()) {
      form.add(new FieldError("categoryCode", "UNKNOWN", "Không có lĩnh vực này.",
          "No such category."));
    }
    String agency = form.text(new Field("agencyCode", "Mã cơ quan", "The agency code"),
        in.agencyCode(), KnowledgeLimits.MAX_CODE, false, false);
    if (agency != null && ref.agency(agency).isEmpty()) {
      form.add(new FieldError("agencyCode", "UNKNOWN", "Không có cơ quan này.",
          "No such agency."));
    }
    String titleVi = form.text(new Field("titleVi", "Tiêu đề", "The title"), in.titleVi(),
        KnowledgeLimits.MAX_TITLE, true, false);
    String titleEn = form.text(new Field("titleEn", "Tiêu đề tiếng Anh", "The English title"),
        in.titleEn(), KnowledgeLimits.MAX_TITLE, false, false);
    String bodyVi = form.text(new Field("bodyVi", "Nội dung", "The text"), in.bodyVi(),
        KnowledgeLimits.MAX_BODY, true, true);
    String bodyEn = form.text(new Field("bodyEn", "Nội dung tiếng Anh", "The English text"),
        in.bodyEn(), KnowledgeLimits.MAX_BODY, false, true);
    String keywords = form.text(new Field("keywords", "Từ khóa", "The keywords"),
        in.keywords(), KnowledgeLimits.MAX_KEYWORDS, false, false);
    String source = form.text(new Field("sourceVi", "Nguồn", "The source"), in.sourceVi(),
        KnowledgeLimits.MAX_SOURCE, false, false);
    LocalDate reviewBy = reviewDate(in.reviewBy(), today, form);
    if (!form.valid()) {
      throw StaffApiException.invalid(form.errors());
    }
    if (staff.role().boundToAgency() && (agency == null || !agency.equals(staff.agencyCode()))) {
      throw StaffApiException.forbidden();
    }
    return new Article(kind, category, agency, titleVi, titleEn, bodyVi, bodyEn, keywords,
        source, in.published() == null || in.published(), reviewBy);
  }

  private static LocalDate reviewDate(String value, LocalDate today, FormFields form) {
    if (value == null || value.isBlank()) {
      form.add(new FieldError("reviewBy", "REQUIRED",
          "Vui lòng chọn ngày cần rà soát lại bài (năm-tháng-ngày).",
          "Choose the date by which the article must be reviewed (year-month-day)."));
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(value.trim());
      if (date.isAfter(today.plusYears(MAX_REVIEW_YEARS))) {
        form.add(new FieldError("reviewBy", "TOO_FAR",
            "Ngày rà soát tối đa " + MAX_REVIEW_YEARS + " năm kể từ hôm nay.",
            "The review date may be at most " + MAX_REVIEW_YEARS + " years from today."));
        return null;
      }
      return date;
    } catch (DateTimeParseException e) {
      form.add(new FieldError("reviewBy", "INVALID_DATE",
          "Ngày rà soát không hợp lệ; dùng dạng năm-tháng-ngày, ví dụ 2027-06-30.",
          "The review date is not valid; use year-month-day, e.g. 2027-06-30."));
      return null;
    }
  }
}
