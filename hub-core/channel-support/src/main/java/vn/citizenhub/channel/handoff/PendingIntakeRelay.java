package vn.citizenhub.channel.handoff;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.logging.ErrorText;

/**
 * Sends intake that Kafka did not acknowledge while the citizen waited. It leaves young rows to
 * the request that wrote them; a row sent twice is harmless, since hub-core drops an envelope id
 * it has already processed.
 */
@Singleton
@Requires(property = HandoffSettings.ENABLED, value = "true")
public class PendingIntakeRelay {

  private static final Logger LOG = LoggerFactory.getLogger(PendingIntakeRelay.class);

  private final PendingIntakeStore store;
  private final IntakePublisher publisher;
  private final Duration minAge;
  private final int batchSize;
  private final Clock clock = Clock.systemUTC();

  PendingIntakeRelay(
      PendingIntakeStore store,
      IntakePublisher publisher,
      @Value("${hub.intake-handoff.relay-min-age:10s}") Duration minAge,
      @Value("${hub.intake-handoff.relay-batch:500}") int batchSize) {
    this.store = store;
    this.publisher = publisher;
    this.minAge = minAge;
    this.batchSize = batchSize;
  }

  @Scheduled(fixedDelay = "${hub.intake-handoff.relay-interval:5s}",
      initialDelay = "${hub.intake-handoff.relay-interval:5s}")
  void relayScheduled() {
    try {
      relayOnce();
    } catch (RuntimeException e) {
      LOG.warn("Intake relay round failed; next round retries: {}", ErrorText.of(e));
    }
  }

  /** Sends one batch of pending intake; returns how many Kafka acknowledged. */
  public int relayOnce() {
    List<PendingIntake> batch = store.pendingBefore(clock.instant().minus(minAge), batchSize);
    if (batch.isEmpty()) {
      return 0;
    }
    List<CompletableFuture<?>> sends = new ArrayList<>(batch.size());
    for (PendingIntake intake : batch) {
      sends.add(publisher.publish(intake.messageKey(), intake.envelopeJson()));
    }
    List<String> acked = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      PendingIntake intake = batch.get(i);
      try {
        sends.get(i).get(30, TimeUnit.SECONDS);
        acked.add(intake.envelopeId());
      } catch (Exception e) {
        store.recordFailure(intake.envelopeId(), e.toString());
      }
    }
    store.markSent(acked, clock.instant());
    if (!acked.isEmpty()) {
      LOG.info("Relayed {} delayed intake(s) to Kafka; {} still pending",
          acked.size(), batch.size() - acked.size());
    }
    return acked.size();
  }
}
