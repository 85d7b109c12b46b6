package vn.citizenhub.channel.app.push;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.SchemaId;
import vn.citizenhub.contract.Topics;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.DeliveryReport;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.contract.notify.Notification;
import vn.citizenhub.contract.notify.NotificationKind;
import vn.citizenhub.testsupport.KafkaProbe;
import vn.citizenhub.testsupport.PersonalDataLogScan;
import vn.citizenhub.testsupport.SqlProbe;
import vn.citizenhub.testsupport.TestKafka;

/** App notices as hub-core writes them to hub.notify.v1, and what became of them. */
final class NoticeKit {

  static final String MESSAGE_VI =
      "Cán bộ đã trả lời: ổ gà trên đường Cách Mạng Tháng Tám sẽ được vá trong tuần này.";
  static final String MESSAGE_EN =
      "An officer answered: the pothole on Cach Mang Thang Tam street is patched this week.";

  private NoticeKit() {}

  /** A made-up mobile number (+849…), remembered by the log scan. */
  static String phone() {
    String phone = "+849" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    PersonalDataLogScan.remember(phone);
    return phone;
  }

  static Notification notice(String appId, String appUserId, String phone, String feedbackToken) {
    return new Notification(SchemaId.NOTIFICATION_V1, UUID.randomUUID().toString(),
        NotificationKind.UPDATE, Instant.now(), Channel.APP,
        Channel.APP.identity(appId + ":" + appUserId),
        TrackingCode.generate(Channel.APP).value(), MESSAGE_VI, MESSAGE_EN,
        new Notification.Contact(phone, null), feedbackToken);
  }

  static void publish(Notification... notices) throws Exception {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
      for (Notification n : notices) {
        producer.send(new ProducerRecord<>(Topics.NOTIFY, n.citizenIdentity(),
            ContractJson.write(n))).get();
      }
    }
  }

  /** The notice's state in the channel's table, or ABSENT. */
  static String state(SqlProbe db, String notificationId) {
    String state = db.string("SELECT state FROM channel_notification WHERE notification_id = ?",
        notificationId);
    return state == null ? "ABSENT" : state;
  }

  /** The delivery reports hub-core was sent about one notice (read from hub.intake.v1). */
  static List<DeliveryReport> reports(String notificationId) {
    List<ConsumerRecord<String, byte[]>> seen = KafkaProbe.readUntil(Topics.INTAKE,
        records -> !reportsIn(records, notificationId).isEmpty(), Duration.ofSeconds(20));
    return reportsIn(seen, notificationId);
  }

  private static List<DeliveryReport> reportsIn(List<ConsumerRecord<String, byte[]>> records,
      String notificationId) {
    return records.stream().map(NoticeKit::envelope)
        .filter(e -> e != null && e.payload() instanceof DeliveryReport r
            && notificationId.equals(r.notificationId()))
        .map(e -> (DeliveryReport) e.payload()).toList();
  }

  private static IntakeEnvelope envelope(ConsumerRecord<String, byte[]> record) {
    try {
      return ContractJson.read(record.value(), IntakeEnvelope.class);
    } catch (RuntimeException notAnEnvelope) {
      return null;
    }
  }

  /** The SMS notices handed back for a phone (read from hub.notify.v1). */
  static List<Notification> smsFor(String phone, String trackingCode) {
    String key = Channel.HOTLINE.identity(phone);
    List<ConsumerRecord<String, byte[]>> seen = KafkaProbe.readUntil(Topics.NOTIFY,
        records -> records.stream().anyMatch(r -> key.equals(r.key())
            && KafkaProbe.text(r).contains(trackingCode)), Duration.ofSeconds(20));
    return seen.stream().filter(r -> key.equals(r.key()))
        .map(r -> ContractJson.read(r.value(), Notification.class))
        .filter(n -> trackingCode.equals(n.trackingCode())).toList();
  }
}
