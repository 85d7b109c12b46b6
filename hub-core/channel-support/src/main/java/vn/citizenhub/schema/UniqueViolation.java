package vn.citizenhub.schema;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

/**
 * Whether a failed statement broke a unique key: how race-safe inserts learn that another
 * transaction won. MySQL and MariaDB say SQLState 23000, H2 23505, and a batch may wrap it.
 */
public final class UniqueViolation {
  private UniqueViolation() {}

  public static boolean is(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLIntegrityConstraintViolationException) {
        return true;
      }
      if (t instanceof SQLException sql
          && ("23000".equals(sql.getSQLState()) || "23505".equals(sql.getSQLState()))) {
        return true;
      }
    }
    return false;
  }
}
