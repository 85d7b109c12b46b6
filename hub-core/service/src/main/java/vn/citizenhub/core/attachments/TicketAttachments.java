package vn.citizenhub.core.attachments;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.schema.UtcTime;

/**
 * The rows of {@code ticket_attachment}: which files in the attachment store belong to which
 * ticket. Written in the intake transaction, read for the staff and public views.
 */
@Singleton
public class TicketAttachments {

  /** A file to record on a ticket, as an intake brought it. */
  public record NewAttachment(long ticketId, String storeKey, String mediaType, Long bytes,
      Channel channel, boolean publicAllowed) {}

  /** A recorded file. */
  public record Row(long id, long ticketId, String storeKey, String mediaType, Long bytes,
      String channel, boolean publicAllowed, Instant createdAt) {}

  private static final String COLUMNS = "id, ticket_id, store_key, media_type, bytes, channel,"
      + " public_allowed, created_at";

  /** Records {@code attachments} on the caller's transaction, in one batch. */
  public void insert(Connection c, List<NewAttachment> attachments, Instant now)
      throws SQLException {
    if (attachments.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO ticket_attachment (ticket_id,"
        + " store_key, media_type, bytes, channel, public_allowed, created_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (NewAttachment a : attachments) {
        s.setLong(1, a.ticketId());
        s.setString(2, a.storeKey());
        s.setString(3, a.mediaType());
        if (a.bytes() == null) {
          s.setNull(4, Types.BIGINT);
        } else {
          s.setLong(4, a.bytes());
        }
        s.setString(5, a.channel().name());
        s.setBoolean(6, a.publicAllowed());
        s.setObject(7, UtcTime.column(now));
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /** Every file of the ticket, oldest first. */
  public List<Row> ofTicket(Connection c, long ticketId) throws SQLException {
    return rows(c, "SELECT " + COLUMNS + " FROM ticket_attachment WHERE ticket_id = ?"
        + " ORDER BY id", ticketId);
  }

  /** The files the citizen allowed on the public page, oldest first (the public numbering). */
  public List<Row> publicOf(Connection c, long ticketId) throws SQLException {
    return rows(c, "SELECT " + COLUMNS + " FROM ticket_attachment WHERE ticket_id = ?"
        + " AND public_allowed = TRUE ORDER BY id", ticketId);
  }

  /** The {@code n}th (from 1) public photo of the ticket with this tracking code. */
  public Optional<Row> publicPhoto(Connection c, String trackingCode, int n)
      throws SQLException {
    if (n < 1) {
      return Optional.empty();
    }
    try (PreparedStatement s = c.prepareStatement("SELECT a." + COLUMNS.replace(", ", ", a.")
        + " FROM ticket_attachment a JOIN ticket t ON t.id = a.ticket_id"
        + " WHERE t.tracking_code = ? AND a.public_allowed = TRUE"
        + " ORDER BY a.id LIMIT 1 OFFSET ?")) {
      s.setString(1, trackingCode);
      s.setInt(2, n - 1);
      return read(s).stream().findFirst();
    }
  }

  /** One file of the ticket; empty when it is not this ticket's. */
  public Optional<Row> find(Connection c, long ticketId, long attachmentId) throws SQLException {
    List<Row> found = rows(c, "SELECT " + COLUMNS + " FROM ticket_attachment WHERE ticket_id = ?"
        + " AND id = ?", ticketId, attachmentId);
    return found.stream().findFirst();
  }

  private static List<Row> rows(Connection c, String sql, long... ids) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < ids.length; i++) {
        s.setLong(i + 1, ids[i]);
      }
      return read(s);
    }
  }

  private static List<Row> read(PreparedStatement s) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        rows.add(new Row(rs.getLong("id"), rs.getLong("ticket_id"), rs.getString("store_key"),
            rs.getString("media_type"), rs.getObject("bytes", Long.class),
            rs.getString("channel"), rs.getBoolean("public_allowed"),
            UtcTime.read(rs, "created_at")));
      }
    }
    return rows;
  }
}
