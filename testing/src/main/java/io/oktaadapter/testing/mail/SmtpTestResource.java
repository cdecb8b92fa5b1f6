package io.oktaadapter.testing.mail;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Quarkus test resource: points quarkus-mailer at the JVM's shared real SMTP server ({@link
 * SmtpServer#shared()}), with mock mode off so that every mail really travels over SMTP.
 */
public class SmtpTestResource implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    SmtpServer smtp = SmtpServer.shared();
    smtp.up();
    return Map.of(
        "quarkus.mailer.mock", "false",
        "quarkus.mailer.host", "127.0.0.1",
        "quarkus.mailer.port", String.valueOf(smtp.smtpPort()),
        "quarkus.mailer.start-tls", "DISABLED",
        "quarkus.mailer.tls", "false");
  }

  @Override
  public void stop() {
    // Shared by every test application of this JVM; it stops when the JVM exits.
  }
}
