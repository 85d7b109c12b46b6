package vn.citizenhub.core.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Against the calendars shipped in {@code calendar/vn-civil-service-<year>.json}. */
class DeadlinesTest {

  private static final Deadlines DEADLINES = new Deadlines(CalendarFiles.load(null));

  private static final ClockRule PAKN = new ClockRule("PAKN_10WD", DayType.WORKING, 3, 10, 0);
  private static final ClockRule ONE_WORKING_DAY =
      new ClockRule("TEST_1WD", DayType.WORKING, 1, 1, 0);
  private static final ClockRule COMPLAINT =
      new ClockRule("COMPLAINT_30D", DayType.CALENDAR, 10, 30, 15);

  @Test
  void aWorkingDayClockSkipsTheWeekend() {
    // Friday 27 Nov 2026, 10:00 in Vietnam.
    Deadline due = DEADLINES.compute(PAKN, Instant.parse("2026-11-27T03:00:00Z"));
    assertEquals(new Deadline(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 11)), due);
  }

  @Test
  void aWorkingDayClockSkipsTet() {
    Deadline due = DEADLINES.compute(PAKN, Instant.parse("2026-02-13T03:00:00Z"));
    assertEquals(LocalDate.of(2026, 2, 25), due.firstResponseDue());
    assertEquals(LocalDate.of(2026, 3, 6), due.resolutionDue());
  }

  @Test
  void aCalendarDayClockJustAddsDays() {
    // Tết and weekends do not stop a complaint's clock.
    Deadline due = DEADLINES.compute(COMPLAINT, Instant.parse("2026-02-13T03:00:00Z"));
    assertEquals(new Deadline(LocalDate.of(2026, 2, 23), LocalDate.of(2026, 3, 15)), due);
  }

  @Test
  void theDayOfReceiptIsTheDayInVietnamNotInUtc() {
    // 18:00 UTC on Friday 27 Nov is 01:00 on Saturday 28 Nov in Vietnam.
    Instant lateFridayUtc = Instant.parse("2026-11-27T18:00:00Z");
    assertEquals(LocalDate.of(2026, 11, 28),
        lateFridayUtc.atZone(Deadlines.PROVINCE_ZONE).toLocalDate());
    assertEquals(new Deadline(LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 28)),
        DEADLINES.compute(COMPLAINT, lateFridayUtc));
  }

  @Test
  void aReportReceivedOnThursdayEveningUtcIsAFridayReportInVietnam() {
    // 18:00 UTC on Thursday 26 Nov is Friday 27 Nov in Vietnam: one working day is Monday.
    Deadline due = DEADLINES.compute(ONE_WORKING_DAY, Instant.parse("2026-11-26T18:00:00Z"));
    assertEquals(LocalDate.of(2026, 11, 30), due.resolutionDue());
  }

  @Test
  void midnightInVietnamIsTheBoundary() {
    assertEquals(LocalDate.of(2026, 11, 27),
        DEADLINES.compute(ONE_WORKING_DAY, Instant.parse("2026-11-26T16:59:59Z")).resolutionDue(),
        "23:59:59 on Thursday in Vietnam: due Friday 27");
    assertEquals(LocalDate.of(2026, 11, 30),
        DEADLINES.compute(ONE_WORKING_DAY, Instant.parse("2026-11-26T17:00:00Z")).resolutionDue(),
        "00:00 on Friday in Vietnam: due Monday 30");
  }
}
