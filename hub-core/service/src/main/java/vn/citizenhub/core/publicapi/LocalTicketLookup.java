package vn.citizenhub.core.publicapi;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.tracking.TicketLookup;
import vn.citizenhub.core.ticket.TicketStatus;
import vn.citizenhub.logging.ErrorText;
import vn.citizenhub.schema.JdbcDatabase;

/** The ticket lookup for channels running in the same process as hub-core: no HTTP round trip. */
@Singleton
class LocalTicketLookup implements TicketLookup {

  private static final Logger LOG = LoggerFactory.getLogger(LocalTicketLookup.class);

  private final JdbcDatabase database;

  LocalTicketLookup(JdbcDatabase database) {
    this.database = database;
  }

  @Override
  public Found find(String trackingCode) {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement(
            "SELECT status FROM ticket WHERE tracking_code = ?")) {
      s.setString(1, trackingCode);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Found.NONE;
        }
        return TicketStatus.valueOf(rs.getString(1)).inboxStage() == 0 ? Found.OPEN
            : Found.CLOSED;
      }
    } catch (SQLException e) {
      LOG.warn("Tracking lookup failed: {}", ErrorText.of(e));
      return Found.UNAVAILABLE;
    }
  }
}
