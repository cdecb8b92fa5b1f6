package io.oktaadapter.adapters.out.mail;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Mail adapter: the wording of the notification mails in English (the default); the templates reach
 * it as {@code {mail:...}} and {@link MailMessagesDe} translates it. Values come in as parameters
 * and are escaped by the HTML templates.
 */
@MessageBundle(value = "mail", locale = "en")
public interface MailMessages {

  @Message("Tenant {name} ({key}) is provisioned")
  String provisioningFinishedSubject(String name, String key);

  @Message("Tenant {name} ({key}) is removed from Okta")
  String deletionFinishedSubject(String name, String key);

  @Message("Provisioning of tenant {name} ({key}) failed")
  String provisioningFailedSubject(String name, String key);

  @Message("Removal of tenant {name} ({key}) from Okta failed")
  String deletionFailedSubject(String name, String key);

  @Message("Drift found for tenant {name} ({key})")
  String driftSubject(String name, String key);

  @Message("Okta event hook: {count} deliveries quarantined")
  String quarantineSubject(String count);

  @Message("Rotation of the {hook} hook secret is due")
  String rotationDueSubject(String hook);

  @Message("Hello,")
  String greeting();

  @Message(
      "the {kind} job {jobId} for tenant {name} ({key}) has finished. The tenant is now {status}.")
  String provisioningFinished(String kind, String jobId, String name, String key, String status);

  @Message(
      "the {kind} job {jobId} for tenant {name} ({key}) has failed. The tenant is now {status}.")
  String provisioningFailed(String kind, String jobId, String name, String key, String status);

  @Message(
      "the reconcile job {jobId} found Okta resources of tenant {name} ({key}) that had been"
          + " removed or changed in Okta by hand (the outcome says whether the tenant's drift"
          + " policy had them repaired):")
  String drift(String jobId, String name, String key);

  @Message("Outcome")
  String outcome();

  @Message(
      "{count} Okta event-hook deliveries were refused and quarantined since {since} (threshold:"
          + " {threshold} per {window}). Okta may be sending malformed deliveries, or someone"
          + " else is calling the hook. The quarantined deliveries are listed by"
          + " GET /api/v1/events/quarantine.")
  String quarantine(String count, String since, String threshold, String window);

  @Message(
      "the current {hook} hook secret (version {version}, created {createdAt}) is older than"
          + " {maxAge}. Rotate it: POST /api/v1/hook-secrets/{hook}/rotation, then"
          + " POST /api/v1/hook-secrets/{hook}/rotation/completion. This mail never contains the"
          + " secret itself.")
  String rotationDue(String hook, String version, String createdAt, String maxAge);

  @Message("This message was sent automatically by the Okta Adapter.")
  String footer();
}
