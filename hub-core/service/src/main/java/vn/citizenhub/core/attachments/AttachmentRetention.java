package vn.citizenhub.core.attachments;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.citizenhub.attachments.AttachmentStore;
import vn.citizenhub.core.retention.CoreRetentionSettings;
import vn.citizenhub.retention.RetentionRule;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UtcTime;

/**
 * Retention of citizens' photos and files (docs/retention.md): those of a ticket closed longer
 * than {@code hub.retention.core.attachments-after-closing} ago are deleted from the attachment
 * store, then their rows. A file that cannot be deleted keeps its row, so the next run tries
 * again; a file already gone (the Zalo channel's own purge, an erasure) is simply not there.
 */
@Singleton
class AttachmentRetention implements RetentionRule {

  private final JdbcDatabase database;
  private final AttachmentStore store;
  private final CoreRetentionSettings settings;

  AttachmentRetention(JdbcDatabase database, AttachmentStore store,
      CoreRetentionSettings settings) {
    this.database = database;
    this.store = store;
    this.settings = settings;
  }

  @Override
  public String name() {
    return "ticket_attachment";
  }

  @Override
  public int purgeBatch(Instant now, int limit) throws SQLException {
    Map<Long, String> due = new LinkedHashMap<>();
    try (Connection c = database.pool().getConnection()) {
      try (PreparedStatement s = c.prepareStatement("SELECT a.id, a.store_key"
          + " FROM ticket_attachment a JOIN ticket t ON t.id = a.ticket_id"
          + " WHERE t.status = 'CLOSED' AND t.closed_at < ? ORDER BY a.id LIMIT ?")) {
        s.setObject(1, UtcTime.column(now.minus(settings.getAttachmentsAfterClosing())));
        s.setInt(2, limit);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            due.put(rs.getLong(1), rs.getString(2));
          }
        }
      }
      for (Map.Entry<Long, String> file : due.entrySet()) {
        store.delete(file.getValue()); // throws: the row stays for the next run
        try (PreparedStatement d = c.prepareStatement(
            "DELETE FROM ticket_attachment WHERE id = ?")) {
          d.setLong(1, file.getKey());
          d.executeUpdate();
        }
      }
    }
    return due.size();
  }
}
