package vn.citizenhub.channel.hotline.supervisor;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import vn.citizenhub.channel.hotline.HotlineRefusal;
import vn.citizenhub.channel.hotline.HotlineSettings;
import vn.citizenhub.channel.hotline.calls.CallRecord;

/** The hotline supervisor's figures, for coordinators and administrators. */
@Controller("/api/hotline/supervisor")
@Secured({"COORDINATOR", "ADMINISTRATOR"})
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = HotlineSettings.ENABLED, value = "true", defaultValue = "true")
class SupervisorController {

  static final int MAX_DAYS = 92;

  private final CallFigures figures;
  private final Clock clock = Clock.systemUTC();

  SupervisorController(CallFigures figures) {
    this.figures = figures;
  }

  /** From {@code from} to {@code to}, both included (province dates); today by default. */
  @Get("/figures")
  Figures figures(@Nullable @QueryValue String from, @Nullable @QueryValue String to)
      throws SQLException {
    LocalDate today = LocalDate.now(clock.withZone(CallRecord.PROVINCE_ZONE));
    LocalDate end = date(to, today);
    LocalDate start = date(from, end);
    if (start.isAfter(end) || ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
      throw new HotlineRefusal(HttpStatus.BAD_REQUEST, "INVALID_PERIOD",
          "Khoảng thời gian không hợp lệ (từ ngày không sau đến ngày, tối đa " + MAX_DAYS
              + " ngày).",
          "Invalid period (from not after to, at most " + MAX_DAYS + " days).");
    }
    return figures.between(start, end);
  }

  private static LocalDate date(String text, LocalDate fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new HotlineRefusal(HttpStatus.BAD_REQUEST, "INVALID_DATE",
          "Ngày theo dạng năm-tháng-ngày, ví dụ 2026-11-29.",
          "Dates are year-month-day, e.g. 2026-11-29.");
    }
  }
}
