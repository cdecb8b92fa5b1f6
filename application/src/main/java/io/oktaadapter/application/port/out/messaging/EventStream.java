package io.oktaadapter.application.port.out.messaging;

/** The logical streams the adapter publishes to; the messaging adapter maps each to a topic. */
public enum EventStream {
  /** Okta System Log events received through event hooks. */
  IDENTITY_EVENTS,
  /** Tenant and application lifecycle and configuration events. */
  TENANT_EVENTS,
  /** Results of commands received from other services. */
  COMMAND_RESULTS,
  /** OTP messages handed to the company's messaging service. */
  TELEPHONY_REQUESTS
}
