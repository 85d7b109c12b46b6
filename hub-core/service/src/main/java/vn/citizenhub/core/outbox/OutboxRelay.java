package vn.citizenhub.core.outbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.kafka.KafkaSettings;
import vn.citizenhub.logging.ErrorText;
import vn.citizenhub.schema.JdbcDatabase;

/**
 * Publishes outbox rows to Kafka and deletes them once every replica has them. At least once: a
 * crash after the send and before the delete sends the row again, and readers drop event ids they
 * have seen. It runs on its own thread, woken right after an intake commit and polling otherwise.
 */
@Singleton
@Requires(property = "hub.outbox.relay.enabled", notEquals = "false")
public class OutboxRelay {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

  private final JdbcDatabase database;
  private final OutboxStore store;
  private final KafkaSettings kafkaSettings;
  private final int batchSize;
  private final Duration idlePoll;
  /** How long a claimed batch is this relay's: longer than the 30 s it waits for Kafka. */
  private final Duration lease;
  private final Semaphore wakeUp = new Semaphore(0);
  private volatile boolean running;
  private KafkaProducer<String, byte[]> producer;
  private Thread thread;

  OutboxRelay(
      JdbcDatabase database,
      OutboxStore store,
      KafkaSettings kafkaSettings,
      @Value("${hub.outbox.relay.batch:500}") int batchSize,
      @Value("${hub.outbox.relay.idle-poll:200ms}") Duration idlePoll,
      @Value("${hub.outbox.relay.lease:60s}") Duration lease) {
    this.lease = lease;
    this.database = database;
    this.store = store;
    this.kafkaSettings = kafkaSettings;
    this.batchSize = batchSize;
    this.idlePoll = idlePoll;
  }

  @EventListener
  synchronized void start(StartupEvent event) {
    producer = new KafkaProducer<>(kafkaSettings.producer("outbox-relay"));
    running = true;
    thread = new Thread(this::run, "outbox-relay");
    thread.setDaemon(true);
    thread.start();
  }

  @EventListener
  synchronized void stop(ShutdownEvent event) throws InterruptedException {
    running = false;
    if (thread != null) {
      wakeUp.release();
      thread.join(10_000);
      producer.close(Duration.ofSeconds(5));
      thread = null;
    }
  }

  /** Tells the relay that new rows were committed, so they leave now rather than at the next poll. */
  public void wake() {
    wakeUp.release();
  }

  private void run() {
    Duration backoff = Duration.ZERO;
    while (running) {
      try {
        if (!backoff.isZero()) {
          wakeUp.tryAcquire(backoff.toMillis(), TimeUnit.MILLISECONDS);
        }
        int sent = relayOnce();
        backoff = Duration.ZERO;
        if (sent < batchSize) {
          wakeUp.tryAcquire(idlePoll.toMillis(), TimeUnit.MILLISECONDS);
          wakeUp.drainPermits();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (Exception e) {
        backoff = backoff.isZero() ? Duration.ofMillis(500) : min(backoff.multipliedBy(2));
        LOG.warn("Outbox relay failed, retrying in {} ms: {}", backoff.toMillis(), ErrorText.of(e));
      }
    }
  }

  /**
   * Sends one batch; returns how many rows left the outbox. The batch is claimed (with a lease)
   * and committed first, so no row stays locked while Kafka is waited for.
   */
  int relayOnce() throws Exception {
    long start = System.nanoTime();
    Instant now = Instant.now();
    List<OutboxMessage> batch = database.inTransaction(
        c -> store.claimOldest(c, batchSize, now, now.plus(lease)));
    if (batch.isEmpty()) {
      return 0;
    }
    List<Future<?>> acks = new ArrayList<>(batch.size());
    for (OutboxMessage m : batch) {
      acks.add(producer.send(new ProducerRecord<>(m.topic(), m.key(),
          m.payload().getBytes(StandardCharsets.UTF_8))));
    }
    for (Future<?> ack : acks) {
      try {
        ack.get(30, TimeUnit.SECONDS);
      } catch (Exception e) {
        // Every row of the batch stays and goes again (if this fails too, when the lease ends).
        database.inTransaction(c -> {
          store.release(c, batch);
          return null;
        });
        throw new SQLException("Kafka did not acknowledge the outbox batch", e);
      }
    }
    database.inTransaction(c -> {
      store.delete(c, batch);
      return null;
    });
    LOG.debug("Outbox relay sent {} in {} ms", batch.size(), (System.nanoTime() - start) / 1_000_000);
    return batch.size();
  }

  private static Duration min(Duration d) {
    Duration max = Duration.ofSeconds(10);
    return d.compareTo(max) > 0 ? max : d;
  }
}
