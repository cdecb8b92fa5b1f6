package io.oktaadapter.testing.local;

import io.oktaadapter.testing.mail.SmtpServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Local-run service: a real SMTP server (GreenMail) for the adapter's notification mails. Every
 * message received is printed as one line and saved as an {@code .eml} file under {@code
 * <data>/mail}; IMAP serves them too (login = the recipient address, any password).
 */
public final class LocalMail implements LocalService {

  static final int DEFAULT_SMTP_PORT = 3025;
  static final int DEFAULT_IMAP_PORT = 3143;

  private SmtpServer server;
  private Thread watcher;

  @Override
  public String name() {
    return "smtp";
  }

  @Override
  public List<Endpoint> start(LocalSettings settings) throws IOException {
    int smtp = settings.port("smtp", DEFAULT_SMTP_PORT);
    int imap = settings.port("imap", DEFAULT_IMAP_PORT);
    Path folder = settings.dataDir("mail");
    Files.createDirectories(folder);
    server = SmtpServer.start(smtp, imap);
    watcher = new Thread(() -> watch(folder), "local-mail-watch");
    watcher.setDaemon(true);
    watcher.start();
    return List.of(
        new Endpoint("OKTA_ADAPTER_LOCAL_SMTP_PORT", String.valueOf(smtp), "SMTP port (GreenMail)"),
        new Endpoint(
            "OKTA_ADAPTER_LOCAL_IMAP_PORT",
            String.valueOf(imap),
            "IMAP port (login = recipient address)"),
        new Endpoint("OKTA_ADAPTER_LOCAL_MAIL_DIR", folder.toString(), "received mails (.eml)"));
  }

  private void watch(Path folder) {
    int seen = 0;
    while (!Thread.currentThread().isInterrupted() && server != null) {
      List<MimeMessage> received = server.received();
      for (; seen < received.size(); seen++) {
        save(folder, seen + 1, received.get(seen));
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static void save(Path folder, int number, MimeMessage message) {
    Path file = folder.resolve(String.format("%05d.eml", number));
    try (OutputStream out = Files.newOutputStream(file)) {
      message.writeTo(out);
      Address[] to = message.getAllRecipients();
      String recipients =
          to == null
              ? "-"
              : Arrays.stream(to).map(Address::toString).collect(Collectors.joining(", "));
      System.out.printf(
          "[local] mail to %s: \"%s\" -> %s%n", recipients, message.getSubject(), file);
    } catch (IOException | MessagingException e) {
      System.err.printf("[local] mail %d could not be saved: %s%n", number, e);
    }
  }

  @Override
  public void close() {
    if (watcher != null) {
      watcher.interrupt();
      watcher = null;
    }
    if (server != null) {
      server.close();
      server = null;
    }
  }
}
