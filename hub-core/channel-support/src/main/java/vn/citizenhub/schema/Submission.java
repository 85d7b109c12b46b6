package vn.citizenhub.schema;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One item waiting for {@link GroupCommit}. Its caller and the writer race for it once: the
 * writer claims it into a batch, or the caller abandons it at its deadline; never both, so an
 * abandoned item is never written.
 */
final class Submission<I, O> {

  private static final int QUEUED = 0;
  private static final int CLAIMED = 1;
  private static final int ABANDONED = 2;

  final I item;
  final long deadlineNanos;
  final CompletableFuture<O> result = new CompletableFuture<>();
  private final AtomicInteger state = new AtomicInteger(QUEUED);

  Submission(I item, long deadlineNanos) {
    this.item = item;
    this.deadlineNanos = deadlineNanos;
  }

  /** The writer takes it: true unless the caller gave up first. */
  boolean claim() {
    return state.compareAndSet(QUEUED, CLAIMED);
  }

  /** The caller gives up: true unless the writer took it first. */
  boolean abandon() {
    return state.compareAndSet(QUEUED, ABANDONED);
  }
}
