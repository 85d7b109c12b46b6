package vn.citizenhub.channel.handoff;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Time limits and queue bounds of the intake hand-off ({@code hub.intake-handoff.*}). Zalo and
 * citizens' browsers wait 2 s at most: within {@link #getAnswerWithin()} the citizen hears
 * "received", "received, processing delayed" or a fast 503, and a 503 always means nothing was
 * kept.
 */
@ConfigurationProperties("hub.intake-handoff")
public interface HandoffLimits {

  String ANSWER_WITHIN = "1500ms";
  String STORE_WITHIN = "1000ms";
  String PUBLISH_WAIT = "1s";
  String QUEUE_CAPACITY = "2000";
  String LOOKUP_THREADS = "4";
  String MAX_CONCURRENT = "64";

  /** By then the hand-off is done: Kafka's acknowledgement is not waited for past it. */
  @Bindable(defaultValue = ANSWER_WITHIN)
  Duration getAnswerWithin();

  /**
   * An intake not taken into a batch of the channel's table by then is abandoned (never written)
   * and refused; one taken in time is bounded by the database's round trips, cut at this moment.
   */
  @Bindable(defaultValue = STORE_WITHIN)
  Duration getStoreWithin();

  /** The longest wait for Kafka's acknowledgement before answering "processing delayed". */
  @Bindable(defaultValue = PUBLISH_WAIT)
  Duration getPublishWait();

  /** Intakes waiting for the writer; when it is full, new ones are refused at once. */
  @Bindable(defaultValue = QUEUE_CAPACITY)
  int getQueueCapacity();

  /**
   * Intake requests a channel works on at once; one more is refused at once (503) before its body
   * is even parsed, so that on a saturated machine the admitted ones still finish in time.
   */
  @Bindable(defaultValue = MAX_CONCURRENT)
  int getMaxConcurrent();

  /** Threads that look up idempotency keys; their queue is bounded too. */
  @Bindable(defaultValue = LOOKUP_THREADS)
  int getLookupThreads();
}
