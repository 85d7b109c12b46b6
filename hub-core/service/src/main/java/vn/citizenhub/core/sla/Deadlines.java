package vn.citizenhub.core.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Computes a ticket's due dates from its clock and the moment it was received. */
public final class Deadlines {

  /** Deadlines are counted in the province's own days. */
  public static final ZoneId PROVINCE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private final WorkingDayCalendar calendar;

  public Deadlines(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  public Deadline compute(ClockRule clock, Instant receivedAt) {
    LocalDate received = receivedAt.atZone(PROVINCE_ZONE).toLocalDate();
    return new Deadline(
        after(clock.dayType(), received, clock.firstResponseDays()),
        after(clock.dayType(), received, clock.resolutionDays()));
  }

  private LocalDate after(DayType type, LocalDate received, int days) {
    return type == DayType.WORKING
        ? calendar.addWorkingDays(received, days)
        : received.plusDays(days);
  }
}
