package vn.citizenhub.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** What the same machine does without the hub: raw Kafka sends and raw single-row inserts. */
final class RawBaselines {

  private RawBaselines() {}

  /** Records a second, 1 KB each, acks=all and idempotent, as the channels send. */
  static double kafkaProducerRate(String bootstrap, int records) throws Exception {
    String topic = "bench.raw-" + UUID.randomUUID().toString().substring(0, 8);
    Properties admin = new Properties();
    admin.put("bootstrap.servers", bootstrap);
    try (Admin a = Admin.create(admin)) {
      a.createTopics(List.of(new NewTopic(topic, 4, (short) 1))).all().get();
      Properties p = new Properties();
      p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
      p.put(ProducerConfig.ACKS_CONFIG, "all");
      p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
      p.put(ProducerConfig.LINGER_MS_CONFIG, 2);
      p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
      p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
      p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
      byte[] value = new byte[1024];
      long start = System.nanoTime();
      try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
        Future<?> last = null;
        for (int i = 0; i < records; i++) {
          last = producer.send(new ProducerRecord<>(topic, "k" + (i % 1000), value));
        }
        producer.flush();
        last.get();
      }
      double rate = records / ((System.nanoTime() - start) / 1e9);
      a.deleteTopics(List.of(topic)).all().get();
      return rate;
    }
  }

  /** Autocommitted single-row inserts a second, from {@code connections} connections, for {@code seconds}. */
  static double singleRowInsertRate(String url, String user, String password, int connections,
      int seconds) throws Exception {
    String table = "bench_raw_" + UUID.randomUUID().toString().substring(0, 8);
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE " + table + " (id BIGINT AUTO_INCREMENT PRIMARY KEY,"
          + " payload VARCHAR(200) NOT NULL, created_at DATETIME(3) NOT NULL)");
    }
    AtomicLong inserted = new AtomicLong();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < connections; t++) {
      Thread thread = new Thread(() -> {
        try (Connection c = DriverManager.getConnection(url, user, password);
            PreparedStatement insert = c.prepareStatement("INSERT INTO " + table
                + " (payload, created_at) VALUES (?, NOW(3))")) {
          while (System.nanoTime() < end) {
            insert.setString(1, "Phản ánh thử tải");
            insert.executeUpdate();
            inserted.incrementAndGet();
          }
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE " + table);
    }
    return inserted.get() / (double) seconds;
  }
}
