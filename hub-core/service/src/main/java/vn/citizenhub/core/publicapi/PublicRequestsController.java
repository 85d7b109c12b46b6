package vn.citizenhub.core.publicapi;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.citizenhub.channel.requests.PublicRequest;
import vn.citizenhub.channel.requests.PublicRequests;
import vn.citizenhub.channel.requests.RequestQuery;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.FieldChecks;
import vn.citizenhub.contract.intake.IntakeValidator;

/**
 * {@code GET /api/public/requests}: the province's tickets in their public form, newest first, a
 * page at a time: by tracking codes ({@code codes}, comma-separated), or by categories
 * ({@code categories}), time received ({@code from}, {@code to}, ISO instants) and state
 * ({@code open=true|false}). What a channel on its own (Open311) lists; rate-limited with the
 * rest of the public API.
 */
@Controller("/api/public/requests")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Public API")
class PublicRequestsController {

  private final PublicRequests requests;

  PublicRequestsController(LocalPublicRequests requests) {
    this.requests = requests;
  }

  @Get(produces = MediaType.APPLICATION_JSON)
  HttpResponse<String> list(@Nullable @QueryValue("codes") String codes,
      @Nullable @QueryValue("categories") String categories,
      @Nullable @QueryValue("from") String from, @Nullable @QueryValue("to") String to,
      @Nullable @QueryValue("open") String open, @Nullable @QueryValue("page") String page,
      @Nullable @QueryValue("pageSize") String pageSize) {
    FieldChecks v = new FieldChecks();
    List<String> codeList = split(codes);
    if (codeList.size() > PublicRequests.MAX_CODES
        || codeList.stream().anyMatch(c -> TrackingCode.parse(c).isEmpty())) {
      v.add("codes", "INVALID_TRACKING_CODE", "Danh sách mã tra cứu không hợp lệ (tối đa "
          + PublicRequests.MAX_CODES + " mã)", "Invalid tracking codes (at most "
          + PublicRequests.MAX_CODES + ")");
    }
    List<String> categoryList = split(categories);
    if (categoryList.size() > PublicRequests.MAX_CATEGORIES || categoryList.stream()
        .anyMatch(c -> c.length() > IntakeValidator.MAX_CATEGORY_CODE)) {
      v.add("categories", "INVALID_CATEGORY", "Danh sách lĩnh vực không hợp lệ",
          "Invalid categories");
    }
    Instant fromAt = instant(v, "from", from);
    Instant toAt = instant(v, "to", to);
    Boolean openOnly = open == null || open.isBlank() ? null
        : "true".equals(open) ? Boolean.TRUE : "false".equals(open) ? Boolean.FALSE : null;
    if (open != null && !open.isBlank() && openOnly == null) {
      v.add("open", "INVALID_STATE", "Trạng thái phải là true hoặc false",
          "open must be true or false");
    }
    int pageNumber = number(v, "page", page, 1, 1, 1_000_000);
    int size = number(v, "pageSize", pageSize, 100, 1, PublicRequests.MAX_PAGE_SIZE);
    if (!v.isEmpty()) {
      throw PublicRefusal.invalid(v.errors());
    }
    Optional<List<PublicRequest>> found = requests.find(new RequestQuery(
        codeList.stream().map(c -> TrackingCode.parse(c).orElseThrow().value()).toList(),
        categoryList, fromAt, toAt, openOnly, pageNumber, size));
    if (found.isEmpty()) {
      throw new PublicRefusal(HttpStatus.SERVICE_UNAVAILABLE, "UNAVAILABLE",
          "Tạm thời chưa đọc được danh sách, vui lòng thử lại sau.",
          "The list cannot be read right now; please try again later.");
    }
    return HttpResponse.ok(ContractJson.writeString(Map.of("requests", found.get())))
        .header("Cache-Control", "no-store");
  }

  private static List<String> split(String list) {
    return list == null || list.isBlank() ? List.of()
        : Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static Instant instant(FieldChecks v, String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      v.add(field, "INVALID_TIME", "Thời điểm không hợp lệ (ISO 8601, ví dụ 2026-01-31T00:00:00Z)",
          "Invalid time (ISO 8601, e.g. 2026-01-31T00:00:00Z)");
      return null;
    }
  }

  private static int number(FieldChecks v, String field, String value, int fallback, int min,
      int max) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    v.add(field, "OUT_OF_RANGE", field + " phải là số từ " + min + " đến " + max,
        field + " must be a number from " + min + " to " + max);
    return fallback;
  }
}
