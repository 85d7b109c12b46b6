package vn.citizenhub.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Migrates the tables one module owns, with its own Flyway history, so hub-core and each channel
 * can share one database (the all-in-one launcher) or each have their own (distributed), and a
 * module's migrations never have to be numbered around another module's.
 *
 * <p>Migrations live in {@code classpath:db/<module>}. They may use {@code ${table_options}},
 * which is the utf8mb4 charset clause on MySQL and MariaDB and nothing on H2.
 */
public final class ModuleSchema {

  private static final Logger LOG = LoggerFactory.getLogger(ModuleSchema.class);
  private static final String MYSQL_TABLE_OPTIONS =
      "DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci";

  private ModuleSchema() {}

  public static void migrate(DataSource dataSource, String module) {
    Flyway flyway =
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/" + module)
            .table("flyway_history_" + module.replace('-', '_'))
            // Other modules' tables may already be in this schema: start this module's history
            // below its first migration so V1 still runs.
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .placeholders(Map.of("table_options", tableOptions(dataSource)))
            .load();
    MigrateResult result = flyway.migrate();
    LOG.info("Schema of {} at version {} ({} migrations applied)",
        module, result.targetSchemaVersion, result.migrationsExecuted);
  }

  private static String tableOptions(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      return product.contains("mysql") || product.contains("mariadb") ? MYSQL_TABLE_OPTIONS : "";
    } catch (SQLException e) {
      throw new IllegalStateException("database unreachable while migrating", e);
    }
  }
}
