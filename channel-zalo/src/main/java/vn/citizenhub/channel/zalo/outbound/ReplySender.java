package vn.citizenhub.channel.zalo.outbound;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.channel.zalo.ZaloSettings;
import vn.citizenhub.channel.zalo.conversation.ConversationTexts;
import vn.citizenhub.channel.zalo.oa.OaAccount;
import vn.citizenhub.channel.zalo.oa.OaDirectory;
import vn.citizenhub.logging.ErrorText;

/**
 * Sends the conversation's replies. While Zalo's API is down a reply waits and is tried again
 * with growing pauses (2 s doubling, at most 5 min; {@code hub.zalo.reply-retry-base}); after a day it is given up, since an answer
 * that late would confuse more than help. Each outcome is kept on the reply's row.
 */
@Singleton
@Requires(property = ZaloSettings.ENABLED, value = "true")
@Requires(property = HandoffSettings.ENABLED, value = "true")
public class ReplySender {

  private static final Logger LOG = LoggerFactory.getLogger(ReplySender.class);
  private static final Duration LEASE = Duration.ofMinutes(1);
  private static final Duration GIVE_UP_AFTER = Duration.ofHours(24);
  private static final int BATCH = 50;

  private final ReplyOutbox outbox;
  private final OaApi api;
  private final OaDirectory oas;
  private final Duration idleWait;
  private final long retryBaseMillis;
  private final Clock clock = Clock.systemUTC();
  private final Object signal = new Object();
  private volatile boolean running;
  private Thread thread;

  public ReplySender(ReplyOutbox outbox, OaApi api, OaDirectory oas, ZaloSettings settings,
      @io.micronaut.context.annotation.Value("${hub.zalo.reply-retry-base:2s}")
          Duration retryBase) {
    this.outbox = outbox;
    this.api = api;
    this.oas = oas;
    this.idleWait = settings.getPollInterval();
    this.retryBaseMillis = retryBase.toMillis();
  }

  @EventListener
  synchronized void start(StartupEvent event) {
    running = true;
    thread = new Thread(this::loop, "zalo-replies");
    thread.setDaemon(true);
    thread.start();
  }

  @EventListener
  synchronized void stop(ShutdownEvent event) throws InterruptedException {
    running = false;
    wake();
    if (thread != null) {
      thread.join(5000);
    }
  }

  /** Replies were just written: send now rather than at the next tick. */
  public void wake() {
    synchronized (signal) {
      signal.notifyAll();
    }
  }

  private void loop() {
    while (running) {
      int handled = 0;
      try {
        List<ReplyOutbox.Due> due = outbox.claim(clock.instant(), LEASE, BATCH);
        List<Long> sent = new ArrayList<>();
        Set<String> waiting = new HashSet<>();
        for (ReplyOutbox.Due reply : due) {
          if (waiting.contains(reply.userId())) {
            continue; // an earlier reply of theirs waits, and this one was pushed back with it
          }
          switch (send(reply)) {
            case SENT -> sent.add(reply.id());
            case WAITING -> waiting.add(reply.userId());
            case FAILED -> { } // recorded; the user's next replies still go
          }
        }
        outbox.sent(sent);
        handled = due.size();
      } catch (Exception e) {
        LOG.warn("Zalo reply round failed; trying again shortly: {}", ErrorText.of(e));
      }
      if (handled == 0) {
        synchronized (signal) {
          try {
            signal.wait(idleWait.toMillis());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }
    }
  }

  /** What became of one attempt. */
  private enum Outcome { SENT, FAILED, WAITING }

  /** One attempt; a reply that must wait holds the user's later replies back with it. */
  private Outcome send(ReplyOutbox.Due reply) throws Exception {
    Optional<OaAccount> oa = oas.byName(reply.oaName());
    if (oa.isEmpty()) {
      outbox.finish(reply.id(), "FAILED", "OA " + reply.oaName() + " is not configured");
      return Outcome.FAILED;
    }
    OaAnswer answer;
    try {
      answer = reply.kind() == ReplyOutbox.Kind.ASK_PHONE
          ? api.askForPhone(oa.get(), reply.userId(), ConversationTexts.ASK_PHONE_TITLE,
              ConversationTexts.ASK_PHONE_SUBTITLE)
          : api.sendText(oa.get(), reply.userId(), reply.text());
    } catch (ZaloUnavailable e) {
      Instant now = clock.instant();
      if (now.isAfter(reply.createdAt().plus(GIVE_UP_AFTER))) {
        outbox.finish(reply.id(), "FAILED", "gave up: " + e.getMessage());
        return Outcome.FAILED;
      }
      long pause = Math.min(300_000L, retryBaseMillis << Math.min(reply.attempts(), 8));
      outbox.retryAt(reply, now.plusMillis(pause), e.getMessage());
      return Outcome.WAITING;
    }
    if (answer.ok()) {
      return Outcome.SENT;
    }
    // Outside the window, not a follower, blocked: no use trying again.
    LOG.info("Zalo refused a reply of OA {}: {} ({})", reply.oaName(), answer.error(),
        answer.kind());
    outbox.finish(reply.id(), "FAILED", answer.error() + " " + answer.message());
    return Outcome.FAILED;
  }
}
