package vn.citizenhub.core.intake;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import vn.citizenhub.contract.SchemaId;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.event.TicketEventType;
import vn.citizenhub.contract.intake.Follow;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.contract.intake.PhoneNumber;
import vn.citizenhub.contract.notify.Notification;
import vn.citizenhub.contract.notify.NotificationKind;
import vn.citizenhub.core.identity.ConsentLedger.ConsentGiven;
import vn.citizenhub.core.outbox.OutboxMessage;
import vn.citizenhub.core.ticket.TicketRef;
import vn.citizenhub.core.ticket.TicketStore;
import vn.citizenhub.core.ticket.TimelineEntry;
import vn.citizenhub.core.ticket.TimelineEntry.Visibility;

/**
 * A citizen follows a ticket instead of reporting it again: they become one of its followers
 * (table {@code ticket_follower}, as a caller the hotline attaches to a ticket nearby), so every
 * notice its reporter gets reaches them too, on their own channel and, with the outcome, with
 * their own feedback link. Their consent is recorded, the public timeline says one more citizen
 * follows (nobody's name), and they get a receipt. Nothing reaches the agency's clock.
 */
final class FollowIntake {

  private final TicketStore tickets;

  FollowIntake(TicketStore tickets) {
    this.tickets = tickets;
  }

  void apply(Connection c, IntakeEnvelope envelope, TicketRef ticket, long follower, Instant now,
      BatchWrites writes) throws SQLException {
    Follow follow = (Follow) envelope.payload();
    if (follower != ticket.citizenId()) {
      tickets.addFollower(c, ticket.id(), follower, envelope.channel(), now);
    }
    writes.consents.add(new ConsentGiven(follower, envelope.id(), envelope.channel().name(),
        follow.consent().textVersion(), follow.consent().givenAt() != null
            ? follow.consent().givenAt() : envelope.occurredAt()));
    writes.timeline.add(new TimelineEntry(ticket.id(), now, "FOLLOWER_ADDED", Visibility.PUBLIC,
        PublicTexts.FOLLOWED_VI, PublicTexts.FOLLOWED_EN, "citizen"));
    // "A citizen spoke about this ticket": no new event type, so readers of the topic that
    // predate follows read it as they read a follow-up.
    writes.outbox.add(TicketUpdateIntake.event(TicketEventType.CITIZEN_FOLLOWED_UP, ticket,
        envelope.id(), now));
    String code = new TrackingCode(ticket.trackingCode()).display();
    var citizen = envelope.citizen();
    writes.outbox.addAll(OutboxMessage.notice(new Notification(SchemaId.NOTIFICATION_V1,
        UUID.randomUUID().toString(), NotificationKind.RECEIPT, now, envelope.channel(),
        citizen.identity(), ticket.trackingCode(), PublicTexts.followingVi(code),
        PublicTexts.followingEn(code),
        new Notification.Contact(PhoneNumber.normalize(citizen.phone()).orElse(null),
            citizen.email()))));
  }
}
