package vn.citizenhub.core.sla;

import java.time.LocalDate;
import java.util.Set;

/** One year of the official schedule: weekdays off and weekend days worked. */
public record CalendarYear(int year, Set<LocalDate> daysOff, Set<LocalDate> workingDays) {
  public CalendarYear {
    daysOff = Set.copyOf(daysOff);
    workingDays = Set.copyOf(workingDays);
  }
}
