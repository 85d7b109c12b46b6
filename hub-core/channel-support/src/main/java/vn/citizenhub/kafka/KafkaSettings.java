package vn.citizenhub.kafka;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Client settings every module uses. The broker comes from {@code kafka.bootstrap.servers}
 * ({@code KAFKA_BOOTSTRAP_SERVERS}). Producers never lose an acknowledged record: acks=all and the
 * idempotent producer, so a retried send is not written twice.
 */
@Singleton
public class KafkaSettings {

  private final String bootstrapServers;
  private final int maxBlockMillis;
  private final int sessionTimeoutMillis;

  public KafkaSettings(
      @Value("${kafka.bootstrap.servers:`127.0.0.1:9092`}") String bootstrapServers,
      @Value("${hub.kafka.max-block-ms:2000}") int maxBlockMillis,
      @Value("${hub.kafka.session-timeout-ms:10000}") int sessionTimeoutMillis) {
    this.bootstrapServers = bootstrapServers;
    this.maxBlockMillis = maxBlockMillis;
    this.sessionTimeoutMillis = sessionTimeoutMillis;
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** A durable producer of String keys and JSON byte values. */
  public Properties producer(String clientId) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
    p.put(ProducerConfig.LINGER_MS_CONFIG, 2);
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    // A caller must not hang when the broker is gone: fail fast and let the durable store retry.
    p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, maxBlockMillis);
    p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
    p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15000);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    return p;
  }

  /** A consumer that commits offsets itself, only after its work is durable. */
  public Properties consumer(String groupId, String clientId, int maxPollRecords) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    // A crashed instance's partitions move to the others after this long (Kafka's default: 45 s).
    p.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, sessionTimeoutMillis);
    p.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, Math.max(1000, sessionTimeoutMillis / 4));
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    return p;
  }
}
