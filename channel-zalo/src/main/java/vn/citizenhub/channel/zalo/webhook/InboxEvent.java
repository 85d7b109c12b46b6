package vn.citizenhub.channel.zalo.webhook;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * A stored webhook event still to be processed.
 *
 * @param claimedBy the token of the step that claimed it to call Kafka or hub-core, or null
 * @param claimedUntil when that claim's lease ends (then anyone may take the event over), or null
 */
public record InboxEvent(long id, String oaName, String userId, String body, Instant receivedAt,
    int attempts, String claimedBy, Instant claimedUntil) {

  /** Whether a step elsewhere (another replica) holds this event under a lease still running. */
  public boolean claimedAt(Instant now) {
    return claimedBy != null && claimedUntil != null && now.isBefore(claimedUntil);
  }

  /** Whether an older event of the same user still waits: that one goes first. */
  public boolean olderWaiting(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM zalo_inbox"
        + " WHERE user_id = ? AND oa_name = ? AND state = 'NEW' AND id < ?")) {
      s.setString(1, userId);
      s.setString(2, oaName);
      s.setLong(3, id);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    }
  }
}
