package vn.citizenhub.channel.handoff;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.handoff.HandoffResult.Outcome;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.contract.intake.IntakeValidator;

/**
 * Hands a citizen's intake to the hub durably: first into the channel's own table, then to Kafka.
 * Only after the row is written may the channel say "received"; whether Kafka acknowledged in time
 * decides whether it says "processing" or "processing delayed". The relay sends what is left.
 */
@Singleton
@Requires(property = HandoffSettings.ENABLED, value = "true")
public class IntakeHandoff {

  private static final Logger LOG = LoggerFactory.getLogger(IntakeHandoff.class);
  private static final int CODE_ATTEMPTS = 5;

  private final IntakeLookups lookups;
  private final IntakeWriter writer;
  private final IntakePublisher publisher;
  private final HandoffLimits limits;
  private final CircuitBreaker kafkaBreaker;
  private final Clock clock;

  IntakeHandoff(
      IntakeLookups lookups,
      IntakeWriter writer,
      IntakePublisher publisher,
      HandoffLimits limits) {
    this.lookups = lookups;
    this.writer = writer;
    this.publisher = publisher;
    this.limits = limits;
    this.clock = Clock.systemUTC();
    // While Kafka is known to be down, answer at once from the durable store instead of making
    // every citizen wait for a send that will time out.
    this.kafkaBreaker = CircuitBreaker.of("intake-kafka",
        CircuitBreakerConfig.custom()
            .slidingWindowSize(20)
            .minimumNumberOfCalls(5)
            .failureRateThreshold(50)
            .waitDurationInOpenState(Duration.ofSeconds(5))
            .build());
  }

  /**
   * Hands off a new report. {@code envelopeFor} builds the envelope around the tracking code this
   * method assigns; with an idempotency key already seen, the first request's code comes back.
   * Answers within {@link HandoffLimits#getAnswerWithin()}, or throws
   * {@link HandoffStoreException}, and then nothing was kept.
   *
   * @throws InvalidIntakeException when the envelope breaks the contract's rules: nothing is kept
   */
  public HandoffResult handOffNewReport(
      Channel channel, String idempotencyKey, String requestHash,
      Function<TrackingCode, IntakeEnvelope> envelopeFor) {
    Deadlines deadlines = deadlines();
    Optional<HandoffResult> earlier =
        earlierResult(channel, idempotencyKey, requestHash, deadlines);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
      IntakeEnvelope envelope = envelopeFor.apply(TrackingCode.generate(channel));
      refuseIfInvalid(envelope);
      PendingIntake pending = pending(envelope, idempotencyKey, requestHash);
      IntakeWriter.Written written = writer.write(pending, deadlines.store());
      if (written != IntakeWriter.Written.TAKEN) {
        return publishNow(pending, written, deadlines);
      }
      earlier = earlierResult(channel, idempotencyKey, requestHash, deadlines);
      if (earlier.isPresent()) {
        return earlier.get(); // a concurrent request with the same key won
      }
      // Otherwise the random code was taken: draw another.
    }
    throw new IllegalStateException("no free tracking code after " + CODE_ATTEMPTS + " draws");
  }

  /**
   * What an earlier request with this idempotency key was answered, if there was one: the same
   * code ({@link Outcome#DUPLICATE}), or {@link Outcome#KEY_REUSED} when its content differed.
   * A channel that must do costly work before the hand-off (store photos) asks first.
   */
  public Optional<HandoffResult> earlier(Channel channel, String idempotencyKey,
      String requestHash) {
    return earlierResult(channel, idempotencyKey, requestHash, deadlines());
  }

  /**
   * Hands off intake about an existing ticket (a follow-up, a rating, a verdict) or a channel's
   * delivery report: kept durably, then published. The same {@code idempotencyKey} twice (a
   * retried webhook, say) is a {@link Outcome#DUPLICATE} and changes nothing.
   *
   * @throws InvalidIntakeException when the envelope breaks the contract's rules: nothing is kept
   */
  public HandoffResult handOff(IntakeEnvelope envelope, String idempotencyKey) {
    refuseIfInvalid(envelope);
    Deadlines deadlines = deadlines();
    Optional<HandoffResult> earlier =
        earlierResult(envelope.channel(), idempotencyKey, null, deadlines);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    PendingIntake pending = new PendingIntake(envelope.id(), envelope.channel(), idempotencyKey,
        null, null, envelope.trackingCode(), envelope.key(), ContractJson.writeString(envelope),
        clock.instant());
    IntakeWriter.Written written = writer.write(pending, deadlines.store());
    if (written != IntakeWriter.Written.TAKEN) {
      return publishNow(pending, written, deadlines);
    }
    // The key or the envelope id was taken meanwhile: the same intake, already kept.
    return new HandoffResult(envelope.trackingCode(), Outcome.DUPLICATE);
  }

  /** The last guard of every channel: hub-core would refuse this envelope, so keep nothing. */
  private static void refuseIfInvalid(IntakeEnvelope envelope) {
    var errors = IntakeValidator.validate(envelope);
    if (!errors.isEmpty()) {
      throw new InvalidIntakeException(errors);
    }
  }

  /** When the intake must be in the channel's table, and when the citizen must be answered. */
  private record Deadlines(long store, long answer) {}

  private Deadlines deadlines() {
    long now = System.nanoTime();
    return new Deadlines(now + limits.getStoreWithin().toNanos(),
        now + limits.getAnswerWithin().toNanos());
  }

  private Optional<HandoffResult> earlierResult(
      Channel channel, String idempotencyKey, String requestHash, Deadlines deadlines) {
    if (idempotencyKey == null) {
      return Optional.empty();
    }
    return lookups.byIdempotencyKey(channel, idempotencyKey, deadlines.store())
        .map(found -> found.requestHash() != null && !found.requestHash().equals(requestHash)
            ? new HandoffResult(found.trackingCode(), Outcome.KEY_REUSED)
            : new HandoffResult(found.trackingCode(), Outcome.DUPLICATE));
  }

  private PendingIntake pending(
      IntakeEnvelope envelope, String idempotencyKey, String requestHash) {
    return new PendingIntake(
        envelope.id() != null ? envelope.id() : UUID.randomUUID().toString(),
        envelope.channel(),
        idempotencyKey,
        requestHash,
        envelope.trackingCode(), // assigned here, so unique across the channel's intake
        envelope.trackingCode(),
        envelope.key(),
        ContractJson.writeString(envelope),
        clock.instant());
  }

  /**
   * Sends a kept intake to Kafka and waits for the acknowledgement until the answer is due. An
   * intake whose commit is in doubt is left to the relay: it is written again once the database
   * answers.
   */
  private HandoffResult publishNow(
      PendingIntake pending, IntakeWriter.Written written, Deadlines deadlines) {
    String code = pending.trackingCode();
    long wait = Math.min(limits.getPublishWait().toNanos(), deadlines.answer() - System.nanoTime());
    if (written == IntakeWriter.Written.IN_DOUBT || wait <= 0
        || !kafkaBreaker.tryAcquirePermission()) {
      return new HandoffResult(code, Outcome.DELAYED);
    }
    long start = System.nanoTime();
    try {
      publisher.publish(pending.messageKey(), pending.envelopeJson())
          .get(wait, TimeUnit.NANOSECONDS);
      kafkaBreaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new HandoffResult(code, Outcome.DELAYED);
    } catch (Exception e) {
      kafkaBreaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
      LOG.warn("Kafka did not acknowledge intake {} in time ({}); kept for the relay",
          pending.envelopeId(), e.getClass().getSimpleName());
      return new HandoffResult(code, Outcome.DELAYED);
    }
    writer.markSent(pending.envelopeId());
    return new HandoffResult(code, Outcome.DELIVERED);
  }
}
