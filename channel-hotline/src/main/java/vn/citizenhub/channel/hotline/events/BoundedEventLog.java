package vn.citizenhub.channel.hotline.events;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpStatus;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.handoff.HandoffLimits;
import vn.citizenhub.channel.hotline.HotlineRefusal;
import vn.citizenhub.channel.hotline.HotlineSettings;
import vn.citizenhub.channel.hotline.calls.CallLog;

/**
 * Records phone-system events on a few threads of their own, within the hand-off's time limit:
 * the phone system hears 202 or a fast 503 and sends the event again. This is the edge's
 * admission control: at most {@code record-threads} events are recorded at once and
 * {@code record-queue} wait; one more is refused at once. A 503 is honest: an event still waiting
 * when its time is up is abandoned and never recorded. Only an event whose transaction was already
 * running when its time ran out (the database slow to answer) may still be recorded after its 503;
 * the phone system's repeat then counts once ({@link CallLog#record} answers false).
 */
@Singleton
@Requires(property = HotlineSettings.ENABLED, value = "true", defaultValue = "true")
class BoundedEventLog {

  private static final Logger LOG = LoggerFactory.getLogger(BoundedEventLog.class);
  private static final long LOG_EVERY_NANOS = 10_000_000_000L;
  private static final int WAITING = 0;
  private static final int RECORDING = 1;
  private static final int ABANDONED = 2;

  private final CallLog calls;
  private final long withinNanos;
  private final ThreadPoolExecutor threads;
  private final Bulkhead admission;
  private final AtomicLong refused = new AtomicLong();
  private final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

  BoundedEventLog(CallLog calls, HandoffLimits limits, PhoneEventSettings settings) {
    this.calls = calls;
    this.withinNanos = limits.getAnswerWithin().toNanos();
    this.threads = new ThreadPoolExecutor(settings.getRecordThreads(),
        settings.getRecordThreads(), 1, TimeUnit.MINUTES,
        new ArrayBlockingQueue<>(settings.getRecordQueue()), runnable -> {
          Thread t = new Thread(runnable, "phone-event-log");
          t.setDaemon(true);
          return t;
        });
    this.admission = Bulkhead.of("phone-event-admission", BulkheadConfig.custom()
        .maxConcurrentCalls(settings.getRecordThreads() + settings.getRecordQueue())
        .maxWaitDuration(Duration.ZERO)
        .build());
  }

  /**
   * Admission at the edge, as the web channel's {@code IntakeAdmission}: at most as many events
   * are worked on at once as can be recording or waiting; one more is refused at once, before
   * its signature is even checked, so that a flood's refusals cost as little as they can.
   */
  <T> T admit(Supplier<T> request) {
    if (!admission.tryAcquirePermission()) {
      throw unavailable("more events in progress than can be recorded in time");
    }
    try {
      return request.get();
    } finally {
      admission.onComplete();
    }
  }

  /** True when the event is new, false for a repeat; a 503 refusal when not done in time. */
  boolean record(PhoneEvent event, Instant receivedAt) {
    AtomicInteger state = new AtomicInteger(WAITING);
    CompletableFuture<Boolean> recorded = new CompletableFuture<>();
    try {
      threads.execute(() -> {
        if (!state.compareAndSet(WAITING, RECORDING)) {
          return; // its caller was answered 503 meanwhile: never recorded
        }
        try {
          recorded.complete(calls.record(event, receivedAt));
        } catch (Exception | Error e) {
          recorded.completeExceptionally(e);
        }
      });
    } catch (RejectedExecutionException e) {
      throw unavailable("every recording thread busy and the queue full");
    }
    try {
      return recorded.get(withinNanos, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw unavailable(state.compareAndSet(WAITING, ABANDONED)
          ? "not recorded in time (abandoned)" : "recording still running (in doubt)");
    } catch (ExecutionException e) {
      throw unavailable("the call log failed");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      state.compareAndSet(WAITING, ABANDONED);
      throw unavailable("interrupted");
    }
  }

  /** A 503; logged at most once every 10 s, with the running count (they come by the thousand). */
  private HotlineRefusal unavailable(String why) {
    long count = refused.incrementAndGet();
    long last = lastLogged.get();
    long now = System.nanoTime();
    if (now - last >= LOG_EVERY_NANOS && lastLogged.compareAndSet(last, now)) {
      LOG.warn("Phone-system event answered 503 ({}); {} refused so far", why, count);
    }
    return new HotlineRefusal(HttpStatus.SERVICE_UNAVAILABLE, "NOT_RECORDED",
        "Hệ thống tạm thời chưa ghi nhận được sự kiện cuộc gọi; vui lòng gửi lại.",
        "The call event could not be recorded right now; please send it again.");
  }

  /** Events being recorded right now (for tests and operators). */
  int recording() {
    return threads.getActiveCount();
  }

  /** Events waiting for a recording thread. */
  int waiting() {
    return threads.getQueue().size();
  }

  @PreDestroy
  void stop() {
    threads.shutdownNow();
  }
}
