package vn.citizenhub.core.intake;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.contract.Topics;
import vn.citizenhub.kafka.KafkaSettings;

/**
 * Parks intake hub-core cannot accept on {@code hub.intake.dlq.v1}: the original bytes and key,
 * why, and where it came from, so an operator can mend and replay it. The consumer goes on.
 */
@Singleton
class DeadLetters {

  private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

  private final KafkaProducer<String, byte[]> producer;

  DeadLetters(KafkaSettings settings) {
    this.producer = new KafkaProducer<>(settings.producer("intake-dlq"));
  }

  Future<?> park(ConsumerRecord<String, byte[]> record, String reason) {
    ProducerRecord<String, byte[]> dead =
        new ProducerRecord<>(Topics.INTAKE_DLQ, record.key(), record.value());
    dead.headers().add(new RecordHeader(Topics.DLQ_REASON_HEADER, utf8(reason)));
    dead.headers().add(new RecordHeader("hub.dlq.source",
        utf8(record.topic() + "-" + record.partition() + "@" + record.offset())));
    // The reason names fields and codes only; the record itself may hold personal data.
    LOG.warn("Intake {}-{}@{} sent to the DLQ: {}", record.topic(), record.partition(),
        record.offset(), reason);
    return producer.send(dead);
  }

  /** Waits until the DLQ has the record, so the offset can be committed safely. */
  void await(Future<?> sent) throws Exception {
    sent.get(30, TimeUnit.SECONDS);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @PreDestroy
  void close() {
    producer.close(Duration.ofSeconds(5));
  }
}
