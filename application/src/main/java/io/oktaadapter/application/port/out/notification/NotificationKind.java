package io.oktaadapter.application.port.out.notification;

/** What a notification e-mail tells; each kind has its own template (plain text and HTML). */
public enum NotificationKind {
  PROVISIONING_FINISHED,
  PROVISIONING_FAILED,
  DRIFT_DETECTED,
  EVENT_HOOK_QUARANTINE,
  HOOK_SECRET_ROTATION_DUE
}
