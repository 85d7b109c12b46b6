package vn.citizenhub.channel.handoff;

import jakarta.annotation.PreDestroy;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import vn.citizenhub.contract.Topics;
import vn.citizenhub.kafka.KafkaSettings;

/** Sends intake envelopes to {@code hub.intake.v1} with acks=all and an idempotent producer. */
@Singleton
@Requires(property = HandoffSettings.ENABLED, value = "true")
public class IntakePublisher {

  /**
   * How long a send may block the caller (for the topic's metadata, or for buffer space) when
   * Kafka is away: a citizen is waiting, and the durable store has the intake anyway.
   */
  static final int MAX_BLOCK_MILLIS = 250;

  private final KafkaProducer<String, byte[]> producer;

  public IntakePublisher(KafkaSettings settings) {
    Properties p = settings.producer("intake-publisher");
    p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, MAX_BLOCK_MILLIS);
    this.producer = new KafkaProducer<>(p);
  }

  /** Completes when every in-sync replica has the record; fails when Kafka cannot take it. */
  public CompletableFuture<RecordMetadata> publish(String key, String envelopeJson) {
    CompletableFuture<RecordMetadata> acked = new CompletableFuture<>();
    try {
      producer.send(
          new ProducerRecord<>(Topics.INTAKE, key, envelopeJson.getBytes(StandardCharsets.UTF_8)),
          (metadata, error) -> {
            if (error == null) {
              acked.complete(metadata);
            } else {
              acked.completeExceptionally(error);
            }
          });
    } catch (RuntimeException e) {
      acked.completeExceptionally(e); // metadata not available within max.block.ms: Kafka is away
    }
    return acked;
  }

  @PreDestroy
  void close() {
    producer.close(Duration.ofSeconds(5));
  }
}
