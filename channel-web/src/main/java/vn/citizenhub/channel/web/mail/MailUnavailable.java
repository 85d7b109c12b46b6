package vn.citizenhub.channel.web.mail;

import java.io.IOException;

/**
 * The SMTP server did not take the message now (unreachable, a 4xx answer, a sign-in refused):
 * the notice is kept and tried again. The message names the cause by class and reply code only:
 * never the server's own text, which may quote the recipient's address.
 */
class MailUnavailable extends IOException {

  private final boolean serverWide;

  /**
   * @param serverWide whether every message would fail now (unreachable, a refused sign-in, a
   *     4xx to MAIL or DATA), rather than this recipient only (a 4xx to RCPT: greylisting, a full
   *     mailbox), which must not stop the others' mail
   */
  MailUnavailable(String message, boolean serverWide) {
    super(message);
    this.serverWide = serverWide;
  }

  boolean serverWide() {
    return serverWide;
  }
}
