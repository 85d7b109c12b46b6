package vn.citizenhub.core.outbox;

import java.util.List;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.Topics;
import vn.citizenhub.contract.event.TicketEvent;
import vn.citizenhub.contract.notify.Notification;

/** A Kafka record waiting in the outbox table for the relay. */
public record OutboxMessage(long id, String topic, String key, String payload) {

  public static OutboxMessage of(TicketEvent event) {
    return new OutboxMessage(0, Topics.TICKET_EVENTS, Long.toString(event.ticketId()),
        ContractJson.writeString(event));
  }

  /**
   * What a notice becomes: one record on {@code hub.notify.v1} for the channel named in it, or,
   * for a channel that delivers no notices, its hand-back ({@link UndeliverableNotices}).
   */
  public static List<OutboxMessage> notice(Notification notification) {
    return notification.channel().deliversNotices()
        ? List.of(onNotifyTopic(notification))
        : UndeliverableNotices.handBack(notification);
  }

  static OutboxMessage onNotifyTopic(Notification notification) {
    return new OutboxMessage(0, Topics.NOTIFY, notification.citizenIdentity(),
        ContractJson.writeString(notification));
  }
}
