package vn.citizenhub.channel.web.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * What an SMTP failure means for one notice (RFC 5321, 4.2.1): a 5yz reply refuses it for good
 * (a mailbox that does not exist, a message the server will not take); a 4yz reply, a broken
 * connection or a refused sign-in may pass later. 552 to RCPT counts as 452 (RFC 5321,
 * 4.5.3.1.10: "mailbox full" is temporary).
 */
final class SmtpFailures {

  /** Refused for good: the reply code and the step it answered ({@code RCPT}, {@code DATA}…). */
  record Refusal(int code, String step) {

    /** The reason for the ticket's timeline; the server's own words are left out. */
    String reasonVi() {
      return step.equals("RCPT")
          ? "Máy chủ thư từ chối địa chỉ người nhận (mã " + code + ")."
          : "Máy chủ thư từ chối thư (mã " + code + " ở bước " + step + ").";
    }

    String reasonEn() {
      return step.equals("RCPT")
          ? "The mail server refused the recipient's address (code " + code + ")."
          : "The mail server refused the message (code " + code + " at " + step + ").";
    }
  }

  private SmtpFailures() {}

  /** The refusal for good in {@code e}'s chain, if any. */
  static Optional<Refusal> permanent(MessagingException e) {
    for (Throwable t : chain(e)) {
      if (t instanceof SMTPAddressFailedException a && a.getReturnCode() / 100 == 5
          && a.getReturnCode() != 552) {
        return Optional.of(new Refusal(a.getReturnCode(), "RCPT"));
      }
      if (t instanceof SMTPSendFailedException s && s.getReturnCode() / 100 == 5) {
        return Optional.of(new Refusal(s.getReturnCode(), step(s.getCommand())));
      }
    }
    return Optional.empty();
  }

  /** A failure worth trying again, described without anything the server said. */
  static MailUnavailable unavailable(MessagingException e) {
    for (Throwable t : chain(e)) {
      if (t instanceof AuthenticationFailedException) {
        return new MailUnavailable("the SMTP server refused the hub's sign-in"
            + " (check HUB_WEB_MAIL_USERNAME / _PASSWORD)", true);
      }
      if (t instanceof SMTPAddressFailedException a) {
        return new MailUnavailable("the SMTP server answered " + a.getReturnCode() + " to RCPT",
            false);
      }
      if (t instanceof SMTPSendFailedException s) {
        return new MailUnavailable("the SMTP server answered " + s.getReturnCode() + " to "
            + step(s.getCommand()), true);
      }
      if (t instanceof IOException io) {
        return new MailUnavailable("the SMTP server is unreachable ("
            + io.getClass().getSimpleName() + ")", true);
      }
    }
    return new MailUnavailable("SMTP failure (" + e.getClass().getSimpleName() + ")", true);
  }

  /** The SMTP verb a reply answered; the final dot of DATA counts as DATA. */
  private static String step(String command) {
    if (command == null || command.isBlank() || command.equals(".")) {
      return "DATA";
    }
    String verb = command.strip().split("\\s", 2)[0].replaceAll("[^A-Za-z]", "");
    return verb.isEmpty() ? "DATA" : verb.substring(0, Math.min(verb.length(), 8));
  }

  /** {@code e} and what it wraps, outermost first (Jakarta Mail chains by next exception). */
  private static List<Throwable> chain(Throwable e) {
    List<Throwable> chain = new ArrayList<>();
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable t = e; t != null && seen.put(t, true) == null; ) {
      chain.add(t);
      t = t instanceof MessagingException m && m.getNextException() != null
          ? m.getNextException() : t.getCause();
    }
    return chain;
  }
}
