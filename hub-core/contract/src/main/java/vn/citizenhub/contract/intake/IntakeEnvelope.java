package vn.citizenhub.contract.intake;

import java.time.Instant;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.SchemaId;

/**
 * What a channel publishes to {@code hub.intake.v1}.
 *
 * @param id stable idempotency key: the same Zalo msg_id retried or the same form resubmitted
 *     gives the same id, and hub-core makes one ticket of it
 * @param channelRef the channel's own reference (a Zalo msg_id, a call id, an Idempotency-Key)
 * @param trackingCode for a new report, the code assigned at intake; otherwise the ticket it is
 *     about
 */
public record IntakeEnvelope(
    SchemaId schema,
    String id,
    Instant occurredAt,
    Channel channel,
    String channelRef,
    CitizenRef citizen,
    String trackingCode,
    IntakePayload payload) {

  public static IntakeEnvelope v1(
      String id,
      Instant occurredAt,
      Channel channel,
      String channelRef,
      CitizenRef citizen,
      String trackingCode,
      IntakePayload payload) {
    return new IntakeEnvelope(
        SchemaId.INTAKE_V1, id, occurredAt, channel, channelRef, citizen, trackingCode, payload);
  }

  /** The Kafka record key: the citizen's channel identity, so one citizen's intake stays ordered. */
  public String key() {
    return citizen == null ? id : citizen.identity();
  }
}
