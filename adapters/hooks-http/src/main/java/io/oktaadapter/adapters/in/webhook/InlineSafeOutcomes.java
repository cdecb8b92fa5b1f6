package io.oktaadapter.adapters.in.webhook;

import static io.oktaadapter.adapters.in.webhook.InlineCommands.command;
import static io.oktaadapter.adapters.in.webhook.InlineCommands.commands;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Webhook adapter: what an inline hook answers when no decision was made in time or a dependency
 * failed, per type as configured ({@link InlineHookConfig#safeOutcome()}).
 */
@ApplicationScoped
class InlineSafeOutcomes {

  static final Map<String, String> DEFAULTS =
      Map.of(
          "token", "unchanged",
          "registration", "deny",
          "import", "unchanged",
          "saml", "unchanged",
          "password-import", "unverified",
          "telephony", "error");

  private final InlineHookConfig config;

  InlineSafeOutcomes(InlineHookConfig config) {
    this.config = config;
  }

  InlineReply reply(String typeKey, String why) {
    String choice = config.safeOutcome().getOrDefault(typeKey, DEFAULTS.get(typeKey));
    Map<String, String> facts = InlineHookDecisions.facts("fallback", why);
    String outcome = "safe-" + choice;
    return switch (choice) {
      case "error" ->
          new InlineReply(
              InlineCommands.error("The adapter could not decide in time.", null), outcome, facts);
      case "allow" ->
          new InlineReply(
              commands(command("com.okta.action.update", Map.of("registration", "ALLOW"))),
              outcome,
              facts);
      case "deny" ->
          InlineHookDecisions.denyRegistration(
                  "Sign-up is not available right now. Please try again later.", outcome, null)
              .withOutcome(outcome);
      case "verified", "unverified" ->
          InlineSecretHooks.credentialAnswer(choice.toUpperCase(java.util.Locale.ROOT), facts)
              .withOutcome(outcome);
      default -> new InlineReply(commands(), outcome, facts);
    };
  }
}
