package vn.citizenhub.core.callers;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.core.reference.ReferenceData;
import vn.citizenhub.core.reference.ReferenceSnapshot;
import vn.citizenhub.core.ticket.TicketStatus;
import vn.citizenhub.schema.InClause;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UtcTime;

/** The few newest open tickets of a category in a commune, without personal data. */
@Singleton
class NearbyTicketsQuery {

  static final int MAX = 5;
  static final int SUMMARY = 120;
  private static final String OPEN = Arrays.stream(TicketStatus.values())
      .filter(st -> st.inboxStage() == 0).map(st -> "'" + st.name() + "'")
      .collect(Collectors.joining(", ", "(", ")"));

  private final JdbcDatabase database;
  private final ReferenceData referenceData;
  private final Clock clock;

  NearbyTicketsQuery(JdbcDatabase database, ReferenceData referenceData, Clock clock) {
    this.database = database;
    this.referenceData = referenceData;
    this.clock = clock;
  }

  NearbyTickets find(String category, String commune) throws SQLException {
    ReferenceSnapshot ref = referenceData.current();
    if (ref.category(category).isEmpty() || ref.commune(commune).isEmpty()) {
      return new NearbyTickets(List.of());
    }
    Instant now = clock.instant();
    List<NearbyTickets.Item> items = new ArrayList<>();
    List<Long> ids = new ArrayList<>();
    try (Connection c = database.pool().getConnection()) {
      try (PreparedStatement s = c.prepareStatement("SELECT id, tracking_code, status,"
          + " received_at FROM ticket WHERE category_code = ? AND commune_code = ?"
          + " AND status IN " + OPEN + " ORDER BY received_at DESC LIMIT " + MAX)) {
        s.setString(1, category);
        s.setString(2, commune);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            ids.add(rs.getLong("id"));
            TicketStatus status = TicketStatus.valueOf(rs.getString("status"));
            Instant received = UtcTime.read(rs, "received_at");
            items.add(new NearbyTickets.Item(
                new TrackingCode(rs.getString("tracking_code")).display(), category,
                ref.category(category).map(x -> x.nameVi()).orElse(category), commune,
                ref.commune(commune).map(x -> x.name()).orElse(commune), status.name(),
                status.labelVi(), received, Duration.between(received, now).toDays(), null));
          }
        }
      }
      Map<Long, String> summaries = publicSummaries(c, ids);
      for (int i = 0; i < items.size(); i++) {
        NearbyTickets.Item t = items.get(i);
        items.set(i, new NearbyTickets.Item(t.trackingCode(), t.categoryCode(), t.categoryName(),
            t.communeCode(), t.communeName(), t.status(), t.statusLabel(), t.receivedAt(),
            t.ageDays(), summaries.get(ids.get(i))));
      }
    }
    return new NearbyTickets(items);
  }

  /** Each ticket's latest public timeline step: text the tracking page shows to anyone. */
  private static Map<Long, String> publicSummaries(Connection c, List<Long> ids)
      throws SQLException {
    Map<Long, String> latest = new HashMap<>();
    if (ids.isEmpty()) {
      return latest;
    }
    try (PreparedStatement s = c.prepareStatement("SELECT ticket_id, text_vi FROM timeline_entry"
        + " WHERE ticket_id IN " + InClause.of(ids.size())
        + " AND visibility = 'PUBLIC' ORDER BY id DESC")) {
      int i = 1;
      for (long id : ids) {
        s.setLong(i++, id);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String text = rs.getString("text_vi");
          latest.putIfAbsent(rs.getLong("ticket_id"), text.length() > SUMMARY
              ? text.substring(0, SUMMARY).strip() + "…" : text);
        }
      }
    }
    return latest;
  }
}
