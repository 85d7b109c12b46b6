package vn.citizenhub.core.feedback;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.citizenhub.core.ticket.TicketStatus;
import vn.citizenhub.schema.UtcTime;

/**
 * Issues and finds private feedback tokens (table {@code feedback_token}), in the caller's
 * transaction. A token is bound to one ticket and one citizen: it lets that citizen rate that
 * ticket's answer and say it is not fixed, nothing else. The tracking code alone never does.
 */
@Singleton
public class FeedbackTokens {

  /** A token minted for a notice, to be stored with the notice's transaction. */
  public record Minted(String token, long ticketId, long citizenId) {}

  /** What a token grants: this citizen, this ticket. */
  public record Grant(long ticketId, long citizenId) {}

  private final Duration validity;

  FeedbackTokens(FeedbackSettings settings) {
    this.validity = settings.getTokenValidity();
  }

  /**
   * Whether a notice about a ticket now in {@code status} carries a token: when the ticket is
   * resolved or closed, which is exactly when the link can be used (a rating rates an answer; a
   * "not fixed" reopens an answer). A duplicate merged into another ticket gets none: its
   * reporter is given one with the other ticket's outcome.
   */
  public static boolean invitesFeedback(TicketStatus status, Long mergedIntoId) {
    return mergedIntoId == null
        && (status == TicketStatus.RESOLVED || status == TicketStatus.CLOSED);
  }

  public Minted mint(long ticketId, long citizenId) {
    return new Minted(FeedbackToken.mint(), ticketId, citizenId);
  }

  /** Keeps the hashes of these tokens, valid from {@code now}. */
  public void store(Connection c, List<Minted> tokens, Instant now) throws SQLException {
    if (tokens.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO feedback_token (token_hash,"
        + " ticket_id, citizen_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")) {
      for (Minted t : tokens) {
        s.setString(1, FeedbackToken.hash(t.token()));
        s.setLong(2, t.ticketId());
        s.setLong(3, t.citizenId());
        s.setObject(4, UtcTime.column(now));
        s.setObject(5, UtcTime.column(now.plus(validity)));
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /** What the token grants now; empty when it is malformed, unknown or expired. */
  public Optional<Grant> find(Connection c, String token, Instant now) throws SQLException {
    if (!FeedbackToken.wellFormed(token)) {
      return Optional.empty();
    }
    try (PreparedStatement s = c.prepareStatement("SELECT ticket_id, citizen_id FROM"
        + " feedback_token WHERE token_hash = ? AND expires_at > ?")) {
      s.setString(1, FeedbackToken.hash(token));
      s.setObject(2, UtcTime.column(now));
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(new Grant(rs.getLong(1), rs.getLong(2)))
            : Optional.empty();
      }
    }
  }
}
