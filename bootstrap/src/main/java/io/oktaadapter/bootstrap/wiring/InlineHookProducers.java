package io.oktaadapter.bootstrap.wiring;

import io.oktaadapter.adapters.in.webhook.InlineHookConfig;
import io.oktaadapter.application.port.in.inline.DecideRegistrationUseCase;
import io.oktaadapter.application.port.in.inline.DecideTenantClaimsUseCase;
import io.oktaadapter.application.port.in.inline.DecideUserImportUseCase;
import io.oktaadapter.application.port.in.inline.ManageRegistrationDomainsUseCase;
import io.oktaadapter.application.port.in.inline.SendTelephonyOtpUseCase;
import io.oktaadapter.application.port.in.inline.SyncTenantMembershipsUseCase;
import io.oktaadapter.application.port.in.inline.VerifyLegacyPasswordUseCase;
import io.oktaadapter.application.port.out.inline.InlineReadModelStore;
import io.oktaadapter.application.port.out.inline.LegacyCredentialStore;
import io.oktaadapter.application.port.out.inline.MembershipStore;
import io.oktaadapter.application.port.out.inline.PasswordHashes;
import io.oktaadapter.application.port.out.inline.RegistrationDomainStore;
import io.oktaadapter.application.port.out.messaging.Outbox;
import io.oktaadapter.application.port.out.okta.OktaGroups;
import io.oktaadapter.application.port.out.persistence.OktaResourceRepository;
import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.application.port.out.persistence.UnitOfWork;
import io.oktaadapter.application.service.audit.Auditor;
import io.oktaadapter.application.service.inline.DecideRegistrationService;
import io.oktaadapter.application.service.inline.DecideTenantClaimsService;
import io.oktaadapter.application.service.inline.DecideUserImportService;
import io.oktaadapter.application.service.inline.InlineReadModel;
import io.oktaadapter.application.service.inline.ManageRegistrationDomainsService;
import io.oktaadapter.application.service.inline.SendTelephonyOtpService;
import io.oktaadapter.application.service.inline.SyncTenantMembershipsService;
import io.oktaadapter.application.service.inline.VerifyLegacyPasswordService;
import io.oktaadapter.domain.InvalidFieldException;
import io.oktaadapter.domain.app.ApplicationKind;
import io.oktaadapter.domain.app.ClaimTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Wiring: the use cases of the inline-hook flow. One in-memory read model per process, shared by
 * every decision and refreshed by {@code InlineReadModelRefreshJob}.
 */
@ApplicationScoped
public class InlineHookProducers {

  // Singleton, not ApplicationScoped: the service is final and cannot be proxied. It is also the
  // RefreshInlineReadModelUseCase bean, so the refresh job swaps the snapshot decisions read.
  @Produces
  @Singleton
  InlineReadModel inlineReadModel(InlineReadModelStore store) {
    return new InlineReadModel(store);
  }

  @Produces
  @Singleton // on the inline hooks' hot path: no client proxy
  DecideTenantClaimsUseCase decideTenantClaims(
      InlineReadModel model, InlineHookConfig inline, AdapterConfig adapter) {
    ClaimTemplate defaults = ClaimTemplate.of(inline.claims().tenant(), inline.claims().role());
    Map<ApplicationKind, ClaimTemplate> perKind = new HashMap<>();
    adapter
        .provisioning()
        .templates()
        .forEach(
            (kind, template) -> {
              AdapterConfig.TemplateClaims c = template.claims();
              try {
                perKind.put(
                    ApplicationKind.of(kind),
                    new ClaimTemplate(
                        c.tenant().orElse(defaults.tenantClaim()),
                        c.role().orElse(defaults.roleClaim()),
                        new TreeMap<>(c.extra())));
              } catch (InvalidFieldException e) {
                throw new IllegalStateException(
                    "okta-adapter.provisioning.templates.\""
                        + kind
                        + "\".claims: "
                        + e.getMessage(),
                    e);
              }
            });
    return new DecideTenantClaimsService(model, defaults, perKind);
  }

  @Produces
  @Singleton // on the inline hooks' hot path: no client proxy
  DecideRegistrationUseCase decideRegistration(InlineReadModel model, InlineHookConfig config) {
    return new DecideRegistrationService(model, config.registration().denyMessage());
  }

  @Produces
  @Singleton // on the inline hooks' hot path: no client proxy
  DecideUserImportUseCase decideUserImport(InlineReadModel model) {
    return new DecideUserImportService(model);
  }

  @Produces
  @ApplicationScoped
  VerifyLegacyPasswordUseCase verifyLegacyPassword(
      LegacyCredentialStore store, PasswordHashes hashes) {
    return new VerifyLegacyPasswordService(store, hashes);
  }

  @Produces
  @ApplicationScoped
  SendTelephonyOtpUseCase sendTelephonyOtp(Outbox outbox, Clock clock, InlineHookConfig config) {
    return new SendTelephonyOtpService(outbox, clock, config.telephony().enabled());
  }

  @Produces
  @ApplicationScoped
  ManageRegistrationDomainsUseCase manageRegistrationDomains(
      TenantRepository tenants,
      RegistrationDomainStore domains,
      UnitOfWork unitOfWork,
      Auditor auditor) {
    return new ManageRegistrationDomainsService(tenants, domains, unitOfWork, auditor);
  }

  @Produces
  @ApplicationScoped
  SyncTenantMembershipsUseCase syncTenantMemberships(
      TenantRepository tenants,
      OktaResourceRepository resources,
      OktaGroups groups,
      MembershipStore memberships,
      UnitOfWork unitOfWork,
      Clock clock,
      Auditor auditor) {
    return new SyncTenantMembershipsService(
        tenants, resources, groups, memberships, unitOfWork, clock, auditor);
  }
}
