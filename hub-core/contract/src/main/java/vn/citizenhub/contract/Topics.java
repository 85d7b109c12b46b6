package vn.citizenhub.contract;

/** Kafka topic names of the hub's contract. A new incompatible version gets a new topic. */
public final class Topics {
  /** Channels publish intake envelopes here, keyed by the citizen's channel identity. */
  public static final String INTAKE = "hub.intake.v1";
  /** hub-core publishes every state change of a ticket here, keyed by ticket id. */
  public static final String TICKET_EVENTS = "hub.ticket-events.v1";
  /** hub-core publishes what to tell one citizen here, keyed by the citizen's identity. */
  public static final String NOTIFY = "hub.notify.v1";
  /** Intake messages hub-core could not accept, with the reason in headers. */
  public static final String INTAKE_DLQ = "hub.intake.dlq.v1";

  /** Header on a dead-lettered record that says why it was rejected. */
  public static final String DLQ_REASON_HEADER = "hub.dlq.reason";

  private Topics() {}
}
