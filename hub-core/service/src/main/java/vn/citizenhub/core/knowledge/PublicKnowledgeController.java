package vn.citizenhub.core.knowledge;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;
import vn.citizenhub.contract.FieldError;
import vn.citizenhub.core.knowledge.PublicKnowledgeView.AnswerPage;
import vn.citizenhub.core.knowledge.PublicKnowledgeView.AnswerView;
import vn.citizenhub.core.knowledge.PublicKnowledgeView.ArticleList;
import vn.citizenhub.core.knowledge.PublicKnowledgeView.ArticleView;
import vn.citizenhub.core.publicapi.PublicRefusal;

/**
 * The knowledge store as anyone reads it: published articles, and published questions and
 * answers of resolved tickets. Unknown and unpublished read alike: a bilingual 404.
 */
@Controller("/api/public")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Knowledge")
class PublicKnowledgeController {

  /** Category and agency codes: capitals, digits, dash and underscore (SXD, UBND-27712). */
  private static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{1," + KnowledgeLimits.MAX_CODE
      + "}");
  private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");
  /** Deeper pages than this are not browsing; search finds older answers. */
  static final int MAX_PAGE = 500;

  private final PublicKnowledgeQuery query;

  PublicKnowledgeController(PublicKnowledgeQuery query) {
    this.query = query;
  }

  @Operation(summary = "Published articles, of a category and/or an agency")
  @Get(uri = "/articles", produces = MediaType.APPLICATION_JSON)
  ArticleList articles(@Nullable @QueryValue String category, @Nullable @QueryValue String agency)
      throws SQLException {
    return new ArticleList(query.articles(code(category, "category"), code(agency, "agency")));
  }

  @Operation(summary = "One published article")
  @Get(uri = "/articles/{id}", produces = MediaType.APPLICATION_JSON)
  ArticleView article(@PathVariable String id) throws SQLException {
    return query.article(id(id)).orElseThrow(() -> new PublicRefusal(HttpStatus.NOT_FOUND,
        "ARTICLE_NOT_FOUND", "Không tìm thấy bài viết, hoặc bài đã được gỡ.",
        "No such article, or it has been taken down."));
  }

  @Operation(summary = "Recent published questions and answers, 20 a page, newest first")
  @Get(uri = "/answers", produces = MediaType.APPLICATION_JSON)
  AnswerPage answers(@Nullable @QueryValue String page) throws SQLException {
    return query.answers(page(page));
  }

  @Operation(summary = "One published question and answer, with the ticket's tracking link")
  @Get(uri = "/answers/{id}", produces = MediaType.APPLICATION_JSON)
  AnswerView answer(@PathVariable String id) throws SQLException {
    return query.answer(id(id)).orElseThrow(() -> new PublicRefusal(HttpStatus.NOT_FOUND,
        "ANSWER_NOT_FOUND", "Không tìm thấy hỏi đáp này, hoặc hỏi đáp chưa được công khai.",
        "No such question and answer, or it is not public."));
  }

  private static String code(String value, String field) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    if (!CODE.matcher(value).matches()) {
      throw PublicRefusal.invalid(List.of(new FieldError(field, "INVALID_CODE",
          "Mã không hợp lệ: chữ in hoa, chữ số, dấu gạch, tối đa " + KnowledgeLimits.MAX_CODE
              + " ký tự.",
          "Not a valid code: capitals, digits and dashes, at most " + KnowledgeLimits.MAX_CODE
              + " characters.")));
    }
    return value;
  }

  private static long id(String value) {
    if (value == null || !ID.matcher(value).matches()) {
      throw PublicRefusal.invalid(List.of(new FieldError("id", "INVALID_ID",
          "Mã số không hợp lệ: một số nguyên dương.", "Not a valid id: a positive number.")));
    }
    return Long.parseLong(value);
  }

  private static int page(String value) {
    if (value == null || value.isEmpty()) {
      return 1;
    }
    if (!value.matches("[1-9][0-9]{0,3}") || Integer.parseInt(value) > MAX_PAGE) {
      throw PublicRefusal.invalid(List.of(new FieldError("page", "INVALID_PAGE",
          "Số trang không hợp lệ: từ 1 đến " + MAX_PAGE + ".",
          "Not a valid page: from 1 to " + MAX_PAGE + ".")));
    }
    return Integer.parseInt(value);
  }
}
