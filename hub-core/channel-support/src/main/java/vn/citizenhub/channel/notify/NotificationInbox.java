package vn.citizenhub.channel.notify;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.Topics;
import vn.citizenhub.contract.notify.Notification;
import vn.citizenhub.kafka.KafkaSettings;

/**
 * Takes each channel's notifications off {@code hub.notify.v1} into its durable table, and commits
 * the offsets only after that: a crash between the two re-reads them, and the table ignores the
 * repeat. One consumer group per channel, so every channel sees every notice and keeps its own.
 */
@Singleton
@Requires(beans = ChannelSender.class)
@Requires(property = HandoffSettings.ENABLED, value = "true")
class NotificationInbox {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationInbox.class);

  private final List<ChannelSender> senders;
  private final KafkaSettings kafka;
  private final NotificationStore store;
  private final NotificationDispatcher dispatcher;
  private final List<Worker> workers = new ArrayList<>();

  NotificationInbox(List<ChannelSender> senders, KafkaSettings kafka, NotificationStore store,
      NotificationDispatcher dispatcher) {
    this.senders = senders;
    this.kafka = kafka;
    this.store = store;
    this.dispatcher = dispatcher;
  }

  @EventListener
  synchronized void start(StartupEvent event) {
    for (ChannelSender sender : senders) {
      Worker worker = new Worker(sender.channel());
      workers.add(worker);
      worker.thread.start();
    }
  }

  /**
   * Stops every worker and waits for its consumer to leave the group: a consumer left behind by a
   * stopped hub would keep its share of the channel's partitions and starve the next one.
   */
  @EventListener
  synchronized void stop(ShutdownEvent event) throws InterruptedException {
    workers.forEach(Worker::stop);
    for (Worker worker : workers) {
      worker.thread.join(10_000);
    }
  }

  private final class Worker implements Runnable {

    private final Channel channel;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private volatile boolean running = true;

    Worker(Channel channel) {
      this.channel = channel;
      String group = "hub-notify-" + channel.name().toLowerCase();
      this.consumer = new KafkaConsumer<>(kafka.consumer(group, group, 200));
      this.thread = new Thread(this, "notify-inbox-" + channel.name().toLowerCase());
      thread.setDaemon(true);
    }

    void stop() {
      running = false;
      consumer.wakeup();
    }

    @Override
    public void run() {
      consumer.subscribe(List.of(Topics.NOTIFY));
      try {
        while (running) {
          ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofSeconds(1));
          if (records.isEmpty()) {
            continue;
          }
          try {
            store.keep(channel, mine(records), Clock.systemUTC().instant());
            consumer.commitSync();
            dispatcher.wake();
          } catch (WakeupException stopping) {
            // commitSync takes the wake-up too; swallowing it below would leave this consumer in
            // the group after the hub stopped, holding partitions nobody reads.
            throw stopping;
          } catch (Exception e) {
            LOG.warn("Could not keep {} notifications; reading them again", channel, e);
            rewind(records);
            sleepQuietly();
          }
        }
      } catch (WakeupException stopping) {
        // Shutting down.
      } finally {
        consumer.close(Duration.ofSeconds(5));
      }
    }

    private List<String[]> mine(ConsumerRecords<String, byte[]> records) {
      List<String[]> kept = new ArrayList<>();
      for (ConsumerRecord<String, byte[]> record : records) {
        try {
          Notification n = ContractJson.read(record.value(), Notification.class);
          if (n.channel() == channel && n.id() != null) {
            kept.add(new String[] {n.id(), ContractJson.writeString(n)});
          }
        } catch (RuntimeException e) {
          // Not ours to fix: hub-core wrote it; skipping keeps the channel's notices flowing.
          LOG.warn("Unreadable notification at {}-{}@{} skipped", record.topic(),
              record.partition(), record.offset());
        }
      }
      return kept;
    }

    private void rewind(ConsumerRecords<String, byte[]> records) {
      Map<TopicPartition, Long> first = new HashMap<>();
      for (ConsumerRecord<String, byte[]> r : records) {
        first.merge(new TopicPartition(r.topic(), r.partition()), r.offset(), Math::min);
      }
      first.forEach(consumer::seek);
    }

    private void sleepQuietly() {
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
