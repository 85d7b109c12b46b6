package vn.citizenhub.channel.handoff;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Admission control at a channel's edge: at most {@link HandoffLimits#getMaxConcurrent()} intake
 * requests are worked on at once (Resilience4j's bulkhead, no waiting). Past that the request is
 * refused at once with a {@link HandoffStoreException} (a 503 that keeps nothing), instead of
 * joining a crowd of threads that all answer late when offered more than the machine can do.
 */
@Singleton
public class IntakeAdmission {

  private final Bulkhead bulkhead;

  IntakeAdmission(HandoffLimits limits) {
    this.bulkhead = Bulkhead.of("intake-admission", BulkheadConfig.custom()
        .maxConcurrentCalls(limits.getMaxConcurrent())
        .maxWaitDuration(Duration.ZERO)
        .build());
  }

  /**
   * Starts {@code request} if admitted, and holds its place until the future it returns ends (an
   * upload read as it arrives, then worked on); refuses it at once otherwise.
   */
  public <T> CompletableFuture<T> admitAsync(Supplier<CompletableFuture<T>> request) {
    if (!bulkhead.tryAcquirePermission()) {
      throw new HandoffStoreException("too many intake requests at once", null);
    }
    try {
      return request.get().whenComplete((result, failure) -> bulkhead.onComplete());
    } catch (RuntimeException e) {
      bulkhead.onComplete();
      throw e;
    }
  }

  /** Runs {@code request} if admitted; refuses it at once otherwise. */
  public <T> T admit(Supplier<T> request) {
    if (!bulkhead.tryAcquirePermission()) {
      throw new HandoffStoreException("too many intake requests at once", null);
    }
    try {
      return request.get();
    } finally {
      bulkhead.onComplete();
    }
  }
}
