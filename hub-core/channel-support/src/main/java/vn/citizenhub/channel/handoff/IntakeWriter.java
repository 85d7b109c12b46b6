package vn.citizenhub.channel.handoff;

import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.logging.ErrorText;

/**
 * Group commit for the channel's intake table. Every committed write costs a disk flush (a few
 * milliseconds on ordinary disks), so one writer thread takes whatever requests are waiting and
 * writes them in one transaction; "sent" marks, which nobody waits for, are written in one
 * statement on the way. Under load this turns thousands of flushes a second into dozens.
 */
@Singleton
@Requires(property = HandoffSettings.ENABLED, value = "true")
class IntakeWriter {

  private static final Logger LOG = LoggerFactory.getLogger(IntakeWriter.class);
  private static final int MAX_BATCH = 500;

  private final PendingIntakeStore store;
  private final BlockingQueue<Write> writes = new LinkedBlockingQueue<>(20_000);
  private final BlockingQueue<String> sent = new LinkedBlockingQueue<>();
  private final Clock clock = Clock.systemUTC();
  private final Thread thread;
  private volatile boolean running = true;

  IntakeWriter(PendingIntakeStore store) {
    this.store = store;
    this.thread = new Thread(this::run, "intake-writer");
    thread.setDaemon(true);
    thread.start();
  }

  private record Write(PendingIntake intake, CompletableFuture<Boolean> written) {}

  /** Completes with true once the intake is committed, false if its key or code was taken. */
  CompletableFuture<Boolean> write(PendingIntake intake) {
    CompletableFuture<Boolean> written = new CompletableFuture<>();
    if (!writes.offer(new Write(intake, written))) {
      written.completeExceptionally(
          new HandoffStoreException("intake writer is saturated", null));
    }
    return written;
  }

  /** Notes that Kafka acknowledged the intake; written with the next batch. */
  void markSent(String envelopeId) {
    sent.add(envelopeId);
  }

  private void run() {
    List<Write> batch = new ArrayList<>(MAX_BATCH);
    while (running || !writes.isEmpty()) {
      try {
        Write first = writes.poll(50, TimeUnit.MILLISECONDS);
        if (first != null) {
          batch.add(first);
          writes.drainTo(batch, MAX_BATCH - 1);
          commit(batch);
          batch.clear();
        }
        flushSentMarks();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.warn("Intake writer round failed: {}", ErrorText.of(e));
      }
    }
  }

  private void commit(List<Write> batch) {
    try {
      boolean[] written = store.insertAll(batch.stream().map(Write::intake).toList());
      for (int i = 0; i < batch.size(); i++) {
        batch.get(i).written().complete(written[i]);
      }
    } catch (RuntimeException e) {
      batch.forEach(w -> w.written().completeExceptionally(e));
    }
  }

  private void flushSentMarks() {
    if (sent.isEmpty()) {
      return;
    }
    List<String> ids = new ArrayList<>();
    sent.drainTo(ids, 1000);
    try {
      store.markSent(ids, clock.instant());
    } catch (HandoffStoreException e) {
      // Still PENDING: the relay sends them again later and hub-core drops the duplicates.
      LOG.warn("Could not mark {} intake(s) sent: {}", ids.size(), ErrorText.of(e));
    }
  }

  @PreDestroy
  void stop() throws InterruptedException {
    running = false;
    thread.join(5_000);
  }
}
