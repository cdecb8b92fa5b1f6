package io.oktaadapter.application.port.out.secrets;

/** Value object: which of the two hook secrets valid during a rotation a reference names. */
public enum HookSecretSlot {
  /** The secret Okta is configured with outside a rotation. */
  CURRENT,
  /** The secret a started rotation will switch Okta to. Absent outside a rotation. */
  NEXT
}
