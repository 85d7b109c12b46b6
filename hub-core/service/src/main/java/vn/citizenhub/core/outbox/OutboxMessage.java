package vn.citizenhub.core.outbox;

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

  public static OutboxMessage of(Notification notification) {
    return new OutboxMessage(0, Topics.NOTIFY, notification.citizenIdentity(),
        ContractJson.writeString(notification));
  }
}
