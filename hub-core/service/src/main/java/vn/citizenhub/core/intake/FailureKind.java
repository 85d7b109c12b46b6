package vn.citizenhub.core.intake;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Why applying intake failed, as far as the exception tells: the hub's surroundings (database or
 * broker unreachable, a lock timeout, a deadlock: try again later, never dead-letter), the record
 * itself (a value the database refuses, a number that cannot be read: dead-letter it), or
 * unknown (decided by whether the record's neighbours succeed).
 */
enum FailureKind {
  TRANSIENT,
  RECORD,
  UNKNOWN;

  /** MySQL/MariaDB error codes that mean "try again", whatever SQLState the driver gives them. */
  private static final Set<Integer> RETRYABLE_ERRORS = Set.of(
      1205, // lock wait timeout
      1213, // deadlock
      1040, // too many connections
      1290, // server is read-only (a fail-over in progress)
      1927, // connection killed
      2002, 2003, 2006, 2013); // cannot connect, server gone away, lost connection

  static FailureKind of(Throwable failure) {
    // The whole chain is searched for an outage first: a data-looking wrapper around a lost
    // connection is still an outage.
    for (Throwable t : chain(failure)) {
      if (isTransient(t)) {
        return TRANSIENT;
      }
    }
    for (Throwable t : chain(failure)) {
      if (isRecordBound(t)) {
        return RECORD;
      }
    }
    return UNKNOWN;
  }

  private static boolean isTransient(Throwable t) {
    if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
        || t instanceof SQLNonTransientConnectionException
        || t instanceof IOException || t instanceof TimeoutException
        || t instanceof org.apache.kafka.common.errors.RetriableException
        || t instanceof InterruptedException) {
      return true;
    }
    if (t instanceof SQLException sql) {
      String state = sql.getSQLState();
      if (state != null && (state.startsWith("08") // connection exception
          || state.startsWith("40") // transaction rollback: deadlock, serialisation
          || state.startsWith("HYT"))) { // timeout
        return true;
      }
      return RETRYABLE_ERRORS.contains(sql.getErrorCode());
    }
    return false;
  }

  private static boolean isRecordBound(Throwable t) {
    if (t instanceof SQLException sql) {
      String state = sql.getSQLState();
      // 22: data exception (too long, out of range, bad value); 23: integrity constraint.
      return state != null && (state.startsWith("22") || state.startsWith("23"));
    }
    // NumberFormatException is an IllegalArgumentException.
    return t instanceof IllegalArgumentException || t instanceof ArithmeticException
        || t instanceof DateTimeException || t instanceof ClassCastException
        || t instanceof NullPointerException || t instanceof IndexOutOfBoundsException;
  }

  private static List<Throwable> chain(Throwable failure) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = failure; t != null && chain.size() < 20 && !chain.contains(t);
        t = t.getCause()) {
      chain.add(t);
      if (t instanceof SQLException sql && sql.getNextException() != null
          && !chain.contains(sql.getNextException())) {
        chain.add(sql.getNextException()); // a batch reports its row's error here
      }
    }
    return chain;
  }
}
