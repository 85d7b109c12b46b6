package vn.citizenhub.core.sla;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import vn.citizenhub.contract.ContractJson;

/**
 * Loads the yearly schedules: {@code calendar/vn-civil-service-<year>.json} shipped with the hub,
 * overridden by files of the same name in an administrator's folder.
 */
public final class CalendarFiles {

  private static final int FIRST_YEAR = 2020;
  private static final int LAST_YEAR = 2100;

  private CalendarFiles() {}

  public static WorkingDayCalendar load(Path overrideDir) {
    Map<Integer, CalendarYear> years = new HashMap<>();
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      String name = "vn-civil-service-" + year + ".json";
      Path override = overrideDir == null ? null : overrideDir.resolve(name);
      try (InputStream in = override != null && Files.isRegularFile(override)
          ? Files.newInputStream(override)
          : CalendarFiles.class.getClassLoader().getResourceAsStream("calendar/" + name)) {
        if (in != null) {
          years.put(year, parse(ContractJson.mapper().readTree(in), year));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("calendar " + name + " is unreadable", e);
      }
    }
    return new WorkingDayCalendar(years);
  }

  static CalendarYear parse(JsonNode root, int expectedYear) {
    if (root.path("year").asInt() != expectedYear) {
      throw new IllegalArgumentException("calendar file for " + expectedYear + " says year "
          + root.path("year").asText());
    }
    return new CalendarYear(expectedYear, dates(root.path("daysOff")),
        dates(root.path("workingDays")));
  }

  private static Set<LocalDate> dates(JsonNode array) {
    Set<LocalDate> dates = new HashSet<>();
    array.forEach(day -> dates.add(LocalDate.parse(day.path("date").asText())));
    return dates;
  }
}
