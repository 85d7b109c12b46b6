package vn.citizenhub.core.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import java.util.Set;
import vn.citizenhub.channel.search.PublicSearch;
import vn.citizenhub.channel.search.SearchQuery;
import vn.citizenhub.channel.search.SearchResults;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.intake.FieldChecks;
import vn.citizenhub.core.publicapi.PublicRefusal;
import vn.citizenhub.core.reference.ReferenceData;
import vn.citizenhub.core.reference.ReferenceSnapshot;

/**
 * {@code GET /api/public/search?q=&type=&category=&commune=&agency=&page=}: the portal's and the
 * hotline's one search box. Anonymous and rate-limited with the rest of {@code /api/public/**}.
 * Every filter must be a known code and the words plain text of at most
 * {@link PublicSearch#MAX_QUERY} characters, or the answer is a bilingual 400.
 */
@Controller("/api/public/search")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Public API")
class PublicSearchController {

  private static final Set<String> TYPES = Set.of("ARTICLE", "ANSWER", "TICKET");

  private final LocalPublicSearch search;
  private final ReferenceData referenceData;

  PublicSearchController(LocalPublicSearch search, ReferenceData referenceData) {
    this.search = search;
    this.referenceData = referenceData;
  }

  @Get(produces = MediaType.APPLICATION_JSON)
  HttpResponse<String> search(@Nullable @QueryValue("q") String q,
      @Nullable @QueryValue("type") String type,
      @Nullable @QueryValue("category") String category,
      @Nullable @QueryValue("commune") String commune,
      @Nullable @QueryValue("agency") String agency,
      @Nullable @QueryValue("page") String page) {
    ReferenceSnapshot ref = referenceData.current();
    FieldChecks v = new FieldChecks();
    v.optionalText("q", q, PublicSearch.MAX_QUERY, false);
    String typeCode = blankToNull(type);
    if (typeCode != null && !TYPES.contains(typeCode)) {
      v.add("type", "UNKNOWN_TYPE", "Loại kết quả phải là ARTICLE, ANSWER hoặc TICKET",
          "type must be ARTICLE, ANSWER or TICKET");
    }
    String categoryCode = known(v, "category", category, ref.categories().keySet(),
        "Lĩnh vực không có trong danh mục", "Unknown category");
    String communeCode = known(v, "commune", commune, ref.communes().keySet(),
        "Xã, phường không có trong danh mục", "Unknown commune");
    String agencyCode = known(v, "agency", agency, ref.agencies().keySet(),
        "Cơ quan không có trong danh mục", "Unknown agency");
    int pageNumber = pageNumber(v, page);
    if (!v.isEmpty()) {
      throw PublicRefusal.invalid(v.errors());
    }
    Optional<SearchResults> found = search.search(new SearchQuery(q == null ? "" : q.strip(),
        typeCode, categoryCode, communeCode, agencyCode, pageNumber));
    if (found.isEmpty()) {
      throw new PublicRefusal(HttpStatus.SERVICE_UNAVAILABLE, "SEARCH_UNAVAILABLE",
          "Tạm thời chưa tìm kiếm được, vui lòng thử lại sau.",
          "Search is unavailable right now; please try again later.");
    }
    return HttpResponse.ok(ContractJson.writeString(found.get()))
        .header("Cache-Control", "no-store");
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String known(FieldChecks v, String field, String value, Set<String> codes,
      String vi, String en) {
    String code = blankToNull(value);
    if (code != null && !codes.contains(code)) {
      v.add(field, "UNKNOWN_CODE", vi, en);
      return null;
    }
    return code;
  }

  private static int pageNumber(FieldChecks v, String page) {
    if (page == null || page.isBlank()) {
      return 1;
    }
    try {
      int n = Integer.parseInt(page.strip());
      if (n >= 1 && n <= PublicSearch.MAX_PAGE) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    v.add("page", "OUT_OF_RANGE", "Trang phải là số từ 1 đến " + PublicSearch.MAX_PAGE,
        "page must be a number from 1 to " + PublicSearch.MAX_PAGE);
    return 1;
  }
}
