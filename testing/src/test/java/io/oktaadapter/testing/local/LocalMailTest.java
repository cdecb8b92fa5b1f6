package io.oktaadapter.testing.local;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalMailTest {

  @TempDir Path dir;

  @Test
  void givenLocalRun_mailSentOverSmtp_isSavedAsEmlForTheDeveloper() throws Exception {
    LocalSettings settings =
        LocalSettings.parse(
            List.of("--data-dir=" + dir, "--smtp-port=0", "--imap-port=0"), Map.of());
    try (LocalMail mail = new LocalMail()) {
      var endpoints = mail.start(settings);
      int port = Integer.parseInt(endpoints.get(0).value());

      Properties props = new Properties();
      props.put("mail.smtp.host", "127.0.0.1");
      props.put("mail.smtp.port", String.valueOf(port));
      MimeMessage message = new MimeMessage(Session.getInstance(props));
      message.setFrom(new InternetAddress("okta-adapter@localhost"));
      message.setRecipient(RecipientType.TO, new InternetAddress("dev@localhost"));
      message.setSubject("Tenant acme is provisioned");
      message.setText("hello");
      Transport.send(message);

      Path folder = dir.resolve("mail");
      long deadline = System.currentTimeMillis() + 10_000;
      while (System.currentTimeMillis() < deadline && emls(folder).isEmpty()) {
        Thread.sleep(100);
      }
      assertThat(emls(folder)).hasSize(1);
      assertThat(Files.readString(emls(folder).get(0)))
          .contains("Subject: Tenant acme is provisioned")
          .contains("hello");
    }
  }

  private static List<Path> emls(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".eml")).toList();
    }
  }
}
