package io.oktaadapter.adapters.out.mail;

import io.oktaadapter.application.port.out.notification.Notification;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;

/**
 * Mail adapter: renders a notification with the Qute templates {@code templates/mail/<kind>.txt}
 * and {@code .html} in the notification's language (German, else English). The HTML template
 * escapes every value.
 */
@ApplicationScoped
class MailRenderer {

  private final Engine engine;
  private final MailMessages english;
  private final MailMessages german;
  private final MailConfig config;

  MailRenderer(
      Engine engine,
      MailMessages english,
      @Localized("de") MailMessages german,
      MailConfig config) {
    this.engine = engine;
    this.english = english;
    this.german = german;
    this.config = config;
  }

  RenderedMail render(Notification n) {
    String name = n.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    return new RenderedMail(
        n.recipients(),
        config.subjectPrefix().map(p -> p + " ").orElse("") + subject(n),
        instance("mail/" + name + ".txt", n).render(),
        instance("mail/" + name + ".html", n).render());
  }

  private TemplateInstance instance(String id, Notification n) {
    Template template = engine.getTemplate(id);
    if (template == null) {
      throw new IllegalStateException("no mail template " + id);
    }
    TemplateInstance instance =
        template.instance().data("items", n.items()).data("lang", language(n));
    n.values().forEach(instance::data);
    return instance.setLocale(Locale.forLanguageTag(language(n)));
  }

  private String subject(Notification n) {
    MailMessages m = "de".equals(n.language()) ? german : english;
    Map<String, String> v = n.values();
    return switch (n.kind()) {
      case PROVISIONING_FINISHED ->
          "DELETE".equals(v.get("jobKind"))
              ? m.deletionFinishedSubject(v.get("tenantName"), v.get("tenantKey"))
              : m.provisioningFinishedSubject(v.get("tenantName"), v.get("tenantKey"));
      case PROVISIONING_FAILED ->
          "DELETE".equals(v.get("jobKind"))
              ? m.deletionFailedSubject(v.get("tenantName"), v.get("tenantKey"))
              : m.provisioningFailedSubject(v.get("tenantName"), v.get("tenantKey"));
      case DRIFT_DETECTED -> m.driftSubject(v.get("tenantName"), v.get("tenantKey"));
      case EVENT_HOOK_QUARANTINE -> m.quarantineSubject(v.get("count"));
      case HOOK_SECRET_ROTATION_DUE -> m.rotationDueSubject(v.get("hook"));
    };
  }

  private static String language(Notification n) {
    return "de".equals(n.language()) ? "de" : "en";
  }
}
