package vn.citizenhub.core.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.citizenhub.contract.ContractJson;

class CalendarFilesTest {

  /** An administrator's replacement for 2026: Friday 27 Nov off, Saturday 28 Nov worked. */
  private static final String REPLACEMENT_2026 = """
      {
        "year": 2026,
        "daysOff": [
          {"date": "2026-11-27", "reason_vi": "Nghỉ bù", "reason_en": "Day off in lieu"}
        ],
        "workingDays": [
          {"date": "2026-11-28", "reason_vi": "Làm bù", "reason_en": "Make-up working day"}
        ]
      }
      """;

  @Test
  void aFileIsReadIntoItsDaysOffAndWorkingDays() throws IOException {
    CalendarYear year = CalendarFiles.parse(ContractJson.mapper().readTree(REPLACEMENT_2026), 2026);
    assertEquals(new CalendarYear(2026, Set.of(LocalDate.of(2026, 11, 27)),
        Set.of(LocalDate.of(2026, 11, 28))), year);
  }

  @Test
  void aFileWhoseYearDiffersFromItsNameIsRefused() throws IOException {
    JsonNode says2025 = ContractJson.mapper().readTree(REPLACEMENT_2026.replace("\"year\": 2026",
        "\"year\": 2025"));
    assertThrows(IllegalArgumentException.class, () -> CalendarFiles.parse(says2025, 2026));
  }

  @Test
  void aFileWithoutAYearIsRefused() throws IOException {
    JsonNode noYear = ContractJson.mapper().readTree("{\"daysOff\": [], \"workingDays\": []}");
    assertThrows(IllegalArgumentException.class, () -> CalendarFiles.parse(noYear, 2026));
  }

  @Test
  void anAdministratorsFileReplacesTheShippedOne(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("vn-civil-service-2026.json"), REPLACEMENT_2026,
        StandardCharsets.UTF_8);
    WorkingDayCalendar calendar = CalendarFiles.load(dir);

    assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 11, 27)));
    assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 11, 28)));
    assertEquals(LocalDate.of(2026, 11, 28),
        calendar.addWorkingDays(LocalDate.of(2026, 11, 26), 1));
    // Replaced, not merged: the shipped Tết days are gone from 2026.
    assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 2, 17)));
  }

  @Test
  void yearsWithoutAnOverrideKeepTheShippedFile(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("vn-civil-service-2026.json"), REPLACEMENT_2026,
        StandardCharsets.UTF_8);
    WorkingDayCalendar calendar = CalendarFiles.load(dir);

    assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 4, 26)));
    assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 5, 2)));
  }

  @Test
  void anOverrideFolderWithoutFilesChangesNothing(@TempDir Path dir) {
    WorkingDayCalendar calendar = CalendarFiles.load(dir);
    assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 2, 17)));
    assertEquals(CalendarFiles.load(null).years(), calendar.years());
  }

  @Test
  void anOverrideNamingTheWrongYearStopsTheLoad(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("vn-civil-service-2026.json"),
        REPLACEMENT_2026.replace("\"year\": 2026", "\"year\": 2027"), StandardCharsets.UTF_8);
    assertThrows(IllegalArgumentException.class, () -> CalendarFiles.load(dir));
  }
}
