package vn.citizenhub.channel.web.mail;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.core.functions.CheckedSupplier;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micronaut.context.annotation.Context;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/**
 * The SMTP server, one connection per message. A few quick attempts with backoff (Resilience4j
 * Retry) for what may pass at once, and a circuit breaker that stops calling a server that keeps
 * failing (unreachable, refusing the hub's sign-in; not one recipient's 4xx); past those, the
 * notice waits for the shared plumbing's next round. A reply that refuses the message for good is
 * returned, not thrown: it is the citizen's address that failed, not the server, and it does not
 * open the breaker. Made at start-up, so that a host without a sender address stops the start.
 */
@Context
class SmtpMailer {

  private final MailSettings settings;
  private final Session session;
  private final InternetAddress from;
  private final Retry retry;
  private final CircuitBreaker breaker;

  SmtpMailer(MailSettings settings) {
    this.settings = settings;
    this.session = settings.enabled() ? Session.getInstance(properties(settings)) : null;
    this.from = settings.enabled() ? sender(settings) : null;
    this.retry = Retry.of("smtp", RetryConfig.custom()
        .maxAttempts(Math.max(1, settings.getAttempts()))
        .intervalFunction(IntervalFunction.ofExponentialBackoff(settings.getRetryWait(), 2))
        .retryExceptions(MailUnavailable.class)
        .ignoreExceptions(CallNotPermittedException.class)
        .build());
    this.breaker = CircuitBreaker.of("smtp", CircuitBreakerConfig.custom()
        .slidingWindowSize(10)
        .minimumNumberOfCalls(5)
        .failureRateThreshold(50)
        .waitDurationInOpenState(settings.getBreakerOpenFor())
        // Only what stops every message: one greylisted recipient leaves the others' mail alone.
        .recordException(e -> e instanceof MailUnavailable u && u.serverWide())
        .build());
  }

  boolean enabled() {
    return session != null;
  }

  /** A new message of this server's session, from the hub's sender address. */
  MimeMessage newMessage(String messageId) throws MessagingException {
    MimeMessage message = new MimeMessage(session) {
      @Override
      protected void updateMessageID() throws MessagingException {
        // The notice's own id: a resend after a crash carries the same Message-ID, which lets
        // the citizen's mail system recognise it.
        setHeader("Message-ID", messageId);
      }
    };
    message.setFrom(from);
    return message;
  }

  /** The domain of the sender address, for Message-IDs. */
  String senderDomain() {
    String address = from.getAddress();
    return address.substring(address.indexOf('@') + 1);
  }

  CircuitBreaker.State breakerState() {
    return breaker.getState();
  }

  /**
   * Sends one message. Empty: the server took it. A refusal: refused for good. Throws {@link
   * MailUnavailable} (after the quick retries) or {@link CallNotPermittedException} (the breaker
   * is open) when it may pass later.
   */
  Optional<SmtpFailures.Refusal> send(MimeMessage message) throws Exception {
    CheckedSupplier<Optional<SmtpFailures.Refusal>> call =
        CircuitBreaker.decorateCheckedSupplier(breaker, () -> attempt(message));
    try {
      return Retry.decorateCheckedSupplier(retry, call).get();
    } catch (Exception | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  private Optional<SmtpFailures.Refusal> attempt(MimeMessage message) throws MailUnavailable {
    Transport transport = null;
    try {
      transport = session.getTransport(
          settings.getSecurity() == MailSecurity.TLS ? "smtps" : "smtp");
      transport.connect(settings.getHost(), settings.getPort(), blankToNull(settings.getUsername()),
          blankToNull(settings.getPassword()));
      message.saveChanges();
      transport.sendMessage(message, message.getAllRecipients());
      return Optional.empty();
    } catch (MessagingException e) {
      Optional<SmtpFailures.Refusal> refusal = SmtpFailures.permanent(e);
      if (refusal.isPresent()) {
        return refusal;
      }
      throw SmtpFailures.unavailable(e);
    } finally {
      closeQuietly(transport);
    }
  }

  /** A QUIT that fails after the server took the message must not make it look unsent. */
  private static void closeQuietly(Transport transport) {
    if (transport == null) {
      return;
    }
    try {
      transport.close();
    } catch (MessagingException ignored) {
      // The message was sent or has already failed; the connection is dropped either way.
    }
  }

  private static Properties properties(MailSettings settings) {
    String protocol = settings.getSecurity() == MailSecurity.TLS ? "smtps" : "smtp";
    String at = "mail." + protocol + ".";
    Properties p = new Properties();
    p.put(at + "host", settings.getHost());
    p.put(at + "port", Integer.toString(settings.getPort()));
    p.put(at + "connectiontimeout", Long.toString(settings.getConnectTimeout().toMillis()));
    p.put(at + "timeout", Long.toString(settings.getTimeout().toMillis()));
    p.put(at + "writetimeout", Long.toString(settings.getTimeout().toMillis()));
    p.put(at + "auth", Boolean.toString(blankToNull(settings.getUsername()) != null));
    if (settings.getSecurity() == MailSecurity.STARTTLS) {
      // Required, not opportunistic: never send a citizen's mail in clear because the server
      // stopped offering STARTTLS.
      p.put(at + "starttls.enable", "true");
      p.put(at + "starttls.required", "true");
    }
    if (settings.getSecurity() != MailSecurity.NONE) {
      p.put(at + "ssl.checkserveridentity", "true");
    }
    if (blankToNull(settings.getHeloName()) != null) {
      p.put(at + "localhost", settings.getHeloName().strip());
    }
    p.put("mail.mime.charset", StandardCharsets.UTF_8.name());
    return p;
  }

  private static InternetAddress sender(MailSettings settings) {
    String address = blankToNull(settings.getFromAddress());
    if (address == null) {
      throw new IllegalStateException("hub.web.mail.from-address (HUB_WEB_MAIL_FROM_ADDRESS)"
          + " must be set when an SMTP host is (hub.web.mail.host)");
    }
    try {
      InternetAddress parsed = new InternetAddress(address.strip(), true);
      return new InternetAddress(parsed.getAddress(), settings.getFromName(), "UTF-8");
    } catch (AddressException | UnsupportedEncodingException e) {
      throw new IllegalStateException("hub.web.mail.from-address is not an e-mail address", e);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
