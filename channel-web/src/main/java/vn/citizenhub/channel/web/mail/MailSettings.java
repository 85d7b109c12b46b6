package vn.citizenhub.channel.web.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * The SMTP server that e-mails web citizens ({@code hub.web.mail.*}, env {@code HUB_WEB_MAIL_*}):
 * the province's relay, which signs (DKIM) and sends on. Without a host, e-mail is off: notices
 * are handed back for SMS when a phone is known, else reported as not delivered.
 */
@ConfigurationProperties("hub.web.mail")
public interface MailSettings {

  /** The SMTP server; empty turns e-mail off. */
  @Nullable
  String getHost();

  /** 587 (submission, STARTTLS), 465 (TLS from the start) or 25 (a relay inside the network). */
  @Bindable(defaultValue = "587")
  int getPort();

  /** How the connection is protected: STARTTLS (required, never falls back to clear), TLS, NONE. */
  @Bindable(defaultValue = "STARTTLS")
  MailSecurity getSecurity();

  /** Sign in with these when set; a relay that trusts the hub's address needs none. */
  @Nullable
  String getUsername();

  @Nullable
  String getPassword();

  /** The sender address (required when e-mail is on), e.g. {@code khongtraloi@tayninh.gov.vn}. */
  @Nullable
  String getFromAddress();

  /** The sender's display name. */
  @Bindable(defaultValue = "Cổng tiếp nhận phản ánh, kiến nghị")
  String getFromName();

  /** The name given in EHLO; empty: the machine's own (a container's id is often refused). */
  @Nullable
  String getHeloName();

  @Bindable(defaultValue = "5s")
  Duration getConnectTimeout();

  /** Longest wait for any one answer of the server, and for writing the message. */
  @Bindable(defaultValue = "20s")
  Duration getTimeout();

  /** Attempts in quick succession for one notice before it waits for the next round. */
  @Bindable(defaultValue = "2")
  int getAttempts();

  /** Wait before the second attempt; doubled before each next. */
  @Bindable(defaultValue = "1s")
  Duration getRetryWait();

  /** After half of the last ten sends failed, stop calling the server for this long. */
  @Bindable(defaultValue = "30s")
  Duration getBreakerOpenFor();

  /** Whether e-mail is on (an SMTP host is set). */
  default boolean enabled() {
    return getHost() != null && !getHost().isBlank();
  }
}
