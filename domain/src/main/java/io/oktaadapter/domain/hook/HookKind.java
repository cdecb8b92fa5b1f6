package io.oktaadapter.domain.hook;

/**
 * Value object: the kinds of Okta hook the adapter receives. Each kind has its own shared secret,
 * which Okta sends in the hook's authorization header.
 */
public enum HookKind {
  /** Okta event hooks: asynchronous deliveries of system-log events. */
  EVENT,
  /** Okta inline hooks (token, registration, ...): synchronous calls awaiting commands. */
  INLINE
}
