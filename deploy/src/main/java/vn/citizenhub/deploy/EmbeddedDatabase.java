package vn.citizenhub.deploy;

import java.nio.file.Path;
import java.util.Map;

/** The embedded default database: H2 in MySQL mode, in a file under the data folder. */
final class EmbeddedDatabase {

  private EmbeddedDatabase() {}

  static Map<String, Object> properties(Path dir) {
    return Map.of(
        "datasources.default.url", "jdbc:h2:file:" + dir.resolve("hub").toAbsolutePath()
            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE"
            // The hub closes its pool on shutdown; H2 must not close the file under it first.
            + ";DB_CLOSE_ON_EXIT=FALSE",
        "datasources.default.driver-class-name", "org.h2.Driver",
        "datasources.default.username", "sa",
        "datasources.default.password", "",
        // A small pool: H2 serialises writes to its file anyway.
        "datasources.default.maximum-pool-size", "8");
  }
}
