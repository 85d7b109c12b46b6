package vn.citizenhub.channel.notify;

import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.channel.handoff.IntakeHandoff;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.Topics;
import vn.citizenhub.contract.intake.DeliveryReport;
import vn.citizenhub.contract.intake.DeliveryReport.DeliveryStatus;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.contract.intake.IntakeValidator;
import vn.citizenhub.contract.notify.HandBack;
import vn.citizenhub.contract.notify.Notification;
import vn.citizenhub.kafka.KafkaSettings;

/**
 * Settles a delivery: a notice handed back goes to the SMS channel ({@link HandBack}) when the
 * citizen gave a phone (else it failed), and the outcome goes to hub-core as a delivery report, durably,
 * for the ticket's timeline.
 */
@Singleton
@Requires(property = HandoffSettings.ENABLED, value = "true")
class DeliveryReports {

  private final IntakeHandoff handoff;
  private final KafkaProducer<String, byte[]> producer;
  private final Clock clock = Clock.systemUTC();

  DeliveryReports(IntakeHandoff handoff, KafkaSettings kafka) {
    this.handoff = handoff;
    this.producer = new KafkaProducer<>(kafka.producer("notify-hand-back"));
  }

  @PreDestroy
  void close() {
    producer.close(java.time.Duration.ofSeconds(5));
  }

  /** The final outcome, after any hand-back; reported before it returns. */
  DeliveryOutcome settle(Notification n, DeliveryOutcome outcome) throws Exception {
    DeliveryOutcome settled = outcome;
    if (outcome.status() == DeliveryStatus.HANDED_BACK) {
      settled = handBack(n, outcome);
    }
    report(n, settled);
    return settled;
  }

  private DeliveryOutcome handBack(Notification n, DeliveryOutcome outcome) throws Exception {
    Optional<Notification> sms = HandBack.bySms(n);
    if (sms.isEmpty()) {
      return DeliveryOutcome.failed(outcome.detailVi() + " Không có số điện thoại để gửi SMS.",
          outcome.detailEn() + " No phone number to send an SMS to.");
    }
    // Waits for the broker: a notice is handed back only once Kafka holds it.
    producer.send(new ProducerRecord<>(Topics.NOTIFY, sms.get().citizenIdentity(),
        ContractJson.write(sms.get()))).get(10, TimeUnit.SECONDS);
    return outcome;
  }

  private void report(Notification n, DeliveryOutcome outcome) {
    if (n.trackingCode() == null) {
      return; // a notice about no ticket (a welcome, say) has no timeline to go on
    }
    IntakeEnvelope envelope = new DeliveryReport(n.id(), outcome.status(),
        fit(outcome.detailVi()), fit(outcome.detailEn())).envelopeFor(n, clock.instant());
    handoff.handOff(envelope, DeliveryReport.keyFor(n.id()));
  }

  /**
   * The hub's own words about a delivery (an outside API's reason among them), shortened to what
   * the contract takes, so that a long reason never holds up the report of a delivery.
   */
  private static String fit(String detail) {
    int max = IntakeValidator.MAX_DELIVERY_DETAIL;
    if (detail == null || detail.length() <= max) {
      return detail;
    }
    int end = Character.isHighSurrogate(detail.charAt(max - 2)) ? max - 2 : max - 1;
    return detail.substring(0, end) + "…"; // never half an emoji
  }
}
