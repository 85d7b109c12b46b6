package vn.citizenhub.core.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures may dead-letter a record and which must only ever be retried. */
class FailureKindTest {

  @Test
  void aDatabaseOutageIsTransientHoweverItIsWrapped() {
    // HikariCP when no connection comes: the whole intake waits, no record is blamed.
    assertEquals(FailureKind.TRANSIENT, FailureKind.of(
        new SQLTransientConnectionException("pool - Connection is not available")));
    // Connector/J's lost connection (SQLState 08S01) under a runtime wrapper.
    assertEquals(FailureKind.TRANSIENT, FailureKind.of(new IllegalStateException("lookup failed",
        new SQLException("Communications link failure", "08S01"))));
    assertEquals(FailureKind.TRANSIENT, FailureKind.of(
        new SQLNonTransientConnectionException("Could not create connection")));
    assertEquals(FailureKind.TRANSIENT, FailureKind.of(
        new SQLException("I/O error", "HY000", 0, new ConnectException("Connection refused"))));
    // Server gone away (2006) and a read-only server during a fail-over (1290).
    assertEquals(FailureKind.TRANSIENT, FailureKind.of(new SQLException("gone", "HY000", 2006)));
    assertEquals(FailureKind.TRANSIENT, FailureKind.of(new SQLException("ro", "HY000", 1290)));
  }

  @Test
  void locksAndDeadlocksAreTransient() {
    assertEquals(FailureKind.TRANSIENT, FailureKind.of(new SQLException("Deadlock", "40001", 1213)));
    assertEquals(FailureKind.TRANSIENT,
        FailureKind.of(new SQLException("Lock wait timeout exceeded", "HY000", 1205)));
  }

  @Test
  void aValueTheDatabaseRefusesIsTheRecordsOwn() {
    assertEquals(FailureKind.RECORD,
        FailureKind.of(new SQLException("Data too long for column 'email'", "22001", 1406)));
    assertEquals(FailureKind.RECORD,
        FailureKind.of(new SQLException("Incorrect date value", "22007", 1292)));
    assertEquals(FailureKind.RECORD, FailureKind.of(
        new SQLIntegrityConstraintViolationException("Column cannot be null", "23000", 1048)));
    // A batch reports its row's error as the cause.
    assertEquals(FailureKind.RECORD, FailureKind.of(new BatchUpdateException("batch", "22001",
        1406, new int[0], new SQLException("Data too long", "22001", 1406))));
  }

  @Test
  void aValueJavaCannotReadIsTheRecordsOwn() {
    assertEquals(FailureKind.RECORD, FailureKind.of(new NumberFormatException("Character N")));
    assertEquals(FailureKind.RECORD,
        FailureKind.of(new IllegalArgumentException("bad", new ArithmeticException())));
  }

  @Test
  void anOutageBelowADataLookingWrapperIsStillAnOutage() {
    assertEquals(FailureKind.TRANSIENT, FailureKind.of(new IllegalArgumentException("wrapped",
        new SQLTransientConnectionException("pool exhausted"))));
    assertEquals(FailureKind.TRANSIENT, FailureKind.of(
        new UncheckedIOException(new java.io.IOException("broken pipe"))));
  }

  @Test
  void whatNobodyForesawIsUnknown() {
    assertEquals(FailureKind.UNKNOWN, FailureKind.of(new IllegalStateException("no clock")));
    assertEquals(FailureKind.UNKNOWN,
        FailureKind.of(new SQLException("Unhandled user-defined exception", "45000", 1644)));
  }
}
