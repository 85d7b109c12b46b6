package vn.citizenhub.channel.open311.read;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.citizenhub.channel.open311.wire.Open311Error;
import vn.citizenhub.channel.requests.PublicRequests;
import vn.citizenhub.channel.requests.RequestQuery;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.IntakeValidator;

/**
 * The filters of {@code GET requests} as the specification gives them: service_request_id (a
 * comma list that overrides the rest), service_code (a comma list), start_date and end_date
 * (ISO 8601 with a zone, at most 90 days apart, the last 90 days by default), status
 * ({@code open}, {@code closed} or both); and the common extension page / page_size.
 */
public final class RequestFilters {

  static final Duration MAX_SPAN = Duration.ofDays(90);
  static final int DEFAULT_PAGE_SIZE = 1000;

  private RequestFilters() {}

  /** The query, or the errors that stop it. */
  public record Result(Optional<RequestQuery> query, List<Open311Error> errors) {}

  public static Result of(String ids, String serviceCodes, String start, String end,
      String status, String page, String pageSize, Clock clock) {
    List<Open311Error> errors = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    for (String id : split(ids)) {
      TrackingCode.parse(id).ifPresentOrElse(c -> codes.add(c.value()), () -> errors.add(
          new Open311Error("400", "service_request_id: mã không hợp lệ",
              "service_request_id: not a valid id")));
    }
    if (codes.size() > PublicRequests.MAX_CODES) {
      errors.add(new Open311Error("400", "service_request_id: tối đa "
          + PublicRequests.MAX_CODES + " mã", "service_request_id: at most "
          + PublicRequests.MAX_CODES + " ids"));
    }
    List<String> services = split(serviceCodes);
    if (services.size() > PublicRequests.MAX_CATEGORIES
        || services.stream().anyMatch(s -> s.length() > IntakeValidator.MAX_CATEGORY_CODE)) {
      errors.add(new Open311Error("400", "service_code: danh sách không hợp lệ",
          "service_code: not a valid list"));
    }
    Instant from = time(errors, "start_date", start);
    Instant to = time(errors, "end_date", end);
    if (to == null) {
      to = from == null ? clock.instant() : from.plus(MAX_SPAN);
    }
    if (from == null) {
      from = to.minus(MAX_SPAN);
    }
    if (from.isAfter(to) || Duration.between(from, to).compareTo(MAX_SPAN) > 0) {
      errors.add(new Open311Error("400", "start_date, end_date: cách nhau tối đa 90 ngày",
          "start_date, end_date: at most 90 days apart"));
    }
    Boolean open = null;
    List<String> states = split(status);
    if (states.stream().anyMatch(s -> !s.equals("open") && !s.equals("closed"))) {
      errors.add(new Open311Error("400", "status: chỉ nhận open, closed",
          "status: open or closed only"));
    } else if (states.size() == 1) {
      open = states.get(0).equals("open");
    }
    int pageNumber = number(errors, "page", page, 1, 1_000_000);
    int size = pageSize == null || pageSize.isBlank() ? DEFAULT_PAGE_SIZE
        : number(errors, "page_size", pageSize, 1, PublicRequests.MAX_PAGE_SIZE);
    if (!errors.isEmpty()) {
      return new Result(Optional.empty(), errors);
    }
    RequestQuery query = codes.isEmpty()
        ? new RequestQuery(List.of(), services, from, to, open, pageNumber, size)
        : new RequestQuery(codes, List.of(), null, null, null, 1, PublicRequests.MAX_CODES);
    return new Result(Optional.of(query), errors);
  }

  private static List<String> split(String list) {
    return list == null || list.isBlank() ? List.of()
        : Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static Instant time(List<Open311Error> errors, String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip()).toInstant();
    } catch (DateTimeParseException e) {
      errors.add(new Open311Error("400", name + ": phải theo ISO 8601 có múi giờ, ví dụ"
          + " 2026-12-01T00:00:00+07:00", name + ": must be ISO 8601 with a zone, e.g."
          + " 2026-12-01T00:00:00+07:00"));
      return null;
    }
  }

  private static int number(List<Open311Error> errors, String name, String value, int min,
      int max) {
    if (value == null || value.isBlank()) {
      return min;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    errors.add(new Open311Error("400", name + ": phải là số từ " + min + " đến " + max,
        name + ": must be a number from " + min + " to " + max));
    return min;
  }
}
