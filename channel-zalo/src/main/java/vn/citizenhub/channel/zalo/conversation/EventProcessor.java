package vn.citizenhub.channel.zalo.conversation;

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
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.channel.zalo.ZaloSettings;
import vn.citizenhub.channel.zalo.oa.OaAccount;
import vn.citizenhub.channel.zalo.oa.OaDirectory;
import vn.citizenhub.channel.zalo.outbound.ReplySender;
import vn.citizenhub.channel.zalo.webhook.Inbox;
import vn.citizenhub.channel.zalo.webhook.InboxEvent;
import vn.citizenhub.channel.zalo.webhook.ZaloEvent;
import vn.citizenhub.logging.ErrorText;

/**
 * Takes stored webhook events through the conversation after Zalo has had its 200. Events are
 * spread over a few workers by user, so one user's events run in order while different users'
 * run side by side; events this replica stored are taken at once, others (another replica's,
 * or left by a crash) by a poll. A failed event is tried again with growing pauses. Each event's
 * step is a {@link ConversationStep}: no row stays locked while Kafka or hub-core is called.
 */
@Singleton
@Requires(property = ZaloSettings.ENABLED, value = "true")
@Requires(property = HandoffSettings.ENABLED, value = "true")
public class EventProcessor {

  private static final Logger LOG = LoggerFactory.getLogger(EventProcessor.class);
  private static final int GIVE_UP_AFTER_ATTEMPTS = 15;

  private final Inbox inbox;
  private final ConversationRunner runner;
  private final OaDirectory oas;
  private final ConversationStep step;
  private final ReplySender replies;
  private final Duration pollInterval;
  private final Duration stepLease;
  private final List<LinkedBlockingQueue<Inbox.Arrival>> queues = new ArrayList<>();
  private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
  private final List<Thread> threads = new ArrayList<>();
  private final Clock clock = Clock.systemUTC();
  private volatile boolean running;

  public EventProcessor(Inbox inbox, ConversationRunner runner, OaDirectory oas,
      ConversationStep step, ReplySender replies, ZaloSettings settings,
      @Value("${hub.zalo.workers:4}") int workers) {
    this.inbox = inbox;
    this.runner = runner;
    this.oas = oas;
    this.step = step;
    this.replies = replies;
    this.pollInterval = settings.getPollInterval();
    this.stepLease = settings.getStepLease();
    for (int i = 0; i < workers; i++) {
      queues.add(new LinkedBlockingQueue<>());
    }
  }

  @EventListener
  synchronized void start(StartupEvent event) {
    running = true;
    for (int i = 0; i < queues.size(); i++) {
      LinkedBlockingQueue<Inbox.Arrival> queue = queues.get(i);
      threads.add(thread("zalo-events-" + i, () -> work(queue)));
    }
    threads.add(thread("zalo-events-dispatch", this::dispatchLoop));
  }

  @EventListener
  synchronized void stop(ShutdownEvent event) throws InterruptedException {
    running = false;
    for (Thread t : threads) {
      t.interrupt();
      t.join(5000);
    }
  }

  private static Thread thread(String name, Runnable body) {
    Thread t = new Thread(body, name);
    t.setDaemon(true);
    t.start();
    return t;
  }

  private void dispatchLoop() {
    long nextPoll = 0;
    while (running) {
      try {
        Inbox.Arrival arrival = inbox.arrivals().poll(pollInterval.toMillis(),
            TimeUnit.MILLISECONDS);
        if (arrival != null) {
          dispatch(arrival);
        }
        if (System.nanoTime() - nextPoll >= 0) {
          inbox.waiting(500).forEach(this::dispatch);
          nextPoll = System.nanoTime() + pollInterval.toNanos();
        }
      } catch (InterruptedException e) {
        return;
      } catch (Exception e) {
        LOG.warn("Looking for Zalo events failed; trying again: {}", ErrorText.of(e));
        sleep(pollInterval);
      }
    }
  }

  private void dispatch(Inbox.Arrival arrival) {
    if (inFlight.add(arrival.id())) {
      String user = arrival.userId() == null ? "" : arrival.userId();
      queues.get(Math.floorMod(user.hashCode(), queues.size())).add(arrival);
    }
  }

  private void work(LinkedBlockingQueue<Inbox.Arrival> queue) {
    while (running) {
      Inbox.Arrival arrival;
      try {
        arrival = queue.take();
      } catch (InterruptedException e) {
        return;
      }
      try {
        process(arrival.id());
      } finally {
        inFlight.remove(arrival.id());
      }
    }
  }

  /** Processes one event; false when it was left for later. */
  boolean process(long id) {
    Optional<InboxEvent> waiting;
    try {
      waiting = inbox.peek(id);
    } catch (Exception e) {
      LOG.warn("Could not read Zalo event {}: {}", id, ErrorText.of(e));
      return false;
    }
    if (waiting.isEmpty()) {
      return false; // done meanwhile, here or by another replica
    }
    InboxEvent peeked = waiting.get();
    if (peeked.claimedAt(clock.instant())) {
      return false; // another replica's step is on it; the poll offers it again after the lease
    }
    String token = UUID.randomUUID().toString(); // names this run's claim, if it makes one
    try {
      Optional<ZaloEvent> event = peeked.body() == null ? Optional.empty()
          : ZaloEvent.parse(peeked.body().getBytes(StandardCharsets.UTF_8));
      Optional<OaAccount> oa = oas.byName(peeked.oaName());
      // Photos are fetched before the transaction: slow I/O holds no lock. Their file names
      // come from the event, so a second replica fetching them too keeps one copy.
      List<Photo> photos = event.isPresent() && oa.isPresent()
          ? runner.prepare(oa.get(), event.get()) : List.of();
      ConversationStep.Outcome outcome = step.run(id, token, event, oa, photos);
      switch (outcome) {
        case LATER -> {
          inbox.defer(id, clock.instant().plusMillis(200));
          return false;
        }
        case TAKEN_OVER -> LOG.info("Zalo event {} outlived its lease ({}) and was taken over;"
            + " its outcome is recorded by the replica that took it", id, stepLease);
        default -> { }
      }
      replies.wake();
      return outcome == ConversationStep.Outcome.DONE;
    } catch (Exception e) {
      int attempts = peeked.attempts() + 1;
      boolean giveUp = attempts >= GIVE_UP_AFTER_ATTEMPTS;
      Instant next = clock.instant().plusMillis(Math.min(300_000L, 1000L << Math.min(attempts, 9)));
      LOG.warn("Zalo event {} ({}) not processed, attempt {}{}: {}", id, peeked.oaName(),
          attempts, giveUp ? ", giving up" : "", ErrorText.of(e));
      try {
        inbox.retryLater(id, token, next, ErrorText.of(e), giveUp);
      } catch (Exception again) {
        LOG.warn("Could not record the failure of Zalo event {}: {}", id, ErrorText.of(again));
      }
      return false;
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
