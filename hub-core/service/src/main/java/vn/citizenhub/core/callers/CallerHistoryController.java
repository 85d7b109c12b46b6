package vn.citizenhub.core.callers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.SQLException;
import java.time.Clock;
import vn.citizenhub.contract.intake.PhoneNumber;
import vn.citizenhub.core.staff.StaffPrincipal;
import vn.citizenhub.core.staffapi.JsonBody;
import vn.citizenhub.core.staffapi.StaffApiException;

/**
 * What the hotline console shows during a call: the history of the caller on the operator's line,
 * and the open tickets near what the caller reports, without personal data.
 */
@Controller("/api/staff/callers")
@Secured({"HOTLINE_OPERATOR", "COORDINATOR", "ADMINISTRATOR"})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Callers")
class CallerHistoryController {

  private static final String STAFF_COOKIE = "HUB_STAFF";

  private final CallerHistoryQuery history;
  private final NearbyTicketsQuery nearby;
  private final CallerLineGate gate;
  private final CallerLookupAudit audit;
  private final Clock clock;

  CallerHistoryController(CallerHistoryQuery history, NearbyTicketsQuery nearby,
      CallerLineGate gate, CallerLookupAudit audit, Clock clock) {
    this.history = history;
    this.nearby = nearby;
    this.gate = gate;
    this.audit = audit;
    this.clock = clock;
  }

  record PhoneForm(String phone) {}

  @Operation(summary = "The open and recent tickets, from every channel, of the caller on your line",
      description = "Body: {\"phone\": \"0912345678\"} (any usual form). The number travels in the"
          + " body, never in the address, which proxies log. A hotline operator may look up only"
          + " a number on their own line now or in the last 30 minutes (the hotline's call log"
          + " says); any other is a 403. Every look-up, allowed or refused, is recorded, and each"
          + " ticket shown is an access to the caller's personal data.")
  @Post(value = "/history", consumes = MediaType.APPLICATION_JSON)
  CallerHistory history(@Body String body, HttpRequest<?> request,
      Authentication authentication) throws SQLException {
    PhoneForm form = JsonBody.read(body, PhoneForm.class);
    String phone = PhoneNumber.normalize(form.phone() == null ? "" : form.phone())
        .orElseThrow(() -> new StaffApiException(HttpStatus.BAD_REQUEST, "INVALID_PHONE",
            "Số điện thoại không hợp lệ. Nhập số di động hoặc cố định Việt Nam, ví dụ 0912 345 678.",
            "Not a valid Vietnamese phone number, e.g. 0912 345 678."));
    StaffPrincipal staff = StaffPrincipal.of(authentication);
    if (!gate.mayLookUp(staff, phone, token(request))) {
      audit.record(staff.staffId(), phone, false, 0, clock.instant());
      throw new StaffApiException(HttpStatus.FORBIDDEN, "CALLER_NOT_ON_LINE",
          "Chỉ xem được lịch sử của người đang gọi đến máy của bạn hoặc vừa gọi trong 30 phút.",
          "Only the history of a caller on your line, now or in the last 30 minutes, can be"
              + " looked up.");
    }
    CallerHistory found = history.find(phone, staff);
    audit.record(staff.staffId(), phone, true, found.open().size() + found.recent().size(),
        clock.instant());
    return found;
  }

  @Operation(summary = "Open tickets of a category in a commune, without personal data",
      description = "Tracking code, category, commune, status, age and the latest public step:"
          + " what the public tracking page shows. At most 5, newest first.")
  @Get("/nearby")
  NearbyTickets nearby(@Nullable @QueryValue String category,
      @Nullable @QueryValue String commune) throws SQLException {
    if (category == null || category.isBlank() || commune == null || commune.isBlank()) {
      throw new StaffApiException(HttpStatus.BAD_REQUEST, "CATEGORY_AND_COMMUNE_REQUIRED",
          "Cần chọn lĩnh vực và xã/phường để tìm phiếu đang mở gần đó.",
          "Choose a category and a commune to find open tickets nearby.");
    }
    return nearby.find(category.strip(), commune.strip());
  }

  /** The caller's own token, for a hotline on its own to answer about their line only. */
  private static String token(HttpRequest<?> request) {
    String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return header.substring(7).strip();
    }
    return request.getCookies().findCookie(STAFF_COOKIE).map(Cookie::getValue).orElse(null);
  }
}
