package vn.citizenhub.channel.zalo.conversation;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.channel.zalo.ZaloSettings;
import vn.citizenhub.channel.zalo.oa.OaAccount;
import vn.citizenhub.channel.zalo.webhook.Inbox;
import vn.citizenhub.channel.zalo.webhook.InboxEvent;
import vn.citizenhub.channel.zalo.webhook.ZaloEvent;
import vn.citizenhub.schema.JdbcDatabase;

/**
 * One stored event's step, with no row locked while Kafka or hub-core is called:
 * <ol>
 *   <li>a short transaction locks the event and the user's row, decides, and either records the
 *       whole step at once (most steps call nobody) or claims the event with a lease and commits;
 *   <li>with no transaction open, the hand-off (which waits for Kafka's acknowledgement) and the
 *       tracking calls are made;
 *   <li>a second short transaction records the outcome (draft, replies, the event done), if the
 *       claim is still this step's.
 * </ol>
 * While the event is claimed it stays waiting, so the user's later events wait behind it (one
 * user's steps run in order); if this replica dies, the lease ends and another takes the event
 * over, and the hand-off's key (the message's id) makes the second run hand off nothing new.
 * A run whose lease ran out and was taken over records nothing: one reply, one intake.
 */
@Singleton
@Requires(property = ZaloSettings.ENABLED, value = "true")
@Requires(property = HandoffSettings.ENABLED, value = "true")
public class ConversationStep {

  /** What became of one event's step. */
  public enum Outcome {
    /** Processed: recorded and marked done. */
    DONE,
    /** An older event of the same user goes first. */
    LATER,
    /** Another replica's step holds it under a running lease. */
    BUSY,
    /** Done meanwhile, here or by another replica. */
    GONE,
    /** Its lease ran out and another replica took it over: that one records it. */
    TAKEN_OVER
  }

  private final JdbcDatabase database;
  private final Inbox inbox;
  private final ConversationRunner runner;
  private final OutsideCalls calls;
  private final Duration lease;
  private final Clock clock = Clock.systemUTC();
  private final AtomicLong takenOver = new AtomicLong();

  public ConversationStep(JdbcDatabase database, Inbox inbox, ConversationRunner runner,
      OutsideCalls calls, ZaloSettings settings) {
    this.database = database;
    this.inbox = inbox;
    this.runner = runner;
    this.calls = calls;
    this.lease = settings.getStepLease();
  }

  /**
   * Steps that outlived their lease and were taken over ({@code hub_zalo_steps_taken_over_total}):
   * harmless, but a lease too short for how slow Kafka or hub-core answer.
   */
  public long takenOver() {
    return takenOver.get();
  }

  /** What the first transaction decided: an outcome, or a plan claimed under the lease. */
  private record Decided(Outcome outcome, StepPlan claimed) {}

  /**
   * Runs the step of event {@code id}; {@code token} names this run's claim (fresh for each
   * run). An event without a readable body or whose OA is no longer served is simply done.
   */
  public Outcome run(long id, String token, Optional<ZaloEvent> event, Optional<OaAccount> oa,
      List<Photo> photos) throws SQLException {
    Decided decided = database.inTransaction(c -> {
      Optional<InboxEvent> stored = inbox.lock(c, id);
      if (stored.isEmpty()) {
        return new Decided(Outcome.GONE, null);
      }
      Instant now = clock.instant();
      if (stored.get().claimedAt(now)) {
        return new Decided(Outcome.BUSY, null); // its claimant finishes, or its lease ends
      }
      Optional<Incoming> in = event.isPresent() && oa.isPresent()
          ? IncomingEvents.read(event.get(), photos) : Optional.empty();
      if (in.isEmpty()) {
        inbox.done(c, id); // receipts; also a forgotten body or an OA no longer served
        return new Decided(Outcome.DONE, null);
      }
      Optional<StepPlan> plan = runner.plan(c, oa.get(), stored.get(), event.get().userId(),
          in.get());
      if (plan.isEmpty()) {
        return new Decided(Outcome.LATER, null);
      }
      if (!plan.get().callsOutside()) {
        runner.record(c, plan.get(), OutsideCalls.Results.NONE);
        inbox.done(c, id);
        return new Decided(Outcome.DONE, null);
      }
      inbox.claim(c, id, token, now.plus(lease));
      return new Decided(null, plan.get());
    });
    if (decided.claimed() == null) {
      return decided.outcome();
    }
    OutsideCalls.Results results = calls.make(decided.claimed()); // no transaction, no lock
    return database.inTransaction(c -> {
      if (!inbox.lockClaimed(c, id, token)) {
        takenOver.incrementAndGet();
        return Outcome.TAKEN_OVER;
      }
      runner.record(c, decided.claimed(), results);
      inbox.done(c, id);
      return Outcome.DONE;
    });
  }
}
