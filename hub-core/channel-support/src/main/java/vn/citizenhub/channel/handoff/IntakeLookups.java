package vn.citizenhub.channel.handoff;

import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import vn.citizenhub.contract.Channel;

/**
 * Looks up idempotency keys on a few threads of their own, so that a request never waits for the
 * pool or a silent database past its deadline: a lookup that cannot be made in time is a
 * {@link HandoffStoreException} (a 503; a lookup writes nothing).
 */
@Singleton
@Requires(property = HandoffSettings.ENABLED, value = "true")
class IntakeLookups {

  private static final int QUEUE_PER_THREAD = 64;

  private final PendingIntakeStore store;
  private final ThreadPoolExecutor threads;

  IntakeLookups(PendingIntakeStore store, HandoffLimits limits) {
    this.store = store;
    int n = limits.getLookupThreads();
    this.threads = new ThreadPoolExecutor(n, n, 1, TimeUnit.MINUTES,
        new ArrayBlockingQueue<>(n * QUEUE_PER_THREAD), runnable -> {
          Thread t = new Thread(runnable, "intake-lookup");
          t.setDaemon(true);
          return t;
        });
  }

  /** The intake kept under this key, found by {@code deadlineNanos} or not at all. */
  Optional<PendingIntake> byIdempotencyKey(Channel channel, String key, long deadlineNanos) {
    long left = deadlineNanos - System.nanoTime();
    int roundTripMillis = (int) Math.max(100, TimeUnit.NANOSECONDS.toMillis(left));
    Future<Optional<PendingIntake>> lookup;
    try {
      lookup = threads.submit(() -> store.findByIdempotencyKey(channel, key, roundTripMillis));
    } catch (RejectedExecutionException e) {
      throw new HandoffStoreException("too many idempotency lookups waiting", e);
    }
    try {
      return lookup.get(Math.max(0, left), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      lookup.cancel(true);
      throw new HandoffStoreException("idempotency lookup not answered in time", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HandoffStoreException("interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof HandoffStoreException h ? h
          : new HandoffStoreException("cannot read intake", e.getCause());
    }
  }

  @PreDestroy
  void stop() {
    threads.shutdownNow();
  }
}
