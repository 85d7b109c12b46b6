package vn.citizenhub.core.intake;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.contract.Topics;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.core.outbox.OutboxRelay;
import vn.citizenhub.kafka.KafkaSettings;

/**
 * Consumes {@code hub.intake.v1}: each poll is one batch, applied in one transaction, and its
 * offsets are committed only after that transaction (and any dead letters) are durable. A failed
 * batch is read again from its first offset, so a crash anywhere loses nothing; the processed-id
 * table makes the replay harmless.
 */
@Singleton
@Requires(property = "hub.intake.consumer.enabled", notEquals = "false")
public class IntakeConsumer {

  private static final Logger LOG = LoggerFactory.getLogger(IntakeConsumer.class);

  private final KafkaSettings settings;
  private final IntakeProcessor processor;
  private final DeadLetters deadLetters;
  private final OutboxRelay outboxRelay;
  private final String groupId;
  private final int maxBatch;
  private volatile boolean running;
  private KafkaConsumer<String, byte[]> consumer;
  private Thread thread;

  IntakeConsumer(KafkaSettings settings, IntakeProcessor processor, DeadLetters deadLetters,
      @io.micronaut.core.annotation.Nullable OutboxRelay outboxRelay,
      @Value("${hub.intake.consumer.group:hub-core}") String groupId,
      @Value("${hub.intake.consumer.max-batch:500}") int maxBatch) {
    this.settings = settings;
    this.processor = processor;
    this.deadLetters = deadLetters;
    this.outboxRelay = outboxRelay;
    this.groupId = groupId;
    this.maxBatch = maxBatch;
  }

  @EventListener
  synchronized void start(StartupEvent event) {
    consumer = new KafkaConsumer<>(settings.consumer(groupId,
        "hub-core-intake-" + UUID.randomUUID().toString().substring(0, 8), maxBatch));
    consumer.subscribe(List.of(Topics.INTAKE));
    running = true;
    thread = new Thread(this::run, "intake-consumer");
    thread.start();
  }

  @EventListener
  synchronized void stop(ShutdownEvent event) throws InterruptedException {
    running = false;
    if (thread != null) {
      consumer.wakeup();
      thread.join(15_000);
      thread = null;
    }
  }

  private void run() {
    Duration backoff = Duration.ZERO;
    try {
      while (running) {
        ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
        if (records.isEmpty()) {
          continue;
        }
        try {
          handle(records);
          consumer.commitSync(nextOffsets(records));
          backoff = Duration.ZERO;
          if (outboxRelay != null) {
            outboxRelay.wake();
          }
        } catch (WakeupException e) {
          throw e;
        } catch (Exception e) {
          backoff = backoff.isZero() ? Duration.ofMillis(250)
              : Duration.ofMillis(Math.min(backoff.toMillis() * 2, 10_000));
          LOG.warn("Intake batch of {} failed; reading it again in {} ms: {}",
              records.count(), backoff.toMillis(), e.toString());
          rewind(records);
          Thread.sleep(backoff.toMillis());
        }
      }
    } catch (WakeupException e) {
      if (running) {
        throw e;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  private void handle(ConsumerRecords<String, byte[]> records) throws Exception {
    long start = System.nanoTime();
    List<IntakeEnvelope> envelopes = new ArrayList<>(records.count());
    Map<String, ConsumerRecord<String, byte[]>> recordById = new HashMap<>();
    List<Future<?>> parked = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> record : records) {
      IntakeDecoder.Decoded decoded = IntakeDecoder.decode(record.value());
      if (decoded.isPoison()) {
        parked.add(deadLetters.park(record, decoded.poisonReason()));
      } else {
        envelopes.add(decoded.envelope());
        recordById.putIfAbsent(decoded.envelope().id(), record);
      }
    }
    IntakeProcessor.Result result = processor.process(envelopes);
    for (BatchWrites.Rejection rejection : result.rejected()) {
      parked.add(deadLetters.park(recordById.get(rejection.envelope().id()), rejection.reason()));
    }
    for (Future<?> sent : parked) {
      deadLetters.await(sent);
    }
    LOG.debug("Intake batch of {}: {} tickets, {} updates, {} duplicates, {} dead letters in {} ms",
        records.count(), result.created(), result.updated(), result.duplicates(), parked.size(),
        (System.nanoTime() - start) / 1_000_000);
  }

  private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(
      ConsumerRecords<String, byte[]> records) {
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    for (TopicPartition partition : records.partitions()) {
      List<ConsumerRecord<String, byte[]>> inPartition = records.records(partition);
      long last = inPartition.get(inPartition.size() - 1).offset();
      offsets.put(partition, new OffsetAndMetadata(last + 1));
    }
    return offsets;
  }

  private void rewind(ConsumerRecords<String, byte[]> records) {
    for (TopicPartition partition : records.partitions()) {
      // A partition taken away meanwhile is read again by its new owner from the committed offset.
      if (consumer.assignment().contains(partition)) {
        consumer.seek(partition, records.records(partition).get(0).offset());
      }
    }
  }
}
