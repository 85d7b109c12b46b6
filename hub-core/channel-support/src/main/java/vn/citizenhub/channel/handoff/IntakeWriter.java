package vn.citizenhub.channel.handoff;

import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.logging.ErrorText;
import vn.citizenhub.schema.GroupCommit;
import vn.citizenhub.schema.JdbcDatabase;

/**
 * Group commit for the channel's intake table ({@link GroupCommit}): every committed write costs a
 * disk flush, so one writer thread writes whatever requests are waiting in one transaction; under
 * load this turns thousands of flushes a second into dozens. The queue is bounded and each request
 * has a deadline, so an overloaded or unreachable database means a fast refusal, never a hang.
 *
 * <p>A second thread keeps the books nobody waits for: "sent" marks, written in one statement,
 * and intakes whose commit is in doubt, written again (if absent) once the database answers, so
 * the "processing delayed" they were answered with stays true.
 */
@Singleton
@Requires(property = HandoffSettings.ENABLED, value = "true")
class IntakeWriter {

  private static final Logger LOG = LoggerFactory.getLogger(IntakeWriter.class);
  private static final int MAX_BATCH = 500;

  /** What became of one intake. */
  enum Written {
    /** Committed. */
    YES,
    /** Its idempotency key or assigned code was taken: nothing written. */
    TAKEN,
    /** The database did not answer the commit; it is written again until it surely is. */
    IN_DOUBT
  }

  private final PendingIntakeStore store;
  private final GroupCommit<PendingIntake, Boolean> commits;
  private final BlockingQueue<String> sent = new LinkedBlockingQueue<>();
  private final ConcurrentLinkedQueue<PendingIntake> inDoubt = new ConcurrentLinkedQueue<>();
  private final Clock clock = Clock.systemUTC();
  private final Thread bookkeeper;
  private volatile boolean running = true;

  IntakeWriter(PendingIntakeStore store, JdbcDatabase database, HandoffLimits limits) {
    this.store = store;
    this.commits = new GroupCommit<>("intake-writer", database.pool(), limits.getQueueCapacity(),
        MAX_BATCH, store::insertAll);
    this.bookkeeper = new Thread(this::keepBooks, "intake-bookkeeper");
    bookkeeper.setDaemon(true);
    bookkeeper.start();
  }

  /**
   * Writes the intake by {@code deadlineNanos} ({@link System#nanoTime()}), or throws
   * {@link HandoffStoreException}: then it is not written and never will be.
   */
  Written write(PendingIntake intake, long deadlineNanos) {
    try {
      return commits.write(intake, deadlineNanos) ? Written.YES : Written.TAKEN;
    } catch (GroupCommit.NotWritten e) {
      throw new HandoffStoreException("intake not stored: " + e.getMessage(), e);
    } catch (GroupCommit.InDoubt e) {
      inDoubt.add(intake);
      return Written.IN_DOUBT;
    }
  }

  /** Notes that Kafka acknowledged the intake; written with the next marks. */
  void markSent(String envelopeId) {
    sent.add(envelopeId);
  }

  private void keepBooks() {
    while (running || !sent.isEmpty()) {
      try {
        String first = sent.poll(100, TimeUnit.MILLISECONDS);
        if (first != null) {
          List<String> ids = new ArrayList<>();
          ids.add(first);
          sent.drainTo(ids, 999);
          flushSentMarks(ids);
        }
        writeInDoubt();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.warn("Intake bookkeeping round failed: {}", ErrorText.of(e));
      }
    }
  }

  private void flushSentMarks(List<String> ids) {
    try {
      store.markSent(ids, clock.instant());
    } catch (HandoffStoreException e) {
      // Still PENDING: the relay sends them again later and hub-core drops the duplicates.
      LOG.warn("Could not mark {} intake(s) sent: {}", ids.size(), ErrorText.of(e));
    }
  }

  private void writeInDoubt() {
    for (PendingIntake intake = inDoubt.peek(); intake != null; intake = inDoubt.peek()) {
      if (!store.insertIfAbsent(intake, PendingIntakeStore.BOOKKEEPING_TIMEOUT_MILLIS)) {
        return; // the database is still away: try again next round
      }
      inDoubt.poll();
      LOG.info("Intake {} whose commit was in doubt is kept for the relay", intake.envelopeId());
    }
  }

  @PreDestroy
  void stop() throws InterruptedException {
    commits.stop();
    running = false;
    bookkeeper.join(5_000);
  }
}
