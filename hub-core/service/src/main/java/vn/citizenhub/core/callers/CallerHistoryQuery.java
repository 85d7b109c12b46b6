package vn.citizenhub.core.callers;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.core.reference.ReferenceData;
import vn.citizenhub.core.reference.ReferenceSnapshot;
import vn.citizenhub.core.sla.Deadlines;
import vn.citizenhub.core.staff.StaffPrincipal;
import vn.citizenhub.core.ticket.TicketStatus;
import vn.citizenhub.schema.InClause;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UtcTime;

/**
 * Finds a caller's tickets by phone: first the citizens with that number (the phone column any
 * channel fills, and the hotline's own {@code phone:+84…} identities), then their tickets, open
 * ones whatever their age and closed ones of the last {@code recentDays}. Every ticket shown is
 * recorded as an access to the caller's personal data (Decree 13/2023).
 */
@Singleton
public class CallerHistoryQuery {

  static final int SUMMARY = 120;
  static final int MAX_TICKETS = 50;
  private static final String HOTLINE_IDENTITY = Channel.HOTLINE.identityPrefix();

  private final JdbcDatabase database;
  private final ReferenceData referenceData;
  private final Clock clock;
  private final Duration recent;

  CallerHistoryQuery(JdbcDatabase database, ReferenceData referenceData, Clock clock,
      @Value("${hub.callers.recent-days:90}") int recentDays) {
    this.database = database;
    this.referenceData = referenceData;
    this.clock = clock;
    this.recent = Duration.ofDays(recentDays);
  }

  /** The history of a normalised phone number (+84…), as {@code staff} may see it. */
  public CallerHistory find(String phone, StaffPrincipal staff) throws SQLException {
    Instant now = clock.instant();
    LocalDate today = now.atZone(Deadlines.PROVINCE_ZONE).toLocalDate();
    try (Connection c = database.pool().getConnection()) {
      List<Long> citizens = citizens(c, phone);
      List<CallerHistory.Ticket> open = new ArrayList<>();
      List<CallerHistory.Ticket> recentOnes = new ArrayList<>();
      if (!citizens.isEmpty()) {
        ReferenceSnapshot ref = referenceData.current();
        for (CallerHistory.Ticket t : tickets(c, citizens, now.minus(recent), today, ref)) {
          if (!staff.mayHandle(t.agencyCode())) {
            continue;
          }
          (isClosed(t.status()) ? recentOnes : open).add(t);
        }
        audit(c, staff.staffId(), open, recentOnes, now);
      }
      return new CallerHistory(phone, citizens.size(), open, recentOnes);
    }
  }

  private static boolean isClosed(String status) {
    return status.equals(TicketStatus.RESOLVED.name()) || status.equals(TicketStatus.CLOSED.name());
  }

  private static List<Long> citizens(Connection c, String phone) throws SQLException {
    List<Long> ids = new ArrayList<>();
    // Two lookups, each on its own index (phone; channel + external id), rather than one OR.
    for (String sql : List.of("SELECT id FROM citizen WHERE phone = ?",
        "SELECT id FROM citizen WHERE channel = '" + HOTLINE_IDENTITY
            + "' AND external_id = ?")) {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setString(1, phone);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            if (!ids.contains(rs.getLong(1))) {
              ids.add(rs.getLong(1));
            }
          }
        }
      }
    }
    return ids;
  }

  private static List<CallerHistory.Ticket> tickets(Connection c, List<Long> citizens,
      Instant recentSince, LocalDate today, ReferenceSnapshot ref) throws SQLException {
    List<CallerHistory.Ticket> found = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT id, tracking_code, status, kind,"
        + " category_code, agency_code, channel, received_at, due_date, resolved_at,"
        + " SUBSTRING(description, 1, " + SUMMARY + ") AS summary FROM ticket"
        + " WHERE citizen_id IN " + InClause.of(citizens.size())
        + " AND (status NOT IN ('RESOLVED', 'CLOSED') OR received_at >= ?)"
        + " ORDER BY received_at DESC, id DESC LIMIT " + MAX_TICKETS)) {
      int i = 1;
      for (long id : citizens) {
        s.setLong(i++, id);
      }
      s.setObject(i, UtcTime.column(recentSince));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          found.add(ticket(rs, today, ref));
        }
      }
    }
    return found;
  }

  private static CallerHistory.Ticket ticket(ResultSet rs, LocalDate today,
      ReferenceSnapshot ref) throws SQLException {
    TicketStatus status = TicketStatus.valueOf(rs.getString("status"));
    String category = rs.getString("category_code");
    String agency = rs.getString("agency_code");
    LocalDate due = rs.getObject("due_date", LocalDate.class);
    boolean running = !isClosed(status.name()) && status != TicketStatus.WAITING_FOR_CITIZEN;
    String summary = rs.getString("summary");
    return new CallerHistory.Ticket(rs.getLong("id"),
        new TrackingCode(rs.getString("tracking_code")).display(), status.name(),
        status.labelVi(), rs.getString("kind"), category,
        ref.category(category).map(x -> x.nameVi()).orElse(category), agency,
        ref.agency(agency).map(x -> x.nameVi()).orElse(null), rs.getString("channel"),
        UtcTime.read(rs, "received_at"), due, running && today.isAfter(due),
        UtcTime.read(rs, "resolved_at"),
        summary != null && summary.length() >= SUMMARY ? summary.strip() + "…" : summary);
  }

  private static void audit(Connection c, long staffId, List<CallerHistory.Ticket> open,
      List<CallerHistory.Ticket> recent, Instant now) throws SQLException {
    if (open.isEmpty() && recent.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO personal_data_access"
        + " (staff_id, ticket_id, accessed_at) VALUES (?, ?, ?)")) {
      for (List<CallerHistory.Ticket> list : List.of(open, recent)) {
        for (CallerHistory.Ticket t : list) {
          s.setLong(1, staffId);
          s.setLong(2, t.id());
          s.setObject(3, UtcTime.column(now));
          s.addBatch();
        }
      }
      s.executeBatch();
    }
  }
}
