package vn.citizenhub.core.identity;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import vn.citizenhub.schema.UtcTime;

/**
 * Records each consent to personal data processing (Decree 13/2023): who, through which channel,
 * to which version of the text, when; reproducible in writing on request.
 */
@Singleton
public class ConsentLedger {

  public void record(Connection c, List<ConsentGiven> consents) throws SQLException {
    if (consents.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO consent_record (citizen_id, intake_id, channel, text_version, given_at)"
            + " VALUES (?, ?, ?, ?, ?)")) {
      for (ConsentGiven consent : consents) {
        s.setLong(1, consent.citizenId());
        s.setString(2, consent.intakeId());
        s.setString(3, consent.channel());
        s.setString(4, consent.textVersion());
        s.setObject(5, UtcTime.column(consent.givenAt()));
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /** One consent as given with one intake. */
  public record ConsentGiven(
      long citizenId, String intakeId, String channel, String textVersion,
      java.time.Instant givenAt) {}
}
