package vn.citizenhub.channel.handoff;

import java.time.Instant;
import vn.citizenhub.contract.Channel;

/** One intake as the channel keeps it until Kafka has acknowledged it. */
record PendingIntake(
    String envelopeId,
    Channel channel,
    String idempotencyKey,
    String requestHash,
    String assignedCode,
    String trackingCode,
    String messageKey,
    String envelopeJson,
    Instant createdAt) {}
