package io.oktaadapter.domain.okta;

/**
 * The kinds of Okta resources the adapter creates, in the order they depend on each other: a later
 * type may refer to an earlier one, so deletion runs in reverse order.
 */
public enum OktaResourceType {
  GROUP,
  GROUP_RULE,
  TRUSTED_ORIGIN,
  SIGN_ON_POLICY,
  OIDC_APPLICATION,
  APPLICATION_GROUP_ASSIGNMENT,
  EVENT_HOOK,
  INLINE_HOOK
}
