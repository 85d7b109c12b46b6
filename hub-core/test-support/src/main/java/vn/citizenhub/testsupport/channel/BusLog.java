package vn.citizenhub.testsupport.channel;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.testsupport.KafkaProbe;

/** Reads and writes the contract test's own broker, whole topics at a time. */
final class BusLog {

  private final String servers;

  BusLog(String servers) {
    this.servers = servers;
  }

  void send(String topic, String key, Object message) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
      producer.send(new ProducerRecord<>(topic, key, ContractJson.write(message)))
          .get(20, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("the contract test's broker refused the record", e);
    }
  }

  /**
   * Every record of {@code topic} up to its end as it is now, parsed as {@code type}; records of
   * another shape are left out.
   */
  <T> List<T> readAll(String topic, Class<T> type) {
    List<T> parsed = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> r : records(topic)) {
      try {
        parsed.add(ContractJson.read(r.value(), type));
      } catch (RuntimeException notThisShape) {
        // a test may have put other records on the topic
      }
    }
    return parsed;
  }

  private List<ConsumerRecord<String, byte[]>> records(String topic) {
    return KafkaProbe.readToEnd(servers, topic);
  }
}
