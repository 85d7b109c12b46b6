package vn.citizenhub.channel.hotline.screen;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.hotline.HotlineSettings;
import vn.citizenhub.logging.ErrorText;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UtcTime;

/**
 * Pops callers up on the screens connected to this replica. The phone system may post an event
 * to any replica; each replica looks at the last few seconds of the shared event table a few
 * times a second (one small indexed query, and none while no screen is connected here) and shows
 * each event once to the operator at its extension, or, for a hang-up, to the call's operator.
 * No sticky routing is needed between the phone system, the replicas and the screens.
 */
@Singleton
@Requires(property = HotlineSettings.ENABLED, value = "true", defaultValue = "true")
public class ScreenPopRelay {

  private static final Logger LOG = LoggerFactory.getLogger(ScreenPopRelay.class);

  private final JdbcDatabase database;
  private final Screens screens;
  private final Duration window;
  private final Duration catchUp;
  private final Clock clock = Clock.systemUTC();
  /** Events already shown from this replica, by id, with when: forgotten after two windows. */
  private final Map<Long, Instant> shown = new ConcurrentHashMap<>();

  ScreenPopRelay(JdbcDatabase database, Screens screens, HotlineSettings settings) {
    this.database = database;
    this.screens = screens;
    this.window = settings.getScreenPopWindow();
    this.catchUp = settings.getScreenCatchUp();
  }

  @Scheduled(fixedDelay = "${hub.hotline.screen-poll-interval:300ms}",
      initialDelay = "${hub.hotline.screen-poll-interval:300ms}")
  void poll() {
    if (!screens.anyConnected()) {
      return;
    }
    Instant now = clock.instant();
    try {
      for (Routed r : recent(now.minus(window))) {
        // Marked once shown: an operator whose screen connects within the window still gets it.
        if (r.operator() != null && !shown.containsKey(r.pop().eventId())
            && screens.show(r.operator(), r.pop())) {
          shown.put(r.pop().eventId(), now);
        }
      }
    } catch (SQLException e) {
      LOG.warn("Could not read call events for the operators' screens: {}", ErrorText.of(e));
    }
    Instant forget = now.minus(window.multipliedBy(2));
    shown.values().removeIf(at -> at.isBefore(forget));
  }

  /** The events of the operator's calls still open, of the last minute: for a screen that connects. */
  public List<ScreenPop> catchUp(String operator) throws SQLException {
    List<ScreenPop> pops = new ArrayList<>();
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT e.id, e.call_id, e.type,"
            + " e.caller_phone, e.occurred_at FROM hotline_call_event e"
            + " JOIN hotline_call k ON k.call_id = e.call_id WHERE k.operator = ?"
            + " AND k.outcome IS NULL AND e.received_at >= ? ORDER BY e.id")) {
      s.setString(1, operator);
      s.setObject(2, UtcTime.column(clock.instant().minus(catchUp)));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          pops.add(pop(rs));
        }
      }
    }
    return pops;
  }

  private record Routed(String operator, ScreenPop pop) {}

  private List<Routed> recent(Instant since) throws SQLException {
    List<Routed> found = new ArrayList<>();
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT e.id, e.call_id, e.type,"
            + " e.caller_phone, e.occurred_at, CASE WHEN e.type = 'ENDED' THEN k.operator"
            + " ELSE COALESCE(d.operator, k.operator) END AS operator"
            + " FROM hotline_call_event e"
            + " LEFT JOIN hotline_desk d ON d.extension = e.extension"
            + " LEFT JOIN hotline_call k ON k.call_id = e.call_id"
            + " WHERE e.received_at >= ? ORDER BY e.id")) {
      s.setObject(1, UtcTime.column(since));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          found.add(new Routed(rs.getString("operator"), pop(rs)));
        }
      }
    }
    return found;
  }

  private static ScreenPop pop(ResultSet rs) throws SQLException {
    String caller = rs.getString("caller_phone");
    return new ScreenPop(rs.getLong("id"), rs.getString("call_id"), rs.getString("type"), caller,
        ScreenPop.display(caller), UtcTime.read(rs, "occurred_at"));
  }
}
