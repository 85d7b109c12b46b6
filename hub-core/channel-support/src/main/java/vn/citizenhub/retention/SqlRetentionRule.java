package vn.citizenhub.retention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import vn.citizenhub.schema.UtcTime;

/**
 * A rule that is one statement: a {@code DELETE} or {@code UPDATE} whose two parameters are the
 * cut-off instant (rows older than {@code keep}) and the batch size, e.g.
 * {@code DELETE FROM t WHERE state = 'SENT' AND created_at < ? LIMIT ?}. Run in autocommit, so
 * each batch holds its row locks only for its own few hundred rows (MariaDB, MySQL and H2 all take
 * {@code LIMIT} on both statements).
 */
public record SqlRetentionRule(String name, Duration keep, DataSource pool, String sql)
    implements RetentionRule {

  public SqlRetentionRule {
    if (!sql.strip().toUpperCase().endsWith("LIMIT ?")) {
      throw new IllegalArgumentException("a purge statement must end with LIMIT ?: " + name);
    }
  }

  @Override
  public int purgeBatch(Instant now, int limit) throws Exception {
    try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, UtcTime.column(now.minus(keep)));
      s.setInt(2, limit);
      return s.executeUpdate();
    }
  }
}
