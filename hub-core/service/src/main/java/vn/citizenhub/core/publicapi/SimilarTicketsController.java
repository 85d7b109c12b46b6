package vn.citizenhub.core.publicapi;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import vn.citizenhub.contract.FieldError;
import vn.citizenhub.contract.intake.FieldChecks;
import vn.citizenhub.contract.intake.IntakeValidator;
import vn.citizenhub.core.reference.ReferenceData;
import vn.citizenhub.core.reference.ReferenceSnapshot;

/**
 * {@code GET /api/public/similar}: before a citizen sends a report, the open tickets of the same
 * category and commune that share words with what they typed, so that they may follow one
 * instead of reporting the same matter again. Rate-limited with the rest of the public API.
 */
@Controller("/api/public/similar")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Citizen portal")
class SimilarTicketsController {

  /** A query string is a URL: the portal sends the first few hundred characters it has. */
  static final int MAX_TEXT = 500;

  private final SimilarTicketsQuery query;
  private final ReferenceData referenceData;

  SimilarTicketsController(SimilarTicketsQuery query, ReferenceData referenceData) {
    this.query = query;
    this.referenceData = referenceData;
  }

  @Get(produces = MediaType.APPLICATION_JSON)
  HttpResponse<SimilarTickets> similar(@Nullable @QueryValue("categoryCode") String categoryCode,
      @Nullable @QueryValue("communeCode") String communeCode,
      @Nullable @QueryValue("text") String text) throws SQLException {
    FieldChecks v = new FieldChecks();
    v.text("categoryCode", categoryCode, 1, IntakeValidator.MAX_CATEGORY_CODE, false);
    v.text("communeCode", communeCode, 1, IntakeValidator.MAX_COMMUNE_CODE, false);
    v.text("text", text, 1, MAX_TEXT, true);
    List<FieldError> errors = new ArrayList<>(v.errors());
    ReferenceSnapshot ref = referenceData.current();
    if (errors.stream().noneMatch(e -> e.field().equals("categoryCode"))
        && ref.category(categoryCode).isEmpty()) {
      errors.add(new FieldError("categoryCode", "UNKNOWN_CATEGORY",
          "Lĩnh vực không có trong danh mục của tỉnh", "Unknown category"));
    }
    if (errors.stream().noneMatch(e -> e.field().equals("communeCode"))
        && ref.commune(communeCode).isEmpty()) {
      errors.add(new FieldError("communeCode", "UNKNOWN_COMMUNE",
          "Xã/phường không có trong danh mục của tỉnh", "Unknown commune"));
    }
    if (!errors.isEmpty()) {
      throw PublicRefusal.invalid(errors);
    }
    return HttpResponse.ok(query.find(ref, categoryCode, communeCode, QueryWords.of(text)))
        .header("Cache-Control", "no-store");
  }
}
