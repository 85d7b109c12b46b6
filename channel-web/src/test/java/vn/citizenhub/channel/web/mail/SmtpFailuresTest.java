package vn.citizenhub.channel.web.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.util.Optional;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.eclipse.angus.mail.util.SocketConnectException;
import org.junit.jupiter.api.Test;
import vn.citizenhub.logging.ErrorText;

/**
 * How Angus Mail's exceptions (as its SMTP transport throws them) are read: 5xx is a refusal for
 * good, everything else a failure for now; neither description quotes the server or the address.
 */
class SmtpFailuresTest {

  private static final String ADDRESS = "nguoidan.khong.co@thu.example.vn";

  private static SendFailedException rcpt(int code) throws Exception {
    InternetAddress to = new InternetAddress(ADDRESS);
    SMTPAddressFailedException refused = new SMTPAddressFailedException(to,
        "RCPT TO:<" + ADDRESS + ">", code, code + " 5.1.1 <" + ADDRESS + ">: user unknown");
    return new SendFailedException("Invalid Addresses", refused, new Address[0], new Address[0],
        new Address[] {to});
  }

  @Test
  void aFiveHundredToRcptRefusesTheRecipientForGood() throws Exception {
    assertEquals(Optional.of(new SmtpFailures.Refusal(550, "RCPT")),
        SmtpFailures.permanent(rcpt(550)));
    assertEquals("The mail server refused the recipient's address (code 553).",
        SmtpFailures.permanent(rcpt(553)).orElseThrow().reasonEn());
  }

  @Test
  void aFiveHundredToDataRefusesTheMessage() {
    SMTPSendFailedException data = new SMTPSendFailedException(".", 554,
        "554 5.7.1 rejected: spam", null, null, null, null);
    SmtpFailures.Refusal refusal = SmtpFailures.permanent(data).orElseThrow();
    assertEquals(new SmtpFailures.Refusal(554, "DATA"), refusal);
    assertEquals("Máy chủ thư từ chối thư (mã 554 ở bước DATA).", refusal.reasonVi());
  }

  @Test
  void fourHundredsAFullMailboxAndBrokenConnectionsAreForNow() throws Exception {
    assertEquals(Optional.empty(), SmtpFailures.permanent(rcpt(451)));
    assertEquals(Optional.empty(), SmtpFailures.permanent(rcpt(552)), "RFC 5321 4.5.3.1.10");
    assertFalse(SmtpFailures.unavailable(rcpt(451)).serverWide(), "one recipient's 4xx");

    MailConnectException refused = new MailConnectException(new SocketConnectException(
        "Connection refused", new ConnectException("Connection refused"), "127.0.0.1", 25, 5000));
    assertEquals(Optional.empty(), SmtpFailures.permanent(refused));
    MailUnavailable down = SmtpFailures.unavailable(refused);
    assertTrue(down.serverWide());
    assertTrue(down.getMessage().startsWith("the SMTP server is unreachable"), down.getMessage());

    MailUnavailable signIn = SmtpFailures.unavailable(
        new AuthenticationFailedException("535 5.7.8 bad credentials"));
    assertTrue(signIn.serverWide());
    SMTPSendFailedException busy = new SMTPSendFailedException("MAIL FROM:<x@y.vn>", 421,
        "421 4.3.2 busy", null, null, null, null);
    assertEquals(Optional.empty(), SmtpFailures.permanent(busy));
    assertEquals("the SMTP server answered 421 to MAIL", SmtpFailures.unavailable(busy)
        .getMessage());
  }

  @Test
  void noDescriptionQuotesTheAddressOrTheServer() throws Exception {
    for (MessagingException e : new MessagingException[] {rcpt(550), rcpt(451)}) {
      assertFalse(SmtpFailures.unavailable(e).getMessage().contains(ADDRESS));
      assertFalse(SmtpFailures.permanent(e).map(r -> r.reasonVi() + r.reasonEn()).orElse("")
          .contains("user unknown"));
      // And should Jakarta Mail's own exception reach a log line, its message is withheld.
      assertFalse(ErrorText.of(e).contains(ADDRESS), ErrorText.of(e));
      assertFalse(ErrorText.of(new IllegalStateException("wrapped", e)).contains("nguoidan"));
    }
  }
}
