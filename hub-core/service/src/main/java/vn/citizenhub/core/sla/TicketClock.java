package vn.citizenhub.core.sla;

import java.time.LocalDate;

/**
 * The arithmetic of a running ticket clock: days paused while the agency waits for the citizen are
 * given back, one extension is added, a reopened ticket gets a fresh resolution period. Counted in
 * the clock's own kind of days (working or calendar), from the official calendar.
 */
public final class TicketClock {

  private final WorkingDayCalendar calendar;

  public TicketClock(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  /** {@code days} of this clock's kind after {@code from}. */
  public LocalDate after(DayType type, LocalDate from, int days) {
    return type == DayType.WORKING ? calendar.addWorkingDays(from, days) : from.plusDays(days);
  }

  /**
   * The days the clock stood still: paused on {@code pausedSince}, resumed on {@code resumedOn}.
   * Asking and answering on the same day costs the agency nothing and gives nothing back.
   */
  public int pausedDays(DayType type, LocalDate pausedSince, LocalDate resumedOn) {
    if (!resumedOn.isAfter(pausedSince)) {
      return 0;
    }
    if (type == DayType.CALENDAR) {
      return (int) (resumedOn.toEpochDay() - pausedSince.toEpochDay());
    }
    int days = 0;
    for (LocalDate d = pausedSince.plusDays(1); !d.isAfter(resumedOn); d = d.plusDays(1)) {
      if (calendar.isWorkingDay(d)) {
        days++;
      }
    }
    return days;
  }

  /** The due date once the paused days are given back. */
  public LocalDate resume(DayType type, LocalDate due, LocalDate pausedSince, LocalDate resumedOn) {
    return after(type, due, pausedDays(type, pausedSince, resumedOn));
  }

  /**
   * The next working day on or after {@code date}: a deadline that falls on a day off is "due soon"
   * from the working day before it.
   */
  public LocalDate nextWorkingDayAfter(LocalDate date) {
    return calendar.addWorkingDays(date, 1);
  }

  public boolean isWorkingDay(LocalDate date) {
    return calendar.isWorkingDay(date);
  }
}
