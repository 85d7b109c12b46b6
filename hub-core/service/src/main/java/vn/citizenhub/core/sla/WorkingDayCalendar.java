package vn.citizenhub.core.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The civil service's working days, from the official yearly schedule kept as data: weekends off
 * unless listed as make-up working days, weekdays on unless listed as days off (holidays, Tết,
 * compensatory days).
 */
public final class WorkingDayCalendar {

  private static final Logger LOG = LoggerFactory.getLogger(WorkingDayCalendar.class);

  private final Map<Integer, CalendarYear> years;
  private final Set<Integer> warnedMissing = ConcurrentHashMap.newKeySet();

  public WorkingDayCalendar(Map<Integer, CalendarYear> years) {
    this.years = Map.copyOf(years);
  }

  public boolean isWorkingDay(LocalDate date) {
    CalendarYear year = years.get(date.getYear());
    if (year == null) {
      if (warnedMissing.add(date.getYear())) {
        LOG.warn("No official calendar for {}: counting weekends only until one is loaded",
            date.getYear());
      }
    } else if (year.workingDays().contains(date)) {
      return true;
    } else if (year.daysOff().contains(date)) {
      return false;
    }
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
  }

  /**
   * The {@code days}-th working day after {@code start}; the day of receipt itself does not count,
   * so a report received on Friday with 1 working day is due on Monday.
   */
  public LocalDate addWorkingDays(LocalDate start, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative");
    }
    LocalDate date = start;
    int counted = 0;
    while (counted < days) {
      date = date.plusDays(1);
      if (isWorkingDay(date)) {
        counted++;
      }
    }
    return date;
  }

  public Set<Integer> years() {
    return years.keySet();
  }
}
