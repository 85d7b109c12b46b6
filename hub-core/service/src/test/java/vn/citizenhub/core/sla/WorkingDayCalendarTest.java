package vn.citizenhub.core.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Against the calendars shipped in {@code calendar/vn-civil-service-<year>.json}. */
class WorkingDayCalendarTest {

  private static final WorkingDayCalendar CALENDAR = CalendarFiles.load(null);

  @Test
  void theShippedYearsAreLoaded() {
    assertTrue(CALENDAR.years().containsAll(Set.of(2025, 2026)), CALENDAR.years()::toString);
    assertFalse(CALENDAR.years().contains(2039));
  }

  @Test
  void aReportReceivedOnFridayIsDueOnMonday() {
    assertEquals(day("2026-11-30"), due("2026-11-27", 1));
  }

  @Test
  void weekendsAreSkipped() {
    assertFalse(CALENDAR.isWorkingDay(day("2026-11-28")));
    assertFalse(CALENDAR.isWorkingDay(day("2026-11-29")));
    assertTrue(CALENDAR.isWorkingDay(day("2026-11-30")));
    assertEquals(day("2026-11-30"), due("2026-11-26", 2));
    assertEquals(day("2026-12-07"), due("2026-11-30", 5));
  }

  @Test
  void aReportReceivedOnSaturdayStartsCountingOnMonday() {
    assertEquals(day("2026-11-30"), due("2026-11-28", 1));
  }

  @Test
  void theDayOfReceiptItselfIsDueWhenNoDaysAreGiven() {
    assertEquals(day("2026-11-28"), due("2026-11-28", 0));
    assertThrows(IllegalArgumentException.class, () -> due("2026-11-27", -1));
  }

  @Test
  void theTetBreakOf2026IsSkipped() {
    for (int date = 16; date <= 20; date++) {
      assertFalse(CALENDAR.isWorkingDay(LocalDate.of(2026, 2, date)), "Feb " + date);
    }
    // Fri 13 Feb, then Sat 14 to Sun 22 off: Mon 23, Tue 24, Wed 25.
    assertEquals(day("2026-02-25"), due("2026-02-13", 3));
  }

  @Test
  void theMakeUpSaturdayOf26April2025IsAWorkingDay() {
    assertTrue(CALENDAR.isWorkingDay(day("2025-04-26")));
    assertEquals(day("2025-04-26"), due("2025-04-25", 1));
  }

  @Test
  void theSwappedFriday2May2025IsNotAWorkingDay() {
    assertFalse(CALENDAR.isWorkingDay(day("2025-05-02")));
    // Tue 29 Apr, then 30/4, 1/5, 2/5 off and the weekend: Mon 5 May.
    assertEquals(day("2025-05-05"), due("2025-04-29", 1));
  }

  @Test
  void countingCrossesFromOneYearFileIntoTheNext() {
    // Wed 31 Dec 2025, then 1 and 2 Jan 2026 off (New Year and its swap) and the weekend.
    assertEquals(day("2026-01-05"), due("2025-12-31", 1));
    assertTrue(CALENDAR.isWorkingDay(day("2026-01-10")), "make-up Saturday");
  }

  @Test
  void aYearWithoutAFileCountsWeekendsOnly() {
    assertTrue(CALENDAR.isWorkingDay(day("2039-09-02")), "National Day, but no file");
    assertFalse(CALENDAR.isWorkingDay(day("2039-01-08")), "a Saturday");
    assertEquals(day("2039-01-10"), due("2039-01-07", 1));
    assertEquals(day("2039-09-02"), due("2039-09-01", 1));
  }

  private static LocalDate due(String received, int workingDays) {
    return CALENDAR.addWorkingDays(day(received), workingDays);
  }

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }
}
