package vn.citizenhub.core.ticket;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.schema.UtcTime;

/**
 * The citizens' ratings of a ticket's answer (table {@code ticket_rating}): one per citizen and
 * ticket, replaced when that citizen rates again. Written by whoever holds the ticket's row lock,
 * so two ratings of one ticket never race.
 */
@Singleton
public class TicketRatings {

  /** One citizen's rating. {@code byReporter}: the ticket's own reporter gave it. */
  public record Given(long citizenId, int score, String comment, Channel channel,
      Instant ratedAt, boolean byReporter) {}

  /** Records the rating and returns the score it replaces, if this citizen had rated before. */
  public Optional<Integer> put(Connection c, long ticketId, long citizenId, int score,
      String comment, Channel channel, Instant now) throws SQLException {
    Optional<Integer> previous = of(c, ticketId, citizenId).map(Given::score);
    String sql = previous.isPresent()
        ? "UPDATE ticket_rating SET score = ?, comment = ?, channel = ?, rated_at = ?"
            + " WHERE ticket_id = ? AND citizen_id = ?"
        : "INSERT INTO ticket_rating (score, comment, channel, rated_at, ticket_id, citizen_id)"
            + " VALUES (?, ?, ?, ?, ?, ?)";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setInt(1, score);
      s.setString(2, comment == null || comment.isBlank() ? null : comment.strip());
      s.setString(3, channel.name());
      s.setObject(4, UtcTime.column(now));
      s.setLong(5, ticketId);
      s.setLong(6, citizenId);
      s.executeUpdate();
    }
    try (PreparedStatement s = c.prepareStatement("UPDATE ticket SET rating = ? WHERE id = ?")) {
      s.setInt(1, score);
      s.setLong(2, ticketId);
      s.executeUpdate();
    }
    return previous;
  }

  /** This citizen's rating of the ticket, if they gave one. */
  public Optional<Given> of(Connection c, long ticketId, long citizenId) throws SQLException {
    List<Given> found = read(c, " AND r.citizen_id = ?", ticketId, citizenId);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** Every rating of the ticket, oldest first (for staff: the comments are citizens' words). */
  public List<Given> all(Connection c, long ticketId) throws SQLException {
    return read(c, "", ticketId, null);
  }

  private static List<Given> read(Connection c, String and, long ticketId, Long citizenId)
      throws SQLException {
    List<Given> found = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT r.citizen_id, r.score, r.comment,"
        + " r.channel, r.rated_at, t.citizen_id AS reporter FROM ticket_rating r JOIN ticket t"
        + " ON t.id = r.ticket_id WHERE r.ticket_id = ?" + and + " ORDER BY r.rated_at")) {
      s.setLong(1, ticketId);
      if (citizenId != null) {
        s.setLong(2, citizenId);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          long citizen = rs.getLong("citizen_id");
          found.add(new Given(citizen, rs.getInt("score"), rs.getString("comment"),
              Channel.valueOf(rs.getString("channel")), UtcTime.read(rs, "rated_at"),
              citizen == rs.getLong("reporter")));
        }
      }
    }
    return found;
  }
}
