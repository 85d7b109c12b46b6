package vn.citizenhub.core.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import vn.citizenhub.contract.Topics;
import vn.citizenhub.core.outbox.OutboxRelay;
import vn.citizenhub.kafka.KafkaSettings;
import vn.citizenhub.schema.JdbcDatabase;

/**
 * Consumes {@code hub.intake.v1} with {@code hub.intake.consumer.threads} members of the consumer
 * group. One by default: on two cores shared with the broker and the database, a second thread
 * made smaller batches and more commits and lowered throughput by a third (docs/benchmarks.md);
 * on a bigger machine more threads, or more instances, share the partitions. A crash anywhere
 * loses nothing: offsets follow the database, and the processed-id table makes a replay
 * harmless; concurrent workers are made safe by the same unique keys.
 */
@Singleton
@Requires(property = "hub.intake.consumer.enabled", notEquals = "false")
public class IntakeConsumer {

  private final KafkaSettings settings;
  private final IntakeProcessor processor;
  private final DeadLetters deadLetters;
  private final ColumnFit columns;
  private final JdbcDatabase database;
  private final MeterRegistry registry;
  private final OutboxRelay outboxRelay;
  private final String groupId;
  private final int maxBatch;
  private final int threads;
  private final List<IntakeWorker> workers = new ArrayList<>();

  IntakeConsumer(KafkaSettings settings, IntakeProcessor processor, DeadLetters deadLetters,
      ColumnFit columns, JdbcDatabase database, @Nullable MeterRegistry registry,
      @Nullable OutboxRelay outboxRelay,
      @Value("${hub.intake.consumer.group:hub-core}") String groupId,
      @Value("${hub.intake.consumer.max-batch:500}") int maxBatch,
      @Value("${hub.intake.consumer.threads:1}") int threads) {
    this.settings = settings;
    this.processor = processor;
    this.deadLetters = deadLetters;
    this.columns = columns;
    this.database = database;
    this.registry = registry;
    this.outboxRelay = outboxRelay;
    this.groupId = groupId;
    this.maxBatch = maxBatch;
    this.threads = threads;
  }

  @EventListener
  synchronized void start(StartupEvent event) {
    // hub_intake_retries_total climbing means intake is stalled on an outage (nothing is parked).
    Counter retries = Counter.builder("hub.intake.retries")
        .description("Intake batches read again after a failure (an outage: database or broker)")
        .register(registry != null ? registry : new SimpleMeterRegistry());
    String instance = UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < threads; i++) {
      KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
          settings.consumer(groupId, "hub-core-intake-" + instance + "-" + i, maxBatch));
      consumer.subscribe(List.of(Topics.INTAKE));
      workers.add(new IntakeWorker(consumer, processor, deadLetters, columns,
          new RecordByRecord(processor, deadLetters, columns, database), outboxRelay,
          retries::increment, "intake-consumer-" + i));
    }
  }

  @EventListener
  synchronized void stop(ShutdownEvent event) throws InterruptedException {
    for (IntakeWorker worker : workers) {
      worker.stop();
    }
    workers.clear();
  }
}

