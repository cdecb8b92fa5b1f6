package io.oktaadapter.testing.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.oktaadapter.testing.FreePorts;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/**
 * Test and local-run infrastructure: a real SMTP server (GreenMail) on the loopback interface that
 * keeps every message it accepts, with IMAP to read them. It can be stopped and started again on
 * the same port, so that tests can take SMTP away from a running application.
 */
public final class SmtpServer implements AutoCloseable {

  private static SmtpServer shared;

  private final int smtpPort;
  private final int imapPort;
  private final List<MimeMessage> beforeRestart = new java.util.ArrayList<>();
  private final java.util.Map<String, List<MimeMessage>> inboxesBeforeRestart =
      new java.util.HashMap<>();
  private GreenMail greenMail;

  private SmtpServer(int smtpPort, int imapPort) {
    this.smtpPort = smtpPort;
    this.imapPort = imapPort;
  }

  /** The SMTP server of this JVM's tests, started on first use on free ports. */
  public static synchronized SmtpServer shared() {
    if (shared == null) {
      shared = start(FreePorts.next(), FreePorts.next());
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "smtp-server-stop"));
    }
    return shared;
  }

  /** Starts a server with SMTP and IMAP on the given ports; any login is accepted. */
  public static SmtpServer start(int smtpPort, int imapPort) {
    SmtpServer server = new SmtpServer(smtpPort, imapPort);
    server.up();
    return server;
  }

  /** Starts the server again after {@link #down()}, on the same ports. */
  public synchronized void up() {
    if (greenMail != null) {
      return;
    }
    GreenMail g =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
              new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
            });
    g.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    g.start();
    greenMail = g;
  }

  /** Stops accepting connections (an SMTP outage); messages received so far are kept. */
  public synchronized void down() {
    if (greenMail != null) {
      beforeRestart.addAll(List.of(greenMail.getReceivedMessages()));
      for (var user : greenMail.getUserManager().listUser()) {
        inboxesBeforeRestart
            .computeIfAbsent(user.getEmail(), k -> new java.util.ArrayList<>())
            .addAll(inbox(user.getEmail()));
      }
      greenMail.stop();
      greenMail = null;
    }
  }

  public synchronized boolean isUp() {
    return greenMail != null;
  }

  public int smtpPort() {
    return smtpPort;
  }

  public int imapPort() {
    return imapPort;
  }

  /** Every message received, across restarts, oldest first. */
  public synchronized List<MimeMessage> received() {
    List<MimeMessage> all = new java.util.ArrayList<>(beforeRestart);
    if (greenMail != null) {
      all.addAll(List.of(greenMail.getReceivedMessages()));
    }
    return all;
  }

  /**
   * The mails delivered to one address, across restarts, oldest first: one per mail sent to it
   * (whereas {@link #received()} holds a copy per recipient).
   */
  public synchronized List<MimeMessage> inbox(String address) {
    List<MimeMessage> all =
        new java.util.ArrayList<>(inboxesBeforeRestart.getOrDefault(address, List.of()));
    if (greenMail != null) {
      all.addAll(inboxNow(address));
    }
    return all;
  }

  private List<MimeMessage> inboxNow(String address) {
    var user = greenMail.getUserManager().getUserByEmail(address);
    if (user == null) {
      return List.of();
    }
    try {
      return greenMail.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
          .map(m -> m.getMimeMessage())
          .toList();
    } catch (com.icegreen.greenmail.store.FolderException e) {
      throw new IllegalStateException("inbox of " + address + " could not be read", e);
    }
  }

  @Override
  public void close() {
    down();
  }
}
