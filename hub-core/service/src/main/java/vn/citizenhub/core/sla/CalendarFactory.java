package vn.citizenhub.core.sla;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The official calendar, from the shipped files or an administrator's folder (hub.calendar.dir). */
@Factory
class CalendarFactory {

  private static final Logger LOG = LoggerFactory.getLogger(CalendarFactory.class);

  @Singleton
  WorkingDayCalendar workingDayCalendar(@Nullable @Value("${hub.calendar.dir:}") String dir) {
    WorkingDayCalendar calendar =
        CalendarFiles.load(dir == null || dir.isBlank() ? null : Path.of(dir));
    LOG.info("Official working-day calendars loaded for {}", calendar.years());
    return calendar;
  }

  @Singleton
  Deadlines deadlines(WorkingDayCalendar calendar) {
    return new Deadlines(calendar);
  }

  @Singleton
  TicketClock ticketClock(WorkingDayCalendar calendar) {
    return new TicketClock(calendar);
  }
}
