package vn.citizenhub.channel.web.unsubscribe;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UniqueViolation;
import vn.citizenhub.schema.UtcTime;

/**
 * The addresses that asked for no more e-mail ({@code web_mail_unsubscribed}), kept as their
 * keyed hash ({@link MailKey#addressHash}): the table can answer "is this address unsubscribed?"
 * but cannot list anyone's address.
 */
@Singleton
public class UnsubscribedAddresses {

  private final JdbcDatabase database;
  private final MailKey key;

  UnsubscribedAddresses(JdbcDatabase database, MailKey key) {
    this.database = database;
    this.key = key;
  }

  public boolean contains(String address) throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement(
            "SELECT 1 FROM web_mail_unsubscribed WHERE address_hash = ?")) {
      s.setString(1, key.addressHash(address));
      try (ResultSet rs = s.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** Records the unsubscribe; true when it is new, false when the address had already left. */
  boolean add(String addressHash, Instant now) throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("INSERT INTO web_mail_unsubscribed"
            + " (address_hash, unsubscribed_at) VALUES (?, ?)")) {
      s.setString(1, addressHash);
      s.setObject(2, UtcTime.column(now));
      s.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (UniqueViolation.is(e)) {
        return false; // a second click, or the mail client's one-click POST after the page's
      }
      throw e;
    }
  }
}
