package vn.citizenhub.bench;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Requests that arrive at a steady average rate whether or not earlier ones are answered, the
 * way many staff members' browsers load a hub: gaps drawn at random (a Poisson stream), each
 * request sent on a thread of its own when its time comes. Latency runs from the moment the
 * request was due, not from when a thread got round to it, so a slow server cannot hide its
 * queue by slowing the bench down.
 */
final class OpenLoop {

  private OpenLoop() {}

  static Map<String, AtomicInteger> run(StaffClient client, List<WorkspaceRequests.Request> requests,
      int perSecond, Map<String, Latencies> figures, long seed) throws InterruptedException {
    WorkspaceBench.prepare(requests, figures);
    Map<String, AtomicInteger> failed = new ConcurrentHashMap<>();
    SplittableRandom random = new SplittableRandom(seed);
    ExecutorService senders = Executors.newCachedThreadPool();
    long meanGapNanos = 1_000_000_000L / perSecond;
    long due = System.nanoTime();
    for (WorkspaceRequests.Request r : requests) {
      due += (long) (-Math.log(1 - random.nextDouble()) * meanGapNanos);
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      long dueAt = due;
      senders.execute(() -> WorkspaceBench.send(client, r, dueAt, figures, failed));
    }
    senders.shutdown();
    if (!senders.awaitTermination(5, TimeUnit.MINUTES)) {
      throw new IllegalStateException("requests still unanswered 5 minutes after the last");
    }
    return failed;
  }
}
