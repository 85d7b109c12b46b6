package vn.citizenhub.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MySQLContainer;

/**
 * The real MySQL-compatible server tests use, in this order: the server of
 * {@code DATASOURCES_DEFAULT_URL} (with _USERNAME/_PASSWORD), else a server on 127.0.0.1:3306
 * (root, empty password), else MySQL 8 in Testcontainers where Docker runs. Each caller gets a
 * database of its own on that server, so test runs never see each other's rows.
 */
public final class TestDatabase {

  private static final String LOCAL_SERVER = "jdbc:mysql://127.0.0.1:3306/";
  private static final String OPTIONS =
      "?rewriteBatchedStatements=true&useServerPrepStmts=true&cachePrepStmts=true"
      + "&characterEncoding=UTF-8&allowPublicKeyRetrieval=true&useSSL=false";

  private static Server server;
  private static final java.util.List<String> CREATED = new java.util.ArrayList<>();

  private TestDatabase() {}

  /** Where a server is and how to log in. */
  public record Server(String baseUrl, String username, String password) {
    public String url(String database) {
      return baseUrl + database + OPTIONS;
    }
  }

  public static synchronized Server server() {
    if (server == null) {
      server = locate();
    }
    return server;
  }

  /** Creates an empty utf8mb4 database and returns its JDBC URL. */
  public static String freshDatabase(String prefix) {
    Server s = server();
    String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    try (Connection c = DriverManager.getConnection(s.url(""), s.username(), s.password());
        Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name
          + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    synchronized (CREATED) {
      if (CREATED.isEmpty()) {
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropCreated, "drop-test-dbs"));
      }
      CREATED.add(name);
    }
    return s.url(name);
  }

  /** Leaves the server as the tests found it. */
  private static void dropCreated() {
    Server s = server;
    try (Connection c = DriverManager.getConnection(s.url(""), s.username(), s.password());
        Statement st = c.createStatement()) {
      for (String name : CREATED) {
        st.execute("DROP DATABASE IF EXISTS " + name);
      }
    } catch (SQLException e) {
      System.err.println("Test databases left behind: " + CREATED + " (" + e + ")");
    }
  }

  private static Server locate() {
    String url = System.getenv("DATASOURCES_DEFAULT_URL");
    if (url != null && !url.isBlank()) {
      String base = url.substring(0, url.indexOf('/', "jdbc:mysql://".length()) + 1);
      return check(new Server(base, env("DATASOURCES_DEFAULT_USERNAME", "root"),
          env("DATASOURCES_DEFAULT_PASSWORD", "")));
    }
    Server local = new Server(LOCAL_SERVER, "root", "");
    if (reachable(local)) {
      return local;
    }
    if (dockerAvailable()) {
      MySQLContainer<?> mysql = new MySQLContainer<>("mysql:8.4").withUsername("root")
          .withPassword("test");
      mysql.start();
      String base = mysql.getJdbcUrl().substring(0, mysql.getJdbcUrl().lastIndexOf('/') + 1);
      return check(new Server(base, "root", "test"));
    }
    throw new IllegalStateException("No MySQL-compatible server for the tests. Start MariaDB or"
        + " MySQL on 127.0.0.1:3306 (root, empty password), or set DATASOURCES_DEFAULT_URL,"
        + " DATASOURCES_DEFAULT_USERNAME and DATASOURCES_DEFAULT_PASSWORD, or run Docker.");
  }

  private static Server check(Server s) {
    if (!reachable(s)) {
      throw new IllegalStateException("The test database server " + s.baseUrl()
          + " does not accept connections");
    }
    return s;
  }

  private static boolean reachable(Server s) {
    try (Connection c = DriverManager.getConnection(s.url(""), s.username(), s.password())) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  private static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }
}
