package vn.citizenhub.channel.web.mail;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpHandler;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.smtp.commands.SmtpCommandRegistry;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real SMTP server for the tests (GreenMail) on a port of its own, which can be stopped and
 * started again on that port. Like a province's relay it refuses, at RCPT, the mailboxes it is
 * told do not exist ({@code 550 5.1.1}) and greylists others for a few attempts ({@code 451
 * 4.7.1}, try again later); everything else it takes.
 */
public final class TestSmtp implements AutoCloseable {

  public final int port = freePort();
  private final Set<String> unknown = ConcurrentHashMap.newKeySet();
  private final Map<String, AtomicInteger> greylisted = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> rcptSeen = new ConcurrentHashMap<>();
  private GreenMail server;

  public TestSmtp() {
    start();
  }

  public synchronized void start() {
    server = new Relay(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
  }

  /** Stops listening; what it received so far is forgotten. */
  public synchronized void stop() {
    server.stop();
  }

  public void refuseMailbox(String address) {
    unknown.add(address.toLowerCase(Locale.ROOT));
  }

  public void greylist(String address, int times) {
    greylisted.put(address.toLowerCase(Locale.ROOT), new AtomicInteger(times));
  }

  /** How often the server was asked to take mail for the address (RCPT), taken or not. */
  public int rcptCount(String address) {
    AtomicInteger n = rcptSeen.get(address.toLowerCase(Locale.ROOT));
    return n == null ? 0 : n.get();
  }

  /** The messages received for one recipient, in order. */
  public synchronized List<MimeMessage> messagesTo(String address) throws MessagingException {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage m : server.getReceivedMessages()) {
      Address[] to = m.getRecipients(Message.RecipientType.TO);
      if (to != null && to.length == 1 && to[0].toString().toLowerCase(Locale.ROOT)
          .contains(address.toLowerCase(Locale.ROOT))) {
        found.add(m);
      }
    }
    return found;
  }

  @Override
  public void close() {
    stop();
  }

  private String answer(MailAddress recipient) {
    String address = recipient.getEmail().toLowerCase(Locale.ROOT);
    rcptSeen.computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet();
    if (unknown.contains(address)) {
      return "550 5.1.1 Mailbox unavailable";
    }
    AtomicInteger grey = greylisted.get(address);
    if (grey != null && grey.getAndDecrement() > 0) {
      return "451 4.7.1 Greylisted, try again later";
    }
    return null;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** GreenMail whose SMTP service asks {@link #answer} about every recipient. */
  private final class Relay extends GreenMail {
    Relay(ServerSetup setup) {
      super(setup);
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers mgr) {
      SmtpManager relay = new SmtpManager(mgr.getImapHostManager(), mgr.getUserManager()) {
        @Override
        public String checkRecipient(SmtpState state, MailAddress rcpt) {
          return answer(rcpt);
        }
      };
      Map<String, AbstractServer> services = new HashMap<>();
      services.put(ServerSetup.PROTOCOL_SMTP, new SmtpServer(config[0], mgr) {
        @Override
        protected ProtocolHandler createProtocolHandler(Socket clientSocket) {
          return new SmtpHandler(new SmtpCommandRegistry(), relay, clientSocket);
        }
      });
      return services;
    }
  }
}
