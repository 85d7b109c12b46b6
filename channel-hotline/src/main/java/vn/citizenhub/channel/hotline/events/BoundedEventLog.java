package vn.citizenhub.channel.hotline.events;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpStatus;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import vn.citizenhub.channel.handoff.HandoffLimits;
import vn.citizenhub.channel.hotline.HotlineRefusal;
import vn.citizenhub.channel.hotline.HotlineSettings;
import vn.citizenhub.channel.hotline.calls.CallLog;

/**
 * Records phone-system events on a few threads of their own, within the hand-off's time limit:
 * the phone system hears 202 or, when the database is slow or away, a fast 503 and sends the
 * event again. An event recorded after its 503 counts once all the same: a repeat of an event of
 * a call is recognised ({@link CallLog#record} answers false).
 */
@Singleton
@Requires(property = HotlineSettings.ENABLED, value = "true", defaultValue = "true")
class BoundedEventLog {

  private static final int THREADS = 4;
  private static final int QUEUE = 200;

  private final CallLog calls;
  private final long withinNanos;
  private final ThreadPoolExecutor threads = new ThreadPoolExecutor(THREADS, THREADS, 1,
      TimeUnit.MINUTES, new ArrayBlockingQueue<>(QUEUE), runnable -> {
        Thread t = new Thread(runnable, "phone-event-log");
        t.setDaemon(true);
        return t;
      });

  BoundedEventLog(CallLog calls, HandoffLimits limits) {
    this.calls = calls;
    this.withinNanos = limits.getAnswerWithin().toNanos();
  }

  /** True when the event is new, false for a repeat; a 503 refusal when not done in time. */
  boolean record(PhoneEvent event, Instant receivedAt) {
    Future<Boolean> recorded;
    try {
      recorded = threads.submit(() -> calls.record(event, receivedAt));
    } catch (RejectedExecutionException e) {
      throw unavailable();
    }
    try {
      return recorded.get(withinNanos, TimeUnit.NANOSECONDS);
    } catch (TimeoutException | ExecutionException e) {
      throw unavailable();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable();
    }
  }

  private static HotlineRefusal unavailable() {
    return new HotlineRefusal(HttpStatus.SERVICE_UNAVAILABLE, "NOT_RECORDED",
        "Hệ thống tạm thời chưa ghi nhận được sự kiện cuộc gọi; vui lòng gửi lại.",
        "The call event could not be recorded right now; please send it again.");
  }

  @PreDestroy
  void stop() {
    threads.shutdownNow();
  }
}
