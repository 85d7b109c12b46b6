package vn.citizenhub.channel.hotline.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.citizenhub.channel.notify.DeliveryOutcome;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.SchemaId;
import vn.citizenhub.contract.intake.DeliveryReport.DeliveryStatus;
import vn.citizenhub.contract.notify.Notification;
import vn.citizenhub.contract.notify.NotificationKind;
import vn.citizenhub.http.PublicUrl;

/** The SMS sender against the fake gateway: every answer the gateway can give. */
class SmsSenderTest {

  private final FakeSmsGateway fake = new FakeSmsGateway();

  @AfterEach
  void stop() {
    fake.close();
  }

  record Settings(String url, String key, boolean unicode) implements SmsSettings {
    public String getUrl() {
      return url;
    }

    public String getApiKey() {
      return key;
    }

    public String getBrandname() {
      return "UBND TAY NINH";
    }

    public boolean isUnicode() {
      return unicode;
    }

    public int getMaxParts() {
      return 3;
    }

    public Duration getConnectTimeout() {
      return Duration.ofSeconds(1);
    }

    public Duration getCallTimeout() {
      return Duration.ofSeconds(2);
    }

    public int getAttempts() {
      return 3;
    }

    public Duration getRetryWait() {
      return Duration.ofMillis(10);
    }

    public Duration getBreakerOpenFor() {
      return Duration.ofSeconds(30);
    }
  }

  private static final PublicUrl PUBLIC_URL = new PublicUrl();

  static {
    PUBLIC_URL.setPublicUrl("https://phananh.tayninh.gov.vn");
  }

  private SmsSender sender(SmsSettings settings) {
    return new SmsSender(new SmsGateway(settings), settings, PUBLIC_URL);
  }

  static Notification notice(String identity, String phone) {
    return new Notification(SchemaId.NOTIFICATION_V1, UUID.randomUUID().toString(),
        NotificationKind.UPDATE, Instant.now(), Channel.HOTLINE, identity, "H7K3M9QX23",
        "Phản ánh mã H7K3M-9QX23: Đã giải quyết (Đã khắc phục). Đèn đã sáng lại.",
        "Report H7K3M-9QX23: Resolved (Fixed).", new Notification.Contact(phone, null));
  }

  @Test
  void aNoticeGoesOutWithoutDiacriticsToTheCallersNumber() throws Exception {
    DeliveryOutcome outcome = sender(new Settings(fake.url(), FakeSmsGateway.KEY, false))
        .send(notice("phone:+84912345678", null));
    assertEquals(DeliveryStatus.SENT, outcome.status());
    assertEquals("Đã gửi tin nhắn SMS (1 phần) qua tổng đài tin nhắn.", outcome.detailVi());
    var sms = fake.accepted().get(0);
    assertEquals("84912345678", sms.to());
    assertEquals("GSM7", sms.encoding());
    assertEquals("UBND TAY NINH", sms.brandname());
    assertEquals("Phan anh ma H7K3M-9QX23: Da giai quyet (Da khac phuc). Den da sang lai.",
        sms.text());
  }

  @Test
  void anOutcomeWithAFeedbackTokenCarriesThePrivateRatingLinkInASecondPart() throws Exception {
    Notification plain = notice("phone:+84912345678", null);
    String token = "Ab3_-kQ9zXcVbNm1234567890qw";
    Notification outcome = new Notification(plain.schema(), plain.id(), plain.kind(),
        plain.occurredAt(), plain.channel(), plain.citizenIdentity(), plain.trackingCode(),
        plain.messageVi(), plain.messageEn(), plain.contact(), token);
    DeliveryOutcome sent = sender(new Settings(fake.url(), FakeSmsGateway.KEY, false))
        .send(outcome);
    assertEquals("Đã gửi tin nhắn SMS (2 phần) qua tổng đài tin nhắn.", sent.detailVi());
    var sms = fake.accepted().get(0);
    assertEquals(2, sms.parts().size());
    String link = sms.parts().get(1).substring(sms.parts().get(1).indexOf("https://"));
    java.net.URI uri = java.net.URI.create(link);
    assertEquals("phananh.tayninh.gov.vn", uri.getHost());
    assertEquals("/track", uri.getPath());
    assertEquals("code=H7K3M-9QX23", uri.getQuery());
    assertEquals("k=" + token, uri.getFragment());
  }

  @Test
  void aNoticeHandedBackFromZaloGoesToTheContactsPhone() throws Exception {
    var n = notice("phone:+84987654321", "0987 654 321");
    assertEquals(DeliveryStatus.SENT,
        sender(new Settings(fake.url(), FakeSmsGateway.KEY, true)).send(n).status());
    assertEquals("84987654321", fake.accepted().get(0).to());
    assertEquals("UCS2", fake.accepted().get(0).encoding());
    var noPhone = new Notification(n.schema(), "x", n.kind(), n.occurredAt(), Channel.HOTLINE,
        "phone:unknown", n.trackingCode(), n.messageVi(), n.messageEn(), null);
    assertEquals(DeliveryStatus.FAILED,
        sender(new Settings(fake.url(), FakeSmsGateway.KEY, false)).send(noPhone).status());
  }

  @Test
  void aBriefOutageIsRiddenOutByQuickRetries() throws Exception {
    fake.downForNext(2);
    assertEquals(DeliveryStatus.SENT, sender(new Settings(fake.url(), FakeSmsGateway.KEY, false))
        .send(notice("phone:+84912345678", null)).status());
    assertEquals(3, fake.requests(), "two 503s, then accepted");
  }

  @Test
  void aLongerOutageThrowsSoThePlumbingKeepsTheNoticeAndTriesLater() {
    fake.downForNext(100);
    SmsSender sender = sender(new Settings(fake.url(), FakeSmsGateway.KEY, false));
    assertThrows(IOException.class, () -> sender.send(notice("phone:+84912345678", null)));
    assertEquals(3, fake.requests());
  }

  @Test
  void theBreakerOpensOnAGatewayThatKeepsFailingAndStopsCallingIt() throws Exception {
    fake.downForNext(1000);
    Settings settings = new Settings(fake.url(), FakeSmsGateway.KEY, false);
    SmsGateway gateway = new SmsGateway(settings);
    SmsSender sender = new SmsSender(gateway, settings, PUBLIC_URL);
    assertThrows(IOException.class, () -> sender.send(notice("phone:+84912345678", null)));
    // Five failed calls out of five: the breaker opens during the second notice's retries.
    assertThrows(Exception.class, () -> sender.send(notice("phone:+84912345678", null)));
    assertEquals(CircuitBreaker.State.OPEN, gateway.breakerState());
    int before = fake.requests();
    assertThrows(CallNotPermittedException.class,
        () -> sender.send(notice("phone:+84912345678", null)));
    assertEquals(before, fake.requests(), "an open breaker makes no request");
  }

  @Test
  void aRefusedNumberFailsForGoodAndAWrongKeyIsKeptForLater() throws Exception {
    DeliveryOutcome refused = sender(new Settings(fake.url(), FakeSmsGateway.KEY, false))
        .send(notice("phone:+84912345000", null));
    assertEquals(DeliveryStatus.FAILED, refused.status());
    assertEquals("Tổng đài tin nhắn từ chối SMS (mã INVALID_NUMBER).", refused.detailVi());

    SmsSender wrongKey = sender(new Settings(fake.url(), "wrong", false));
    assertThrows(GatewayMisconfigured.class,
        () -> wrongKey.send(notice("phone:+84912345678", null)));
    SmsSender noUrl = sender(new Settings(null, FakeSmsGateway.KEY, false));
    assertTrue(assertThrows(GatewayMisconfigured.class,
        () -> noUrl.send(notice("phone:+84912345678", null))).getMessage()
        .contains("HUB_HOTLINE_SMS_URL"));
  }
}
