package vn.citizenhub.deploy.distributed;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where the distributed deployment's files are, and what every check of them agrees on. */
final class DistributedDeployment {

  /** deploy/distributed, from the deploy module's folder (Surefire's working directory). */
  static final Path FOLDER = Path.of(System.getProperty("basedir", ".")).resolve("distributed");
  /** The repository's root, where the modules' own configuration lives. */
  static final Path REPOSITORY = FOLDER.getParent().getParent();

  /**
   * hub-core and every channel, by service name: the modules with a main ({@link
   * ServiceModules}), so a new channel's deployment is held to every rule as soon as it has one.
   */
  static final List<String> SERVICES =
      ServiceModules.services().stream().map(ServiceModules.Module::serviceName).toList();
  static final String HUB_CORE = "hub-core";
  static final List<String> CHANNELS =
      SERVICES.stream().filter(s -> !s.equals(HUB_CORE)).toList();
  /** A variable with one of these words in its name holds a secret and must come from one. */
  static final Pattern SECRET_LOOKING = Pattern.compile(".*(PASSWORD|SECRET|TOKEN).*");

  private static final Pattern JDBC_DATABASE = Pattern.compile("^jdbc:mysql://[^/]+/(\\w+)");

  private DistributedDeployment() {}

  static String read(String relativePath) {
    try {
      return Files.readString(FOLDER.resolve(relativePath));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The database a MySQL JDBC URL names: hub in jdbc:mysql://mysql:3306/hub?... */
  static String databaseOf(String jdbcUrl) {
    Matcher m = JDBC_DATABASE.matcher(jdbcUrl);
    assertTrue(m.find(), "not a MySQL JDBC URL with a database: " + jdbcUrl);
    return m.group(1);
  }

  /** The init SQL makes every database a service connects to. */
  static void assertInitCreates(String jdbcUrl) {
    String database = databaseOf(jdbcUrl);
    assertTrue(read("mysql-init/01-hub-databases.sql")
            .contains("CREATE DATABASE IF NOT EXISTS " + database + " "),
        "mysql-init/01-hub-databases.sql does not create " + database);
  }
}
