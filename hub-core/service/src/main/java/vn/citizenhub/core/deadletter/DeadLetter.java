package vn.citizenhub.core.deadletter;

import java.time.Instant;

/**
 * One parked intake record as staff see it: where it came from, what it was about (ids and codes)
 * and why it was parked. No personal data: the record itself stays on the dead-letter topic.
 */
public record DeadLetter(
    long id,
    Instant receivedAt,
    String sourceTopic,
    int sourcePartition,
    long sourceOffset,
    String envelopeId,
    String trackingCode,
    String channel,
    String reasonCode,
    String reason,
    String acknowledgedBy,
    Instant acknowledgedAt) {

  /** What the intake consumer knows when it parks a record. */
  public record Parked(Instant receivedAt, String sourceTopic, int sourcePartition,
      long sourceOffset, String envelopeId, String trackingCode, String channel,
      String reasonCode, String reason) {}
}
