package vn.citizenhub.core.identity;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.citizenhub.contract.intake.CitizenRef;
import vn.citizenhub.contract.intake.PhoneNumber;
import vn.citizenhub.schema.InClause;
import vn.citizenhub.schema.UniqueViolation;
import vn.citizenhub.schema.UtcTime;

/**
 * Finds or creates citizens by their channel identity, race-safely: the unique key on (channel,
 * external id) decides, and whoever loses the insert reads the winner's row.
 */
@Singleton
public class CitizenDirectory {

  /** Citizen ids by identity ({@code web:…}, {@code zalo:…}) for every citizen given. */
  public Map<String, Long> resolve(Connection c, Collection<CitizenRef> citizens, Instant now)
      throws SQLException {
    // Sorted, so that two transactions insert new citizens in the same order and cannot deadlock.
    Map<String, CitizenRef> wanted = new TreeMap<>();
    citizens.forEach(ref -> wanted.putIfAbsent(ref.identity(), ref));
    Map<String, Long> ids = findAll(c, wanted.keySet());
    for (CitizenRef ref : wanted.values()) {
      ChannelIdentity identity = ChannelIdentity.parse(ref.identity());
      Long id = ids.get(ref.identity());
      if (id == null) {
        id = insert(c, identity, ref, now);
      } else {
        fillMissingContact(c, id, ref);
      }
      ids.put(ref.identity(), id);
    }
    return ids;
  }

  private Long insert(Connection c, ChannelIdentity identity, CitizenRef ref, Instant now)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO citizen (channel, external_id, display_name, phone, email, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
      s.setString(1, identity.channel());
      s.setString(2, identity.externalId());
      s.setString(3, blankToNull(ref.name()));
      s.setString(4, phone(ref));
      s.setString(5, blankToNull(ref.email()));
      s.setObject(6, UtcTime.column(now));
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    } catch (SQLException e) {
      if (!UniqueViolation.is(e)) {
        throw e;
      }
      // Another transaction created this citizen first and committed (that is when the unique
      // key refuses); under read committed this transaction sees the winner's row.
      Long winner = find(c, identity);
      if (winner == null) {
        throw new SQLException("citizen vanished after a duplicate key", e);
      }
      return winner;
    }
  }

  /** The known citizens among these identities, in one query per channel. */
  private Map<String, Long> findAll(Connection c, Collection<String> identities)
      throws SQLException {
    Map<String, List<String>> byChannel = new HashMap<>();
    for (String identity : identities) {
      ChannelIdentity parsed = ChannelIdentity.parse(identity);
      byChannel.computeIfAbsent(parsed.channel(), k -> new ArrayList<>()).add(parsed.externalId());
    }
    Map<String, Long> found = new HashMap<>();
    for (Map.Entry<String, List<String>> channel : byChannel.entrySet()) {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT id, external_id FROM citizen WHERE channel = ? AND external_id IN "
              + InClause.of(channel.getValue().size()))) {
        s.setString(1, channel.getKey());
        int i = 2;
        for (String externalId : channel.getValue()) {
          s.setString(i++, externalId);
        }
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            found.put(channel.getKey() + ":" + rs.getString(2), rs.getLong(1));
          }
        }
      }
    }
    return found;
  }

  private Long find(Connection c, ChannelIdentity identity) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT id FROM citizen WHERE channel = ? AND external_id = ?")) {
      s.setString(1, identity.channel());
      s.setString(2, identity.externalId());
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getLong(1) : null;
      }
    }
  }

  /** A citizen who gives a phone or name later keeps what they gave; nothing is overwritten. */
  private void fillMissingContact(Connection c, long id, CitizenRef ref) throws SQLException {
    String phone = phone(ref);
    if (phone == null && blankToNull(ref.name()) == null && blankToNull(ref.email()) == null) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE citizen SET display_name = COALESCE(display_name, ?),"
            + " phone = COALESCE(phone, ?), email = COALESCE(email, ?) WHERE id = ?")) {
      s.setString(1, blankToNull(ref.name()));
      s.setString(2, phone);
      s.setString(3, blankToNull(ref.email()));
      s.setLong(4, id);
      s.executeUpdate();
    }
  }

  private static String phone(CitizenRef ref) {
    return PhoneNumber.normalize(ref.phone()).orElse(null);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
