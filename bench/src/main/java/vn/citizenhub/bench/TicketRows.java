package vn.citizenhub.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import vn.citizenhub.core.ticket.SearchText;
import vn.citizenhub.schema.UtcTime;

/**
 * Writes synthetic tickets and their timelines in batches on one connection; with
 * rewriteBatchedStatements each batch travels as a few multi-row INSERTs, committed together.
 */
final class TicketRows implements AutoCloseable {

  private static final String TICKET = "INSERT INTO ticket (id, tracking_code, intake_id, kind,"
      + " category_code, commune_code, latitude, longitude, address, description, citizen_id,"
      + " channel, status, agency_code, clock_code, received_at, first_response_due, due_date,"
      + " rating, created_at, updated_at, version, assignee_id, first_response_at, resolved_at,"
      + " closed_at, closure_code, on_time, paused_since, extended, escalation, duplicate_of_id,"
      + " transfer_to, transfer_reason, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
      + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String LINE = "INSERT INTO timeline_entry (ticket_id, occurred_at, type,"
      + " visibility, text_vi, text_en, actor) VALUES (?, ?, ?, ?, ?, ?, ?)";

  private final Connection connection;
  private final PreparedStatement tickets;
  private final PreparedStatement lines;
  private int pendingTickets;
  private int pendingLines;

  TicketRows(Connection connection) throws SQLException {
    this.connection = connection;
    connection.setAutoCommit(false);
    this.tickets = connection.prepareStatement(TICKET);
    this.lines = connection.prepareStatement(LINE);
  }

  /** Adds a ticket, and its timeline when {@code withTimeline}; answers the timeline rows added. */
  int add(SyntheticTicket t, boolean withTimeline) throws SQLException {
    int i = 1;
    tickets.setLong(i++, t.id);
    tickets.setString(i++, t.trackingCode);
    tickets.setString(i++, "bench-" + t.id);
    tickets.setString(i++, t.kind);
    tickets.setString(i++, t.category);
    tickets.setString(i++, t.commune);
    tickets.setBigDecimal(i++, t.latitude);
    tickets.setBigDecimal(i++, t.longitude);
    tickets.setString(i++, t.address);
    tickets.setString(i++, t.description);
    tickets.setLong(i++, t.citizenId);
    tickets.setString(i++, t.channel);
    tickets.setString(i++, t.status);
    tickets.setString(i++, t.agency);
    tickets.setString(i++, t.clock);
    tickets.setString(i++, UtcTime.column(t.receivedAt));
    tickets.setObject(i++, t.firstResponseDue);
    tickets.setObject(i++, t.dueDate);
    setInt(i++, t.rating);
    tickets.setString(i++, UtcTime.column(t.receivedAt));
    tickets.setString(i++, UtcTime.column(t.updatedAt()));
    tickets.setInt(i++, t.version());
    setLong(i++, t.assignee);
    tickets.setString(i++, UtcTime.column(t.firstResponseAt));
    tickets.setString(i++, UtcTime.column(t.resolvedAt));
    tickets.setString(i++, UtcTime.column(t.closedAt));
    tickets.setString(i++, t.closureCode);
    if (t.onTime == null) {
      tickets.setNull(i++, Types.BOOLEAN);
    } else {
      tickets.setBoolean(i++, t.onTime);
    }
    tickets.setObject(i++, t.pausedSince);
    tickets.setBoolean(i++, t.extended);
    tickets.setInt(i++, t.escalation);
    setLong(i++, t.duplicateOf);
    tickets.setString(i++, t.transferTo);
    tickets.setString(i++, t.transferReason);
    tickets.setString(i, SearchText.ofTicket(t.trackingCode, t.description, t.address));
    tickets.addBatch();
    pendingTickets++;
    if (!withTimeline) {
      return 0;
    }
    for (SyntheticTicket.Line line : t.timeline) {
      lines.setLong(1, t.id);
      lines.setString(2, UtcTime.column(line.at()));
      lines.setString(3, line.type());
      lines.setString(4, line.internal() ? "INTERNAL" : "PUBLIC");
      lines.setString(5, line.textVi());
      lines.setString(6, line.textEn());
      lines.setString(7, line.actor());
      lines.addBatch();
      pendingLines++;
    }
    return t.timeline.size();
  }

  int pendingTickets() {
    return pendingTickets;
  }

  /** Sends what is pending and commits it. */
  void flush() throws SQLException {
    if (pendingTickets > 0) {
      tickets.executeBatch();
    }
    if (pendingLines > 0) {
      lines.executeBatch();
    }
    connection.commit();
    pendingTickets = 0;
    pendingLines = 0;
  }

  private void setInt(int i, Integer value) throws SQLException {
    if (value == null) {
      tickets.setNull(i, Types.INTEGER);
    } else {
      tickets.setInt(i, value);
    }
  }

  private void setLong(int i, Long value) throws SQLException {
    if (value == null) {
      tickets.setNull(i, Types.BIGINT);
    } else {
      tickets.setLong(i, value);
    }
  }

  @Override
  public void close() throws SQLException {
    tickets.close();
    lines.close();
  }
}
