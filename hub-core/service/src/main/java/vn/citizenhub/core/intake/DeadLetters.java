package vn.citizenhub.core.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.contract.Topics;
import vn.citizenhub.core.deadletter.DeadLetter;
import vn.citizenhub.core.deadletter.DeadLetterBook;
import vn.citizenhub.kafka.KafkaSettings;

/**
 * Parks intake hub-core cannot accept on {@code hub.intake.dlq.v1}: the original bytes and key,
 * why, and where it came from, so an operator can mend and replay it. The consumer goes on. Each
 * parked record is also an alert: a row for the coordinator's desk and {@code /health}, and
 * {@code hub_intake_dead_letters_total{reason=...}}.
 */
@Singleton
class DeadLetters {

  static final String REASON_CODE_HEADER = "hub.dlq.reason-code";
  static final String SOURCE_HEADER = "hub.dlq.source";
  static final String COUNTER = "hub.intake.dead.letters";

  private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

  private final KafkaProducer<String, byte[]> producer;
  private final DeadLetterBook book;
  private final MeterRegistry registry;
  private final Clock clock;

  DeadLetters(KafkaSettings settings, DeadLetterBook book, @Nullable MeterRegistry registry,
      Clock clock) {
    this.producer = new KafkaProducer<>(settings.producer("intake-dlq"));
    this.book = book;
    this.registry = registry;
    this.clock = clock;
  }

  /**
   * Records the dead letter and sends it; wait for the returned send before committing the
   * record's offset. A record parked twice (its batch read again) is one row and one count.
   */
  Future<?> park(ConsumerRecord<String, byte[]> record, DeadLetterReason reason)
      throws SQLException {
    EnvelopeGlimpse glimpse = EnvelopeGlimpse.of(record.value());
    boolean first = book.record(new DeadLetter.Parked(clock.instant(), record.topic(),
        record.partition(), record.offset(), glimpse.envelopeId(), glimpse.trackingCode(),
        glimpse.channel(), reason.code(), reason.text()));
    if (first && registry != null) {
      Counter.builder(COUNTER).description("Intake records parked on hub.intake.dlq.v1")
          .tag("reason", reason.code().toLowerCase(Locale.ROOT))
          .register(registry).increment();
    }
    ProducerRecord<String, byte[]> dead =
        new ProducerRecord<>(Topics.INTAKE_DLQ, record.key(), record.value());
    dead.headers().add(new RecordHeader(Topics.DLQ_REASON_HEADER, utf8(reason.text())));
    dead.headers().add(new RecordHeader(REASON_CODE_HEADER, utf8(reason.code())));
    dead.headers().add(new RecordHeader(SOURCE_HEADER,
        utf8(record.topic() + "-" + record.partition() + "@" + record.offset())));
    // The reason names fields and codes only; the record itself may hold personal data.
    LOG.warn("Intake {}-{}@{} sent to the DLQ: {}", record.topic(), record.partition(),
        record.offset(), reason.text());
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
