package io.oktaadapter.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktaadapter.testing.mail.SmtpServer;
import jakarta.mail.Address;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/** Test helper: reads the mails the shared real SMTP server (GreenMail) received. */
final class Mails {

  private Mails() {}

  /**
   * The mails delivered to {@code address}: its inbox on the server, one copy per mail sent (the
   * server's list of all received messages holds a copy per recipient).
   */
  static List<MimeMessage> to(String address) {
    return SmtpServer.shared().inbox(address);
  }

  /** Waits up to {@code seconds} for a mail to {@code address} that matches. */
  static MimeMessage await(String address, Predicate<MimeMessage> matching, int seconds) {
    long deadline = System.currentTimeMillis() + seconds * 1000L;
    while (System.currentTimeMillis() < deadline) {
      var found = to(address).stream().filter(matching).findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      sleep(100);
    }
    throw new AssertionError("no matching mail to " + address + " within " + seconds + " s");
  }

  static MimeMessage await(String address, int seconds) {
    return await(address, m -> true, seconds);
  }

  static List<String> recipients(MimeMessage m) {
    try {
      Address[] to = m.getRecipients(RecipientType.TO);
      return to == null ? List.of() : Arrays.stream(to).map(Address::toString).toList();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The one part of the MIME type ({@code text/plain} or {@code text/html}). */
  static String part(MimeMessage m, String type) {
    List<String> found = new ArrayList<>();
    try {
      collect(m, type, found);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    assertThat(found).as("parts of type " + type).hasSize(1);
    return found.get(0);
  }

  /** Subject and both bodies, for checks that nothing secret appears anywhere. */
  static String whole(MimeMessage m) {
    return subject(m) + "\n" + part(m, "text/plain") + "\n" + part(m, "text/html");
  }

  private static void collect(Part part, String type, List<String> found) throws Exception {
    if (part.isMimeType(type)) {
      found.add((String) part.getContent());
    } else if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        collect(multipart.getBodyPart(i), type, found);
      }
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
