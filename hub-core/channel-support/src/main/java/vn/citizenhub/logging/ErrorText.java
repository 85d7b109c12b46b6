package vn.citizenhub.logging;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a log line may say about an exception. Some messages quote the data that caused them:
 * MariaDB's "Duplicate entry '0912345678-…'" and "Incorrect string value: '\xF0…'", Jackson's
 * "Cannot deserialize value … from String \"…\"" with the source excerpt. Those messages are
 * withheld (a database error is named by its SQLState and vendor code, which is what an operator
 * looks up anyway), and so are Jakarta Mail's (a recipient's address, a mail server's answer);
 * wrappers that repeat them (Micronaut Data's "Error executing SQL …: &lt;the driver's
 * message&gt;", {@code new RuntimeException(cause)}) lose the repeated part too.
 */
public final class ErrorText {

  static final String WITHHELD = "[message withheld: may quote personal data]";
  private static final String WITHHELD_SQL = "[%s; message withheld: may quote personal data]";

  private ErrorText() {}

  /** Replaces {@code e.toString()} in log arguments: class name and a safe, escaped message. */
  public static String of(Throwable e) {
    if (e == null) {
      return "null";
    }
    String message = message(e);
    StringBuilder out = new StringBuilder(e.getClass().getName());
    if (message != null) {
      out.append(": ").append(message);
    }
    SQLException sql = sqlCause(e);
    if (sql != null && sql != e) {
      out.append(" (").append(sqlCode(sql)).append(')');
    }
    return out.toString();
  }

  /** The message of {@code e} as a log may print it (escaped, withheld parts replaced), or null. */
  public static String message(Throwable e) {
    if (quotesData(e)) {
      return e instanceof SQLException sql ? String.format(WITHHELD_SQL, sqlCode(sql)) : WITHHELD;
    }
    String message = e.getMessage();
    if (message == null) {
      return null;
    }
    for (String withheld : withheldBelow(e)) {
      message = message.replace(withheld, WITHHELD);
    }
    return LogText.escape(message);
  }

  /** Exceptions whose message may quote the values they were given. */
  static boolean quotesData(Throwable e) {
    if (e instanceof SQLException) {
      return true;
    }
    String name = e.getClass().getName();
    // The drivers' own unchecked exceptions (Connector/J's CJException family, H2's),
    // Jackson's parse and mapping errors (which quote the input) and Jakarta Mail's (which
    // quote the recipient's address and the mail server's answer about it) are named, never
    // quoted.
    return name.startsWith("com.fasterxml.jackson.") || name.startsWith("com.mysql.")
        || name.startsWith("org.mariadb.") || name.startsWith("org.h2.")
        || name.startsWith("jakarta.mail.") || name.startsWith("org.eclipse.angus.mail.");
  }

  private static List<String> withheldBelow(Throwable e) {
    List<String> found = new ArrayList<>();
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable t = e.getCause(); t != null && seen.put(t, true) == null; t = t.getCause()) {
      if (quotesData(t) && t.getMessage() != null && !t.getMessage().isBlank()) {
        found.add(t.getMessage());
      }
    }
    return found;
  }

  private static SQLException sqlCause(Throwable e) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable t = e; t != null && seen.put(t, true) == null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        return sql;
      }
    }
    return null;
  }

  private static String sqlCode(SQLException e) {
    return "SQLState " + e.getSQLState() + ", error " + e.getErrorCode();
  }
}
