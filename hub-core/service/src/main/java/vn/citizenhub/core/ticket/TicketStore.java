package vn.citizenhub.core.ticket;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.ItemKind;
import vn.citizenhub.schema.InClause;
import vn.citizenhub.schema.UtcTime;

/** Writes and finds tickets inside the caller's transaction, in batches. */
@Singleton
public class TicketStore {

  private static final String INSERT =
      "INSERT INTO ticket (tracking_code, intake_id, kind, category_code, commune_code, latitude,"
          + " longitude, address, description, citizen_id, channel, status, agency_code,"
          + " clock_code, received_at, first_response_due, due_date, created_at, updated_at,"
          + " version, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
          + " 0, ?)";

  private static final String REF_COLUMNS = "id, tracking_code, status, kind, category_code,"
      + " commune_code, agency_code, channel, received_at, due_date, citizen_id";

  /** Inserts the tickets and returns their ids, in the same order. */
  public long[] insertAll(Connection c, List<NewTicket> tickets, Instant now) throws SQLException {
    long[] ids = new long[tickets.size()];
    if (tickets.isEmpty()) {
      return ids;
    }
    try (PreparedStatement s = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
      for (NewTicket t : tickets) {
        int i = 1;
        s.setString(i++, t.trackingCode());
        s.setString(i++, t.intakeId());
        s.setString(i++, t.kind().name());
        s.setString(i++, t.categoryCode());
        s.setString(i++, t.communeCode());
        s.setBigDecimal(i++, t.latitude());
        s.setBigDecimal(i++, t.longitude());
        s.setString(i++, t.address());
        s.setString(i++, t.description());
        s.setLong(i++, t.citizenId());
        s.setString(i++, t.channel().name());
        s.setString(i++, t.status().name());
        s.setString(i++, t.agencyCode());
        s.setString(i++, t.clockCode());
        s.setObject(i++, UtcTime.column(t.receivedAt()));
        s.setObject(i++, t.firstResponseDue());
        s.setObject(i++, t.dueDate());
        s.setObject(i++, UtcTime.column(now));
        s.setObject(i++, UtcTime.column(now));
        s.setString(i, SearchText.ofTicket(t.trackingCode(), t.description(), t.address()));
        s.addBatch();
      }
      s.executeBatch();
      try (ResultSet keys = s.getGeneratedKeys()) {
        for (int n = 0; n < ids.length; n++) {
          if (!keys.next()) {
            throw new SQLException("the driver returned fewer ticket ids than tickets");
          }
          ids[n] = keys.getLong(1);
        }
      }
    }
    return ids;
  }

  /** The tickets with these tracking codes; codes without a ticket are absent from the map. */
  public Map<String, TicketRef> findByCodes(Connection c, Collection<String> codes)
      throws SQLException {
    Map<String, TicketRef> found = new HashMap<>();
    if (codes.isEmpty()) {
      return found;
    }
    String sql = "SELECT " + REF_COLUMNS + " FROM ticket WHERE tracking_code IN "
        + InClause.of(codes.size());
    try (PreparedStatement s = c.prepareStatement(sql)) {
      int i = 1;
      for (String code : codes) {
        s.setString(i++, code);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          TicketRef ref = ref(rs);
          found.put(ref.trackingCode(), ref);
        }
      }
    }
    return found;
  }

  /** The ticket with this id, if there is one. */
  public Optional<TicketRef> findById(Connection c, long id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT " + REF_COLUMNS
        + " FROM ticket WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(ref(rs)) : Optional.empty();
      }
    }
  }

  private static TicketRef ref(ResultSet rs) throws SQLException {
    return new TicketRef(rs.getLong("id"), rs.getString("tracking_code"),
        rs.getString("status"), ItemKind.valueOf(rs.getString("kind")),
        rs.getString("category_code"), rs.getString("commune_code"),
        rs.getString("agency_code"), Channel.valueOf(rs.getString("channel")),
        UtcTime.read(rs, "received_at"), rs.getObject("due_date", LocalDate.class),
        rs.getLong("citizen_id"));
  }

  /**
   * Someone other than the reporter spoke about this ticket (a caller attached to it at the
   * hotline, say): from now on they are told what the reporter is told.
   */
  public void addFollower(Connection c, long ticketId, long citizenId, Channel channel,
      Instant now) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT IGNORE INTO ticket_follower"
        + " (ticket_id, citizen_id, channel, created_at) VALUES (?, ?, ?, ?)")) {
      s.setLong(1, ticketId);
      s.setLong(2, citizenId);
      s.setString(3, channel.name());
      s.setObject(4, UtcTime.column(now));
      s.executeUpdate();
    }
  }

  public void insertTimeline(Connection c, List<TimelineEntry> entries) throws SQLException {
    if (entries.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO timeline_entry (ticket_id, occurred_at, type, visibility, text_vi, text_en,"
            + " actor) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (TimelineEntry e : entries) {
        s.setLong(1, e.ticketId());
        s.setObject(2, UtcTime.column(e.occurredAt()));
        s.setString(3, e.type());
        s.setString(4, e.visibility().name());
        s.setString(5, e.textVi());
        s.setString(6, e.textEn());
        s.setString(7, e.actor());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

}
