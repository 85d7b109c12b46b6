package vn.citizenhub.testsupport;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The sizes of a schema's text columns as the database itself reports them
 * (INFORMATION_SCHEMA.COLUMNS), so that tests hold validators to what the columns really hold
 * after every migration, not to numbers copied from the SQL files.
 */
public final class ColumnSizes {

  /** How much one column holds: characters (VARCHAR(n): n), and bytes (TEXT: 65,535). */
  public record Size(long characters, long bytes) {

    /**
     * The most characters of any Java text this column holds: a Java char takes at most three
     * bytes in UTF-8 (a surrogate pair, two chars, takes four), so a TEXT column of 65,535 bytes
     * holds any 21,845 chars, however they are written.
     */
    public long javaChars() {
      return Math.min(characters, bytes / 3);
    }
  }

  private final Map<String, Size> sizes;

  private ColumnSizes(Map<String, Size> sizes) {
    this.sizes = Map.copyOf(sizes);
  }

  /** A fresh, empty database on the test server, for a module's migrations to run on. */
  public static DataSource freshDatabase(String prefix) {
    TestDatabase.Server server = TestDatabase.server();
    MysqlDataSource dataSource = new MysqlDataSource();
    dataSource.setURL(TestDatabase.freshDatabase(prefix));
    dataSource.setUser(server.username());
    dataSource.setPassword(server.password());
    return dataSource;
  }

  /** Every text column of the database {@code dataSource} points at, by "table.column". */
  public static ColumnSizes of(DataSource dataSource) {
    Map<String, Size> sizes = new HashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT TABLE_NAME, COLUMN_NAME,"
            + " CHARACTER_MAXIMUM_LENGTH, CHARACTER_OCTET_LENGTH FROM INFORMATION_SCHEMA.COLUMNS"
            + " WHERE TABLE_SCHEMA = DATABASE() AND CHARACTER_MAXIMUM_LENGTH IS NOT NULL")) {
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          sizes.put(rs.getString(1).toLowerCase() + "." + rs.getString(2).toLowerCase(),
              new Size(rs.getLong(3), rs.getLong(4)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the schema's column sizes", e);
    }
    return new ColumnSizes(sizes);
  }

  /** The size of {@code table.column}; fails when the schema has no such text column. */
  public Size of(String tableDotColumn) {
    Size size = sizes.get(tableDotColumn);
    if (size == null) {
      throw new AssertionError("no text column " + tableDotColumn + " in the schema");
    }
    return size;
  }
}
