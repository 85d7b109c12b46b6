package vn.citizenhub.channel.handoff;

/** What the channel may honestly tell the citizen about their intake. */
public record HandoffResult(String trackingCode, Outcome outcome) {

  public enum Outcome {
    /** Kafka acknowledged it: hub-core will make it a ticket within seconds. */
    DELIVERED,
    /** Stored by the channel, not yet acknowledged by Kafka: it will be sent when Kafka is back. */
    DELAYED,
    /** The same request was handed off before: this is its original code. */
    DUPLICATE,
    /** The idempotency key was used before for a different request. */
    KEY_REUSED
  }
}
