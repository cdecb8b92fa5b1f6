package io.oktaadapter.adapters.out.mail;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * Mail adapter configuration ({@code okta-adapter.mail.*}); the SMTP connection itself is
 * quarkus-mailer's ({@code quarkus.mailer.*}).
 */
@ConfigMapping(prefix = "okta-adapter.mail")
public interface MailConfig {

  /** Put before every subject, e.g. {@code [Okta Adapter prod]}; none when unset. */
  Optional<String> subjectPrefix();
}
