package vn.citizenhub.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.Topics;

/**
 * Reads hub.ticket-events.v1 and notes when each report's ticket was routed (or sent to triage):
 * the end of the path a citizen's report travels. The event can arrive before the driver has read
 * the HTTP answer that names the code, so times are joined with the posting times at the end.
 */
final class RoutedWatcher implements AutoCloseable {

  private final Map<String, Long> routedAt = new ConcurrentHashMap<>();
  private final Thread thread;
  private volatile boolean running = true;

  RoutedWatcher(String bootstrap) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "load-driver-" + UUID.randomUUID());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p);
    consumer.subscribe(List.of(Topics.TICKET_EVENTS));
    // Join the group and take the end offsets before any report is posted.
    while (consumer.assignment().isEmpty()) {
      consumer.poll(Duration.ofMillis(100));
    }
    consumer.seekToEnd(consumer.assignment());
    consumer.assignment().forEach(consumer::position);
    thread = new Thread(() -> run(consumer), "routed-watcher");
    thread.start();
  }

  private void run(KafkaConsumer<String, byte[]> consumer) {
    try (consumer) {
      while (running) {
        consumer.poll(Duration.ofMillis(50)).forEach(record -> {
          long now = System.nanoTime();
          JsonNode event = read(record.value());
          String type = event.path("type").asText();
          if (!type.equals("ROUTED") && !type.equals("SENT_TO_TRIAGE")) {
            return;
          }
          routedAt.putIfAbsent(event.path("trackingCode").asText(), now);
        });
      }
    }
  }

  private static JsonNode read(byte[] value) {
    try {
      return ContractJson.mapper().readTree(value);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** How many of these posted reports are routed by now. */
  int routedOf(Map<String, Long> postedAt) {
    return (int) postedAt.keySet().stream().filter(routedAt::containsKey).count();
  }

  /** From posting to routed ticket, for every posted report that was routed. */
  Latencies latencies(Map<String, Long> postedAt) {
    Latencies latencies = new Latencies();
    postedAt.forEach((code, posted) -> {
      Long routed = routedAt.get(code);
      if (routed != null) {
        latencies.add(routed - posted);
      }
    });
    return latencies;
  }

  /** When the last of these posted reports was routed (System.nanoTime), or 0. */
  long lastRoutedOf(Map<String, Long> postedAt) {
    return postedAt.keySet().stream().map(routedAt::get).filter(t -> t != null)
        .mapToLong(Long::longValue).max().orElse(0);
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.join(5000);
  }
}
