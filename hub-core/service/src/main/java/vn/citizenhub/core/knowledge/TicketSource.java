package vn.citizenhub.core.knowledge;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import vn.citizenhub.core.knowledge.Masker.Reporter;

/**
 * What a publication is drafted from: the ticket's status, agency and code, the citizen's own
 * words, the public answer (the resolution line of the public timeline, as the tracking page
 * shows it) and the reporter's own name, phone and e-mail, read only to be masked.
 */
record TicketSource(long id, String status, String agencyCode, String trackingCode,
    String description, String publicAnswer, Reporter reporter) {

  static Optional<TicketSource> read(Connection c, long ticketId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT t.id, t.status, t.agency_code,"
        + " t.tracking_code, t.description, z.display_name, z.phone, z.email FROM ticket t"
        + " LEFT JOIN citizen z ON z.id = t.citizen_id WHERE t.id = ?")) {
      s.setLong(1, ticketId);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new TicketSource(rs.getLong("id"), rs.getString("status"),
            rs.getString("agency_code"), rs.getString("tracking_code"),
            rs.getString("description"), publicAnswer(c, ticketId),
            new Reporter(rs.getString("display_name"), rs.getString("phone"),
                rs.getString("email"))));
      }
    }
  }

  /** The latest resolution line, else the latest public line (an answer given on the spot). */
  private static String publicAnswer(Connection c, long ticketId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT text_vi FROM timeline_entry"
        + " WHERE ticket_id = ? AND visibility = 'PUBLIC'"
        + " ORDER BY CASE WHEN type = 'RESOLVED' THEN 0 ELSE 1 END, id DESC LIMIT 1")) {
      s.setLong(1, ticketId);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : "";
      }
    }
  }

  boolean resolved() {
    return "RESOLVED".equals(status) || "CLOSED".equals(status);
  }
}
