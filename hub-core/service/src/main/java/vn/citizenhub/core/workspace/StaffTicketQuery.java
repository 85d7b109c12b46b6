package vn.citizenhub.core.workspace;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.core.attachments.TicketAttachments;
import vn.citizenhub.core.lifecycle.Actor;
import vn.citizenhub.core.lifecycle.TicketLifecycle;
import vn.citizenhub.core.lifecycle.TicketState;
import vn.citizenhub.core.reference.ReferenceData;
import vn.citizenhub.core.reference.ReferenceSnapshot;
import vn.citizenhub.core.sla.Deadlines;
import vn.citizenhub.core.sla.TicketClock;
import vn.citizenhub.core.staff.StaffAccount;
import vn.citizenhub.core.staff.StaffAccounts;
import vn.citizenhub.core.staff.StaffPrincipal;
import vn.citizenhub.core.ticket.TicketRatings;
import vn.citizenhub.core.workspace.StaffTicketView.Named;
import vn.citizenhub.core.workspace.StaffTicketView.Related;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UtcTime;

/** Reads the ticket page for a staff member; a ticket outside their scope does not exist. */
@Singleton
public class StaffTicketQuery {

  private final JdbcDatabase database;
  private final TicketStates states;
  private final ReferenceData referenceData;
  private final TicketClock ticketClock;
  private final StaffAccounts staffAccounts;
  private final TicketLifecycle lifecycle;
  private final ActionLabels labels;
  private final TicketAttachments attachments;
  private final Clock clock;
  private final TicketRatings ratings;

  StaffTicketQuery(JdbcDatabase database, TicketStates states, ReferenceData referenceData,
      TicketClock ticketClock, StaffAccounts staffAccounts, LifecycleService lifecycle,
      TicketAttachments attachments, Clock clock, TicketRatings ratings) {
    this.ratings = ratings;
    this.database = database;
    this.states = states;
    this.referenceData = referenceData;
    this.ticketClock = ticketClock;
    this.staffAccounts = staffAccounts;
    this.lifecycle = lifecycle.lifecycle();
    this.labels = new ActionLabels(lifecycle.lifecycle());
    this.attachments = attachments;
    this.clock = clock;
  }

  public Optional<StaffTicketView> find(long id, StaffPrincipal staff) throws SQLException {
    Instant now = clock.instant();
    LocalDate today = now.atZone(Deadlines.PROVINCE_ZONE).toLocalDate();
    try (Connection c = database.pool().getConnection()) {
      Optional<TicketState> found = states.find(c, id).filter(t -> staff.mayHandle(t.agencyCode));
      if (found.isEmpty()) {
        return Optional.empty();
      }
      TicketState t = found.get();
      ReferenceSnapshot ref = referenceData.current();
      Details d = details(c, id);
      auditPersonalDataAccess(c, staff.staffId(), id, now);
      DueState due = DueState.of(t.status, t.dueDate, today, ticketClock);
      return Optional.of(new StaffTicketView(t.id, t.version,
          new TrackingCode(t.trackingCode).display(), t.status.name(), t.status.labelVi(),
          t.kind.name(),
          ref.category(t.categoryCode).map(x -> new Named(x.code(), x.nameVi(), x.nameEn()))
              .orElse(new Named(t.categoryCode, t.categoryCode, t.categoryCode)),
          ref.commune(t.communeCode).map(x -> new Named(x.code(), x.name(), x.name()))
              .orElse(null),
          agency(ref, t.agencyCode), t.channel.name(), t.receivedAt, t.firstResponseDue,
          t.firstResponseAt, t.dueDate, due.name(), due.labelVi(), t.resolvedAt, t.closureCode,
          t.onTime, t.pausedSince, t.extended, t.escalation, related(c, t.mergedIntoId),
          duplicates(c, id), agency(ref, t.transferTo), t.transferReason, t.assigneeId,
          d.description, d.address, d.latitude, d.longitude, d.rating, ratings(c, id), d.citizen,
          timeline(c, id), labels.of(lifecycle.available(t, Actor.of(staff))),
          cannedAnswers(c, t.categoryCode), colleagues(t.agencyCode), attachments(c, id)));
    }
  }

  private List<StaffTicketView.GivenRating> ratings(Connection c, long id) throws SQLException {
    return ratings.all(c, id).stream().map(r -> new StaffTicketView.GivenRating(r.score(),
        r.comment(), r.channel().name(), r.ratedAt(), r.byReporter())).toList();
  }

  private static Named agency(ReferenceSnapshot ref, String code) {
    return ref.agency(code).map(x -> new Named(x.code(), x.nameVi(), x.nameEn())).orElse(null);
  }

  private record Details(String description, String address, BigDecimal latitude,
      BigDecimal longitude, Integer rating, StaffTicketView.Citizen citizen) {}

  private static Details details(Connection c, long id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT t.description, t.address, t.latitude,"
        + " t.longitude, t.rating, c.display_name, c.phone, c.email, c.channel AS identity_channel"
        + " FROM ticket t JOIN citizen c ON c.id = t.citizen_id WHERE t.id = ?")) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return new Details(rs.getString("description"), rs.getString("address"),
            rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"),
            (Integer) rs.getObject("rating", Integer.class),
            new StaffTicketView.Citizen(rs.getString("display_name"), rs.getString("phone"),
                rs.getString("email"), rs.getString("identity_channel")));
      }
    }
  }

  private static void auditPersonalDataAccess(Connection c, long staffId, long ticketId,
      Instant now) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO personal_data_access (staff_id,"
        + " ticket_id, accessed_at) VALUES (?, ?, ?)")) {
      s.setLong(1, staffId);
      s.setLong(2, ticketId);
      s.setObject(3, UtcTime.column(now));
      s.executeUpdate();
    }
  }

  private static Related related(Connection c, Long id) throws SQLException {
    if (id == null) {
      return null;
    }
    try (PreparedStatement s = c.prepareStatement("SELECT tracking_code FROM ticket WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? new Related(id, new TrackingCode(rs.getString(1)).display()) : null;
      }
    }
  }

  private static List<Related> duplicates(Connection c, long id) throws SQLException {
    List<Related> found = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(
        "SELECT id, tracking_code FROM ticket WHERE duplicate_of_id = ? ORDER BY id")) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          found.add(new Related(rs.getLong(1), new TrackingCode(rs.getString(2)).display()));
        }
      }
    }
    return found;
  }

  private static List<StaffTicketView.Line> timeline(Connection c, long id) throws SQLException {
    List<StaffTicketView.Line> lines = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT occurred_at, type, visibility, text_vi,"
        + " text_en, actor FROM timeline_entry WHERE ticket_id = ? ORDER BY id")) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          lines.add(new StaffTicketView.Line(UtcTime.read(rs, "occurred_at"), rs.getString("type"),
              rs.getString("visibility"), rs.getString("text_vi"), rs.getString("text_en"),
              rs.getString("actor")));
        }
      }
    }
    return lines;
  }

  private List<StaffTicketView.AttachedFile> attachments(Connection c, long id)
      throws SQLException {
    return attachments.ofTicket(c, id).stream().map(a -> new StaffTicketView.AttachedFile(a.id(),
        a.mediaType(), "/api/staff/tickets/" + id + "/attachments/" + a.id(), a.publicAllowed(),
        a.bytes(), a.channel(), a.createdAt())).toList();
  }

  private static List<StaffTicketView.CannedAnswer> cannedAnswers(Connection c, String category)
      throws SQLException {
    List<StaffTicketView.CannedAnswer> answers = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT id, title_vi, text_vi, text_en"
        + " FROM canned_answer WHERE category_code = ? OR category_code IS NULL ORDER BY"
        + " CASE WHEN category_code IS NULL THEN 1 ELSE 0 END, id")) {
      s.setString(1, category);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          answers.add(new StaffTicketView.CannedAnswer(rs.getInt(1), rs.getString(2),
              rs.getString(3), rs.getString(4)));
        }
      }
    }
    return answers;
  }

  private List<StaffTicketView.Colleague> colleagues(String agency) throws SQLException {
    if (agency == null) {
      return List.of();
    }
    List<StaffTicketView.Colleague> found = new ArrayList<>();
    for (StaffAccount a : staffAccounts.ofAgency(agency)) {
      found.add(new StaffTicketView.Colleague(a.id(), a.displayName(), a.role().labelVi()));
    }
    return found;
  }
}
