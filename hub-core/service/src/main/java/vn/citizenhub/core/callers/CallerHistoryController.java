package vn.citizenhub.core.callers;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.SQLException;
import vn.citizenhub.contract.intake.PhoneNumber;
import vn.citizenhub.core.staff.StaffPrincipal;
import vn.citizenhub.core.staffapi.StaffApiException;

/** The caller's history the hotline console shows as a call comes in. */
@Controller("/api/staff/callers")
@Secured({"HOTLINE_OPERATOR", "COORDINATOR", "ADMINISTRATOR"})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Callers")
class CallerHistoryController {

  private final CallerHistoryQuery history;

  CallerHistoryController(CallerHistoryQuery history) {
    this.history = history;
  }

  @Operation(summary = "A caller's open and recent tickets from every channel, by phone number",
      description = "The number in any usual form: 0912345678, 0912.345.678, %2B84912345678"
          + " (a '+' in a path must be sent as %2B). Each ticket shown is recorded as an access"
          + " to the caller's personal data.")
  @Get("/{phone}/tickets")
  CallerHistory tickets(@PathVariable String phone, Authentication authentication)
      throws SQLException {
    String normalized = PhoneNumber.normalize(phone).orElseThrow(() -> new StaffApiException(
        HttpStatus.BAD_REQUEST, "INVALID_PHONE",
        "Số điện thoại không hợp lệ. Nhập số di động hoặc cố định Việt Nam, ví dụ 0912 345 678.",
        "Not a valid Vietnamese phone number, e.g. 0912 345 678."));
    return history.find(normalized, StaffPrincipal.of(authentication));
  }
}
