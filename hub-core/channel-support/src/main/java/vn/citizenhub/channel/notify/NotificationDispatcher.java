package vn.citizenhub.channel.notify;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.notify.Notification;
import vn.citizenhub.logging.ErrorText;

/**
 * Delivers the kept notifications of each channel through its {@link ChannelSender}: one attempt
 * at a time per notice, retried on the {@link RetrySchedule}, and every final outcome reported.
 *
 * <p>While a channel's outside API is down, its notices back off (up to 30 minutes between
 * tries). So that citizens are told soon after it is back rather than at their next try, the
 * dispatcher probes: every {@code hub.notify.probe-interval} it tries the notice waiting longest,
 * early; the first delivery that gets through after failures brings every waiting notice of the
 * channel forward ({@link ChannelRecovery}).
 */
@Singleton
@Requires(beans = ChannelSender.class)
@Requires(property = HandoffSettings.ENABLED, value = "true")
class NotificationDispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatcher.class);
  private static final Duration LEASE = Duration.ofMinutes(2);
  private static final int BATCH = 20;
  private static final long IDLE_WAIT_MILLIS = 1000;

  private final List<ChannelSender> senders;
  private final NotificationStore store;
  private final DeliveryReports reports;
  private final RetrySchedule retries;
  private final Clock clock = Clock.systemUTC();
  private final Object signal = new Object();
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean running;

  private final Duration probeInterval;

  NotificationDispatcher(List<ChannelSender> senders, NotificationStore store,
      DeliveryReports reports,
      @Value("${hub.notify.retry-base:10s}") Duration retryBase,
      @Value("${hub.notify.probe-interval:15s}") Duration probeInterval) {
    this.senders = senders;
    this.store = store;
    this.reports = reports;
    this.retries = new RetrySchedule(retryBase);
    this.probeInterval = probeInterval;
  }

  @EventListener
  synchronized void start(StartupEvent event) {
    running = true;
    for (ChannelSender sender : senders) {
      Thread t = new Thread(() -> loop(sender),
          "notify-dispatch-" + sender.channel().name().toLowerCase());
      t.setDaemon(true);
      t.start();
      threads.add(t);
    }
  }

  @EventListener
  synchronized void stop(ShutdownEvent event) throws InterruptedException {
    running = false;
    wake();
    for (Thread t : threads) {
      t.join(5000);
    }
  }

  /** New notices were kept: look now rather than at the next tick. */
  void wake() {
    synchronized (signal) {
      signal.notifyAll();
    }
  }

  private void loop(ChannelSender sender) {
    ChannelRecovery recovery = new ChannelRecovery(sender.channel(), store, probeInterval);
    while (running) {
      int handled = 0;
      try {
        for (NotificationStore.Due due : store.claim(sender.channel(), clock.instant(), LEASE,
            BATCH)) {
          recovery.attempted(deliver(sender, due), clock.instant());
          handled++;
        }
        for (NotificationStore.Due probe : recovery.probeDue(clock.instant())) {
          recovery.attempted(deliver(sender, probe), clock.instant());
          handled++;
        }
      } catch (Exception e) {
        LOG.warn("Delivering {} notifications failed; trying again shortly", sender.channel(), e);
      }
      if (handled < BATCH) {
        synchronized (signal) {
          try {
            signal.wait(IDLE_WAIT_MILLIS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }
    }
  }

  /** One attempt; false when the channel's outside API failed for now (a retry is set). */
  private boolean deliver(ChannelSender sender, NotificationStore.Due due) throws Exception {
    Notification n = ContractJson.read(due.payload().getBytes(StandardCharsets.UTF_8),
        Notification.class);
    DeliveryOutcome outcome;
    try {
      outcome = sender.send(n);
    } catch (Exception transientFailure) {
      Instant now = clock.instant();
      Optional<Instant> next = retries.next(due.attempts() + 1, due.createdAt(), now);
      String why = transientFailure.getClass().getSimpleName() + ": "
          + ErrorText.message(transientFailure);
      if (next.isPresent()) {
        LOG.info("Notification {} not delivered yet ({}); next attempt at {}", n.id(), why,
            next.get());
        store.retryAt(n.id(), next.get(), why);
        return false;
      }
      outcome = DeliveryOutcome.failed(
          "Đã thử gửi trong " + RetrySchedule.GIVE_UP_AFTER.toHours() + " giờ không thành công.",
          "Gave up after trying for " + RetrySchedule.GIVE_UP_AFTER.toHours() + " hours.");
    }
    DeliveryOutcome reported = reports.settle(n, outcome);
    store.finish(n.id(), reported.status().name(), reported.detailEn(), clock.instant());
    LOG.info("Notification {} on {}: {}", n.id(), sender.channel(), reported.status());
    return true;
  }
}
