package io.oktaadapter.adapters.in.webhook;

import java.util.Map;

/**
 * Webhook adapter: an inline-hook answer with what the decision log and metrics record of it.
 *
 * @param body the JSON body; Okta's contract is always 200 with commands and/or an error object
 * @param outcome short outcome name for the metric and the decision log
 * @param facts safe facts for the decision log (never tokens, passwords or codes)
 */
record InlineReply(String body, String outcome, Map<String, String> facts) {

  InlineReply withOutcome(String newOutcome) {
    return new InlineReply(body, newOutcome, facts);
  }
}
