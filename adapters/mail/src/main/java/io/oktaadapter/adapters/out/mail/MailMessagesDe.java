package io.oktaadapter.adapters.out.mail;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** Mail adapter: the German wording of the notification mails. */
@Localized("de")
public interface MailMessagesDe extends MailMessages {

  @Override
  @Message("Mandant {name} ({key}) ist eingerichtet")
  String provisioningFinishedSubject(String name, String key);

  @Override
  @Message("Mandant {name} ({key}) ist aus Okta entfernt")
  String deletionFinishedSubject(String name, String key);

  @Override
  @Message("Einrichtung des Mandanten {name} ({key}) fehlgeschlagen")
  String provisioningFailedSubject(String name, String key);

  @Override
  @Message("Entfernen des Mandanten {name} ({key}) aus Okta fehlgeschlagen")
  String deletionFailedSubject(String name, String key);

  @Override
  @Message("Abweichung beim Mandanten {name} ({key}) gefunden")
  String driftSubject(String name, String key);

  @Override
  @Message("Okta-Event-Hook: {count} Zustellungen in Quarantäne")
  String quarantineSubject(String count);

  @Override
  @Message("Rotation des {hook}-Hook-Geheimnisses ist fällig")
  String rotationDueSubject(String hook);

  @Override
  @Message("Guten Tag,")
  String greeting();

  @Override
  @Message(
      "der {kind}-Auftrag {jobId} für den Mandanten {name} ({key}) ist abgeschlossen. Der"
          + " Mandant ist jetzt {status}.")
  String provisioningFinished(String kind, String jobId, String name, String key, String status);

  @Override
  @Message(
      "der {kind}-Auftrag {jobId} für den Mandanten {name} ({key}) ist fehlgeschlagen. Der"
          + " Mandant ist jetzt {status}.")
  String provisioningFailed(String kind, String jobId, String name, String key, String status);

  @Override
  @Message(
      "der Abgleich {jobId} hat Okta-Ressourcen des Mandanten {name} ({key}) gefunden, die in"
          + " Okta von Hand entfernt oder geändert worden waren (das Ergebnis sagt, ob sie nach der"
          + " Abweichungsregel des Mandanten repariert wurden):")
  String drift(String jobId, String name, String key);

  @Override
  @Message("Ergebnis")
  String outcome();

  @Override
  @Message(
      "seit {since} wurden {count} Zustellungen des Okta-Event-Hooks abgewiesen und in"
          + " Quarantäne gestellt (Schwelle: {threshold} je {window}). Okta sendet womöglich"
          + " fehlerhafte Zustellungen, oder jemand anderes ruft den Hook auf. Die Zustellungen"
          + " listet GET /api/v1/events/quarantine.")
  String quarantine(String count, String since, String threshold, String window);

  @Override
  @Message(
      "das aktuelle Geheimnis des {hook}-Hooks (Version {version}, erstellt {createdAt}) ist"
          + " älter als {maxAge}. Bitte rotieren: POST /api/v1/hook-secrets/{hook}/rotation,"
          + " danach POST /api/v1/hook-secrets/{hook}/rotation/completion. Diese Nachricht"
          + " enthält das Geheimnis selbst nie.")
  String rotationDue(String hook, String version, String createdAt, String maxAge);

  @Override
  @Message("Diese Nachricht wurde automatisch vom Okta Adapter versandt.")
  String footer();
}
