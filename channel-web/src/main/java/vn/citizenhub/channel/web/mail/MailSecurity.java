package vn.citizenhub.channel.web.mail;

/** How the connection to the SMTP server is protected. */
public enum MailSecurity {
  /** Plain connection upgraded with STARTTLS, which the server must offer (port 587). */
  STARTTLS,
  /** TLS from the first byte (SMTPS, port 465). */
  TLS,
  /** No encryption: only for a relay on the same host or a closed network (and tests). */
  NONE
}
