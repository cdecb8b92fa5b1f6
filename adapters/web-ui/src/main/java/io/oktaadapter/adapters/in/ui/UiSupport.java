package io.oktaadapter.adapters.in.ui;

import io.oktaadapter.adapters.in.ui.Views.Chrome;
import io.oktaadapter.adapters.in.ui.Views.JobView;
import io.oktaadapter.adapters.in.ui.Views.StepRow;
import io.oktaadapter.application.common.AliasHasApplicationsException;
import io.oktaadapter.application.common.AlreadyExistsException;
import io.oktaadapter.application.common.ConcurrentChangeException;
import io.oktaadapter.application.common.IdempotencyKeyReusedException;
import io.oktaadapter.application.port.out.security.ActorContext;
import io.oktaadapter.application.security.AccessDeniedException;
import io.oktaadapter.domain.FieldViolation;
import io.oktaadapter.domain.IllegalStatusTransitionException;
import io.oktaadapter.domain.InvalidFieldException;
import io.oktaadapter.domain.okta.OktaResourceType;
import io.oktaadapter.domain.provisioning.JobStatus;
import io.oktaadapter.domain.provisioning.ProvisioningJob;
import io.oktaadapter.domain.tenant.TenantKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Web UI: what every page needs (the signed-in user, chrome, formatting, Okta console links). */
@ApplicationScoped
class UiSupport {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private final UiConfig config;
  private final ActorContext actors;
  private final String oktaAdminUrl;

  UiSupport(
      UiConfig config,
      ActorContext actors,
      @ConfigProperty(name = "okta-adapter.okta.org-url") Optional<String> orgUrl) {
    this.config = config;
    this.actors = actors;
    this.oktaAdminUrl = config.oktaAdminUrl().orElseGet(() -> adminUrl(orgUrl.orElse("")));
  }

  UiUser user() {
    return UiUser.of(actors.actor());
  }

  Chrome chrome() {
    UiUser user = user();
    return new Chrome(
        config.brand().name(),
        config.brand().logo(),
        user.name(),
        user.roleLabel(),
        !user.customer(),
        user.canCreate(),
        user.canEdit(),
        user.canDelete());
  }

  UiConfig config() {
    return config;
  }

  static String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }

  static TenantKey tenantKey(String raw) {
    try {
      return TenantKey.of(raw);
    } catch (InvalidFieldException e) {
      throw UiException.notFound("no tenant " + raw);
    }
  }

  static JobView job(ProvisioningJob job) {
    return new JobView(
        job.id().toString(),
        job.tenantKey().value(),
        job.kind().name(),
        job.status().name(),
        job.status().isFinished(),
        job.status() == JobStatus.FAILED,
        job.result().orElse(""),
        job.steps().stream()
            .map(
                s ->
                    new StepRow(
                        s.action().name(),
                        s.type().name(),
                        s.name(),
                        s.status().name(),
                        s.recordedId().map(Object::toString).orElse(""),
                        s.failure().orElse("")))
            .toList(),
        time(job.updatedAt()));
  }

  /**
   * Field messages keyed by the form field they belong to: {@code aliases[2]} and {@code aliases}
   * both land on {@code aliases}, {@code features.mfa} on {@code mfa}.
   */
  static Map<String, String> fieldErrors(InvalidFieldException e) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (FieldViolation v : e.violations()) {
      String field = v.field();
      String key;
      if (field.startsWith("baseUrls.")) {
        key = field;
      } else if (field.startsWith("features.")) {
        key = field.substring("features.".length());
      } else {
        int cut = field.indexOf('[');
        key = cut < 0 ? field : field.substring(0, cut);
        int dot = key.indexOf('.');
        key = dot < 0 ? key : key.substring(0, dot);
      }
      if (key.isEmpty()) {
        key = "form";
      }
      String message =
          field.equals(key) || field.isEmpty() ? v.reason() : field + ": " + v.reason();
      errors.merge(key, message, (a, b) -> a + "; " + b);
    }
    return errors;
  }

  /** A message for the top of a form when the use case refused as a whole, else empty. */
  /**
   * The fields the field policy refused, by form field name ({@code features.mfa} is the form's
   * {@code mfa}), with the policy's reason.
   */
  static Map<String, String> refusedFields(AccessDeniedException e) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (FieldViolation v : e.fields()) {
      String field = v.field().equals("features.mfa") ? "mfa" : v.field();
      errors.putIfAbsent(field, v.field() + " " + v.reason());
      errors.putIfAbsent("form", "Not allowed: " + v.field() + " " + v.reason());
    }
    return errors;
  }

  static Optional<String> refusal(RuntimeException e) {
    if (e instanceof AlreadyExistsException
        || e instanceof AliasHasApplicationsException
        || e instanceof ConcurrentChangeException
        || e instanceof IdempotencyKeyReusedException
        || e instanceof IllegalStatusTransitionException) {
      return Optional.of(e.getMessage());
    }
    return Optional.empty();
  }

  /** A link to the resource in the Okta admin console, or empty when there is no page for it. */
  String oktaLink(OktaResourceType type, String oktaId) {
    if (oktaAdminUrl.isEmpty()) {
      return "";
    }
    return switch (type) {
      case GROUP -> oktaAdminUrl + "/admin/group/" + oktaId;
      case GROUP_RULE -> oktaAdminUrl + "/admin/groups#rules";
      case TRUSTED_ORIGIN -> oktaAdminUrl + "/admin/access/api/trusted_origins";
      case SIGN_ON_POLICY -> oktaAdminUrl + "/admin/authn/authentication-policies#" + oktaId;
      case OIDC_APPLICATION -> oktaAdminUrl + "/admin/app/oidc_client/instance/" + oktaId;
      case APPLICATION_GROUP_ASSIGNMENT -> "";
      case EVENT_HOOK -> oktaAdminUrl + "/admin/workflow/eventhooks";
      case INLINE_HOOK -> oktaAdminUrl + "/admin/workflow/inlinehooks";
    };
  }

  /** {@code https://acme.okta.com} → {@code https://acme-admin.okta.com}; others unchanged. */
  static String adminUrl(String orgUrl) {
    if (orgUrl == null || orgUrl.isBlank()) {
      return "";
    }
    try {
      URI uri = URI.create(orgUrl.strip());
      String host = uri.getHost();
      if (host == null) {
        return "";
      }
      int dot = host.indexOf('.');
      String tail = dot < 0 ? "" : host.substring(dot);
      if (dot > 0
          && !host.substring(0, dot).endsWith("-admin")
          && (tail.equals(".okta.com")
              || tail.equals(".oktapreview.com")
              || tail.equals(".okta-emea.com"))) {
        host = host.substring(0, dot) + "-admin" + tail;
      }
      String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
      return uri.getScheme() + "://" + host + port;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
