package vn.citizenhub.core.intake;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.event.TicketEventType;
import vn.citizenhub.contract.intake.NotFixedVerdict;
import vn.citizenhub.contract.intake.Rating;
import vn.citizenhub.core.interactions.InteractionCounter;
import vn.citizenhub.core.interactions.InteractionEvent;
import vn.citizenhub.core.lifecycle.Actor;
import vn.citizenhub.core.lifecycle.Change;
import vn.citizenhub.core.lifecycle.TicketLifecycle;
import vn.citizenhub.core.lifecycle.TicketState;
import vn.citizenhub.core.outbox.OutboxStore;
import vn.citizenhub.core.ticket.TicketRatings;
import vn.citizenhub.core.ticket.TicketRef;
import vn.citizenhub.core.ticket.TicketStatus;
import vn.citizenhub.core.ticket.TicketStore;
import vn.citizenhub.core.ticket.TimelineEntry;
import vn.citizenhub.core.ticket.TimelineEntry.Visibility;
import vn.citizenhub.core.workspace.LifecycleService;
import vn.citizenhub.core.workspace.TicketStates;

/**
 * What a citizen's rating and "not fixed" verdict do to a ticket, whichever way they came: a
 * channel's intake (Zalo, the app, the hotline) or the private feedback link. One path, so that a
 * rating counts the same in the league table and a verdict reopens the ticket the same way. The
 * citizen's own words stay on the internal timeline; the public one says only that they spoke.
 */
@Singleton
public class CitizenVerdicts {

  private static final String ACTOR = "citizen";

  private final TicketStore tickets;
  private final TicketStates states;
  private final TicketRatings ratings;
  private final LifecycleService lifecycle;
  private final OutboxStore outbox;
  private final InteractionCounter interactions;

  CitizenVerdicts(TicketStore tickets, TicketStates states, TicketRatings ratings,
      LifecycleService lifecycle, OutboxStore outbox, InteractionCounter interactions) {
    this.tickets = tickets;
    this.states = states;
    this.ratings = ratings;
    this.lifecycle = lifecycle;
    this.outbox = outbox;
    this.interactions = interactions;
  }

  /** A rating rates an answer: the ticket must be resolved (or closed since). */
  public static boolean mayRate(TicketState t) {
    return t.status == TicketStatus.RESOLVED || t.status == TicketStatus.CLOSED;
  }

  /** Whether the lifecycle lets the citizen say "not fixed" now. */
  public boolean maySayNotFixed(TicketState t) {
    return lifecycle.lifecycle().available(t, Actor.CITIZEN)
        .contains(TicketLifecycle.CITIZEN_NOT_FIXED);
  }

  /**
   * Records the citizen's rating, replacing their own earlier one, and moves the ticket's rating
   * counts (and with them the agency's tally). A ticket with no answer yet keeps no rating: an
   * internal line says one came. True when the rating was recorded.
   */
  boolean rate(Connection c, TicketRef ticket, long citizenId, Channel channel, Rating rating,
      String intakeId, Instant now, BatchWrites writes) throws SQLException {
    TicketState current = states.lock(c, ticket.id()).orElseThrow();
    int score = rating.score();
    if (!mayRate(current)) {
      writes.timeline.add(new TimelineEntry(ticket.id(), now, "CITIZEN_RATING_EARLY",
          Visibility.INTERNAL, PublicTexts.ratedEarlyVi(score), PublicTexts.ratedEarlyEn(score),
          ACTOR));
      return false;
    }
    Optional<Integer> previous = ratings.put(c, ticket.id(), citizenId, score, rating.comment(),
        channel, now);
    TicketState next = current.copy();
    if (previous.isEmpty()) {
      next.ratings++;
    } else if (previous.get() >= 4) {
      next.ratingsSatisfied--;
    }
    if (score >= 4) {
      next.ratingsSatisfied++;
    }
    if (!states.store(c, current, next, now)) {
      throw new IllegalStateException("ticket " + ticket.id() + " changed under its row lock");
    }
    writes.timeline.add(new TimelineEntry(ticket.id(), now, "CITIZEN_RATING", Visibility.PUBLIC,
        PublicTexts.ratedVi(score), PublicTexts.ratedEn(score), ACTOR));
    if (rating.comment() != null && !rating.comment().isBlank()) {
      writes.timeline.add(new TimelineEntry(ticket.id(), now, "CITIZEN_MESSAGE",
          Visibility.INTERNAL, rating.comment(), rating.comment(), ACTOR));
    }
    writes.outbox.add(TicketUpdateIntake.event(TicketEventType.RATED, ticket, intakeId, now));
    if (channel == Channel.WEB) {
      writes.count(InteractionEvent.RATING_GIVEN);
    }
    return true;
  }

  /**
   * The citizen says the matter is not fixed: public line, their words internal, the event, and
   * the lifecycle reopens a resolved ticket (a no-op in any other state). The change, if any.
   */
  Optional<Change> notFixed(Connection c, TicketRef ticket, NotFixedVerdict verdict,
      String intakeId, Instant now, BatchWrites writes) throws SQLException {
    writes.timeline.add(new TimelineEntry(ticket.id(), now, "CITIZEN_NOT_FIXED",
        Visibility.PUBLIC, PublicTexts.NOT_FIXED_VI, PublicTexts.NOT_FIXED_EN, ACTOR));
    if (verdict.comment() != null && !verdict.comment().isBlank()) {
      writes.timeline.add(new TimelineEntry(ticket.id(), now, "CITIZEN_MESSAGE",
          Visibility.INTERNAL, verdict.comment(), verdict.comment(), ACTOR));
    }
    writes.outbox.add(TicketUpdateIntake.event(TicketEventType.REPORTED_NOT_FIXED, ticket,
        intakeId, now));
    // The citizen's own lines first, so the timeline reads in the order things happened.
    tickets.insertTimeline(c, writes.timeline);
    writes.timeline.clear();
    return lifecycle.actInside(c, ticket.id(), TicketLifecycle.CITIZEN_NOT_FIXED, Actor.CITIZEN,
        intakeId, now);
  }

  /** A rating through the private feedback link (the web portal), written in {@code c}. */
  public boolean rateThroughLink(Connection c, TicketRef ticket, long citizenId, Rating rating,
      Instant now) throws SQLException {
    BatchWrites writes = new BatchWrites();
    boolean recorded = rate(c, ticket, citizenId, Channel.WEB, rating, null, now, writes);
    flush(c, writes, now);
    return recorded;
  }

  /** A "not fixed" through the private feedback link, written in {@code c}. */
  public Optional<Change> notFixedThroughLink(Connection c, TicketRef ticket,
      NotFixedVerdict verdict, Instant now) throws SQLException {
    BatchWrites writes = new BatchWrites();
    Optional<Change> change = notFixed(c, ticket, verdict, null, now, writes);
    flush(c, writes, now);
    return change;
  }

  private void flush(Connection c, BatchWrites writes, Instant now) throws SQLException {
    tickets.insertTimeline(c, writes.timeline);
    outbox.append(c, writes.outbox, now);
    interactions.add(c, writes.interactions, now);
  }
}
