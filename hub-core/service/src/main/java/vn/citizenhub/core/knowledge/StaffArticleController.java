package vn.citizenhub.core.knowledge;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.citizenhub.core.reference.ReferenceData;
import vn.citizenhub.core.sla.Deadlines;
import vn.citizenhub.core.staff.StaffPrincipal;
import vn.citizenhub.core.staffapi.JsonBody;
import vn.citizenhub.core.staffapi.StaffApiException;

/**
 * The knowledge store's articles as leads and administrators keep them: every article with its
 * review date (overdue ones flagged), create, update, unpublish. A lead edits its own agency's
 * articles; coordinators and administrators edit all, including province-wide ones.
 */
@Controller("/api/staff/knowledge/articles")
@Secured({"AGENCY_LEAD", "COORDINATOR", "ADMINISTRATOR"})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Knowledge")
class StaffArticleController {

  private final KnowledgeArticles articles;
  private final ReferenceData referenceData;
  private final Clock clock;

  StaffArticleController(KnowledgeArticles articles, ReferenceData referenceData, Clock clock) {
    this.articles = articles;
    this.referenceData = referenceData;
    this.clock = clock;
  }

  @Operation(summary = "Every article (published or not), newest first, overdue reviews flagged")
  @Get
  List<StaffArticleView> list(Authentication authentication) throws SQLException {
    StaffPrincipal staff = StaffPrincipal.of(authentication);
    LocalDate today = today();
    return articles.list(false, null, null).stream()
        .map(row -> StaffArticleView.of(row, today, mayEdit(staff, row)))
        .toList();
  }

  @Operation(summary = "Create an article",
      description = "Body: {kind FAQ|GUIDE, categoryCode?, agencyCode?, titleVi, titleEn?, bodyVi,"
          + " bodyEn?, keywords?, sourceVi?, published?, reviewBy yyyy-mm-dd}")
  @Post(consumes = MediaType.APPLICATION_JSON)
  StaffArticleView create(@Body String body, Authentication authentication) throws SQLException {
    StaffPrincipal staff = StaffPrincipal.of(authentication);
    Article article = ArticleRules.checked(JsonBody.read(body, ArticleInput.class), staff,
        referenceData.current(), today());
    long id = articles.insert(article, clock.instant(), staff.username());
    return view(id, staff);
  }

  @Operation(summary = "Replace an article's fields")
  @Put(value = "/{id}", consumes = MediaType.APPLICATION_JSON)
  StaffArticleView update(@PathVariable long id, @Body String body,
      Authentication authentication) throws SQLException {
    StaffPrincipal staff = StaffPrincipal.of(authentication);
    editable(id, staff);
    Article article = ArticleRules.checked(JsonBody.read(body, ArticleInput.class), staff,
        referenceData.current(), today());
    articles.update(id, article, clock.instant(), staff.username());
    return view(id, staff);
  }

  @Operation(summary = "Take an article off the portal and out of search (kept for editing)")
  @Post("/{id}/unpublish")
  StaffArticleView unpublish(@PathVariable long id, Authentication authentication)
      throws SQLException {
    StaffPrincipal staff = StaffPrincipal.of(authentication);
    editable(id, staff);
    articles.unpublish(id, clock.instant(), staff.username());
    return view(id, staff);
  }

  private void editable(long id, StaffPrincipal staff) throws SQLException {
    ArticleRow row = articles.find(id).orElseThrow(StaffArticleController::notFound);
    if (!mayEdit(staff, row)) {
      throw StaffApiException.forbidden();
    }
  }

  private StaffArticleView view(long id, StaffPrincipal staff) throws SQLException {
    ArticleRow row = articles.find(id).orElseThrow(StaffArticleController::notFound);
    return StaffArticleView.of(row, today(), mayEdit(staff, row));
  }

  private static boolean mayEdit(StaffPrincipal staff, ArticleRow row) {
    return !staff.role().boundToAgency()
        || (staff.agencyCode() != null && staff.agencyCode().equals(row.article().agencyCode()));
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(Deadlines.PROVINCE_ZONE));
  }

  static StaffApiException notFound() {
    return new StaffApiException(HttpStatus.NOT_FOUND, "ARTICLE_NOT_FOUND",
        "Không tìm thấy bài viết.", "No such article.");
  }
}
