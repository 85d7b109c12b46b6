package vn.citizenhub.channel.web.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The settings' checks at start-up: e-mail off without a host, no start without a sender. */
class SmtpMailerTest {

  private static MailSettings settings(String host, String from) {
    return new MailSettings() {
      public String getHost() {
        return host;
      }

      public int getPort() {
        return 587;
      }

      public MailSecurity getSecurity() {
        return MailSecurity.STARTTLS;
      }

      public String getUsername() {
        return null;
      }

      public String getPassword() {
        return null;
      }

      public String getFromAddress() {
        return from;
      }

      public String getFromName() {
        return "Cổng tiếp nhận phản ánh, kiến nghị";
      }

      public String getHeloName() {
        return null;
      }

      public Duration getConnectTimeout() {
        return Duration.ofSeconds(5);
      }

      public Duration getTimeout() {
        return Duration.ofSeconds(20);
      }

      public int getAttempts() {
        return 2;
      }

      public Duration getRetryWait() {
        return Duration.ofSeconds(1);
      }

      public Duration getBreakerOpenFor() {
        return Duration.ofSeconds(30);
      }
    };
  }

  @Test
  void withoutAHostEmailIsOff() {
    assertFalse(new SmtpMailer(settings(null, null)).enabled());
    assertFalse(new SmtpMailer(settings("  ", null)).enabled());
  }

  @Test
  void aHostNeedsAValidSenderAddress() {
    IllegalStateException missing = assertThrows(IllegalStateException.class,
        () -> new SmtpMailer(settings("smtp.tayninh.gov.vn", null)));
    assertTrue(missing.getMessage().contains("HUB_WEB_MAIL_FROM_ADDRESS"), missing.getMessage());
    assertThrows(IllegalStateException.class,
        () -> new SmtpMailer(settings("smtp.tayninh.gov.vn", "khong-phai-dia-chi")));
    SmtpMailer mailer =
        new SmtpMailer(settings("smtp.tayninh.gov.vn", "khongtraloi@tayninh.gov.vn"));
    assertTrue(mailer.enabled());
    assertEquals("tayninh.gov.vn", mailer.senderDomain());
  }
}
