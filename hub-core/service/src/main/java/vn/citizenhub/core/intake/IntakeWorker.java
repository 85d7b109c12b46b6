package vn.citizenhub.core.intake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.core.outbox.OutboxRelay;
import vn.citizenhub.logging.ErrorText;

/**
 * One member of hub-core's intake consumer group on a thread of its own: each poll is one batch,
 * applied in one transaction, and its offsets are committed only after that transaction (and any
 * dead letters) are durable. A failed batch is read again from its first offset.
 */
final class IntakeWorker {

  private static final Logger LOG = LoggerFactory.getLogger(IntakeWorker.class);

  private final KafkaConsumer<String, byte[]> consumer;
  private final IntakeProcessor processor;
  private final DeadLetters deadLetters;
  private final OutboxRelay outboxRelay;
  private final Thread thread;
  private volatile boolean running = true;

  IntakeWorker(KafkaConsumer<String, byte[]> consumer, IntakeProcessor processor,
      DeadLetters deadLetters, OutboxRelay outboxRelay, String name) {
    this.consumer = consumer;
    this.processor = processor;
    this.deadLetters = deadLetters;
    this.outboxRelay = outboxRelay;
    this.thread = new Thread(this::run, name);
    thread.start();
  }

  void stop() throws InterruptedException {
    running = false;
    consumer.wakeup();
    thread.join(15_000);
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
              records.count(), backoff.toMillis(), ErrorText.of(e));
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
