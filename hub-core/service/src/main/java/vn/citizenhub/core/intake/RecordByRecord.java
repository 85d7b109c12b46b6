package vn.citizenhub.core.intake;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.schema.JdbcDatabase;

/**
 * Applies a batch that failed as a whole one record at a time, each in its own transaction, so
 * that the record at fault is found and parked and every other one becomes a ticket. Telling a
 * poison record from an outage:
 * <ul>
 *   <li>a failure that looks transient (connection lost, lock timeout, deadlock) is never the
 *       record's fault: the batch is read again after a pause, however long the outage lasts;
 *   <li>a record that fails twice with an error of its own data (a value the database refuses, a
 *       number that cannot be read) is parked;
 *   <li>a record that fails twice in a way nobody foresaw is parked when a neighbour succeeded or
 *       when it was alone and failed {@link #ATTEMPTS_ALONE} times while the database answered;
 *       if several fail that way and none succeeds, the hub itself is at fault: read again later.
 * </ul>
 * One worker thread owns an instance.
 */
final class RecordByRecord {

  static final int ATTEMPTS_ALONE = 3;
  private static final int MAX_REMEMBERED = 1000;
  private static final Logger LOG = LoggerFactory.getLogger(RecordByRecord.class);

  private final IntakeProcessor processor;
  private final DeadLetters deadLetters;
  private final ColumnFit columns;
  private final JdbcDatabase database;
  private final Map<String, Integer> strikes = new HashMap<>();

  RecordByRecord(IntakeProcessor processor, DeadLetters deadLetters, ColumnFit columns,
      JdbcDatabase database) {
    this.processor = processor;
    this.deadLetters = deadLetters;
    this.columns = columns;
    this.database = database;
  }

  private record Failed(ConsumerRecord<String, byte[]> record, Exception failure) {}

  /** Applies or parks every record; throws when the batch must be read again after a pause. */
  void apply(List<ConsumerRecord<String, byte[]>> records) throws Exception {
    List<Future<?>> parked = new ArrayList<>();
    List<Failed> unexplained = new ArrayList<>();
    boolean anyApplied = false;
    for (ConsumerRecord<String, byte[]> record : records) {
      IntakeDecoder.Decoded decoded = IntakeDecoder.decode(record.value(), columns);
      if (decoded.isPoison()) {
        parked.add(deadLetters.park(record, decoded.poisonReason()));
        continue;
      }
      Exception failure = null;
      // Twice: a failure at the wrong moment (a lock, a fail-over) should not park a report.
      for (int attempt = 0; attempt < 2; attempt++) {
        try {
          IntakeProcessor.Result result = processor.process(List.of(decoded.envelope()));
          for (BatchWrites.Rejection rejection : result.rejected()) {
            parked.add(deadLetters.park(record, rejection.reason()));
          }
          failure = null;
          anyApplied = true;
          break;
        } catch (Exception e) {
          if (FailureKind.of(e) == FailureKind.TRANSIENT) {
            throw e;
          }
          failure = e;
        }
      }
      if (failure == null) {
        continue;
      }
      if (FailureKind.of(failure) == FailureKind.RECORD) {
        parked.add(deadLetters.park(record, DeadLetterReason.failed(failure, FailureKind.RECORD)));
      } else {
        unexplained.add(new Failed(record, failure));
      }
    }
    for (Future<?> sent : parked) {
      deadLetters.await(sent);
    }
    if (!unexplained.isEmpty()) {
      settle(unexplained, anyApplied);
    }
  }

  private void settle(List<Failed> unexplained, boolean anyApplied) throws Exception {
    boolean alone = unexplained.size() == 1 && databaseAnswers()
        && strike(unexplained.get(0).record()) >= ATTEMPTS_ALONE;
    if (!anyApplied && !alone) {
      Exception first = unexplained.get(0).failure();
      LOG.warn("{} intake records failed and none succeeded: reading them again later ({})",
          unexplained.size(), DeadLetterReason.describe(first));
      throw first;
    }
    List<Future<?>> parked = new ArrayList<>();
    for (Failed f : unexplained) {
      strikes.remove(source(f.record()));
      parked.add(deadLetters.park(f.record(),
          DeadLetterReason.failed(f.failure(), FailureKind.UNKNOWN)));
    }
    for (Future<?> sent : parked) {
      deadLetters.await(sent);
    }
  }

  private int strike(ConsumerRecord<String, byte[]> record) {
    if (strikes.size() > MAX_REMEMBERED) {
      strikes.clear();
    }
    return strikes.merge(source(record), 1, Integer::sum);
  }

  private boolean databaseAnswers() {
    try (Connection c = database.pool().getConnection()) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  private static String source(ConsumerRecord<String, byte[]> record) {
    return record.topic() + "-" + record.partition() + "@" + record.offset();
  }
}
