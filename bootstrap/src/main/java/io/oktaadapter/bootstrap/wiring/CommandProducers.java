package io.oktaadapter.bootstrap.wiring;

import io.oktaadapter.application.port.in.application.DeleteApplicationUseCase;
import io.oktaadapter.application.port.in.application.ProvisionApplicationUseCase;
import io.oktaadapter.application.port.in.command.HandleCommandUseCase;
import io.oktaadapter.application.port.in.provisioning.ChangeTenantAliasUseCase;
import io.oktaadapter.application.port.in.provisioning.DeleteTenantUseCase;
import io.oktaadapter.application.port.in.provisioning.ProvisionTenantUseCase;
import io.oktaadapter.application.port.in.provisioning.UpdateTenantUseCase;
import io.oktaadapter.application.port.in.users.ClearQueuedSessionsUseCase;
import io.oktaadapter.application.port.in.users.ClearUserSessionsUseCase;
import io.oktaadapter.application.port.in.users.TenantMembershipUseCase;
import io.oktaadapter.application.port.out.aliases.AliasClaims;
import io.oktaadapter.application.port.out.command.CommandLog;
import io.oktaadapter.application.port.out.events.TenantLookup;
import io.oktaadapter.application.port.out.messaging.Outbox;
import io.oktaadapter.application.port.out.okta.OktaGroupMembers;
import io.oktaadapter.application.port.out.okta.OktaUsers;
import io.oktaadapter.application.port.out.persistence.OktaResourceRepository;
import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.application.port.out.persistence.UnitOfWork;
import io.oktaadapter.application.port.out.users.SessionCleanupQueue;
import io.oktaadapter.application.service.audit.AuditedUserChanges;
import io.oktaadapter.application.service.audit.Auditor;
import io.oktaadapter.application.service.command.CommandJobResults;
import io.oktaadapter.application.service.command.CommandResults;
import io.oktaadapter.application.service.command.CommandUseCases;
import io.oktaadapter.application.service.command.HandleCommandService;
import io.oktaadapter.application.service.provisioning.ChangeTenantAliasService;
import io.oktaadapter.application.service.users.ClearQueuedSessionsService;
import io.oktaadapter.application.service.users.ClearUserSessionsService;
import io.oktaadapter.application.service.users.SessionCleanupRule;
import io.oktaadapter.application.service.users.TenantMembershipService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;

/** Wiring: commands from other services, memberships and session clean-up (ADR 0012). */
@ApplicationScoped
public class CommandProducers {

  @Produces
  @Singleton
  CommandResults commandResults(AdapterConfig config) {
    return new CommandResults(URI.create(config.commands().resultSource()));
  }

  @Produces
  @Singleton
  CommandJobResults commandJobResults(CommandLog log, Outbox outbox, CommandResults results) {
    return new CommandJobResults(log, outbox, results);
  }

  @Produces
  @ApplicationScoped
  ClearUserSessionsUseCase clearUserSessions(OktaUsers users, Auditor auditor) {
    return AuditedUserChanges.clearSessions(new ClearUserSessionsService(users), auditor);
  }

  @Produces
  @ApplicationScoped
  TenantMembershipUseCase tenantMembership(
      TenantRepository tenants,
      OktaResourceRepository resources,
      OktaUsers users,
      OktaGroupMembers members,
      UnitOfWork unitOfWork,
      Auditor auditor) {
    return AuditedUserChanges.membership(
        new TenantMembershipService(tenants, resources, users, members, unitOfWork), auditor);
  }

  @Produces
  @ApplicationScoped
  ChangeTenantAliasUseCase changeTenantAlias(
      TenantRepository tenants, AliasClaims claims, UpdateTenantUseCase update) {
    return new ChangeTenantAliasService(tenants, claims, update);
  }

  @Produces
  @ApplicationScoped
  HandleCommandUseCase handleCommand(
      ProvisionTenantUseCase provisionTenant,
      UpdateTenantUseCase updateTenant,
      DeleteTenantUseCase deleteTenant,
      ProvisionApplicationUseCase provisionApplication,
      DeleteApplicationUseCase deleteApplication,
      ChangeTenantAliasUseCase aliases,
      TenantMembershipUseCase membership,
      ClearUserSessionsUseCase sessions,
      CommandLog log,
      Outbox outbox,
      TenantRepository tenants,
      UnitOfWork unitOfWork,
      CommandResults results,
      Clock clock) {
    return new HandleCommandService(
        new CommandUseCases(
            provisionTenant,
            updateTenant,
            deleteTenant,
            provisionApplication,
            deleteApplication,
            aliases,
            membership,
            sessions),
        log,
        outbox,
        tenants,
        unitOfWork,
        results,
        clock);
  }

  @Produces
  @Singleton
  SessionCleanupRule sessionCleanupRule(
      AdapterConfig config, TenantLookup tenants, SessionCleanupQueue queue, Clock clock) {
    return new SessionCleanupRule(config.sessions().cleanupEnabled(), tenants, queue, clock);
  }

  @Produces
  @ApplicationScoped
  ClearQueuedSessionsUseCase clearQueuedSessions(
      SessionCleanupQueue queue, OktaUsers users, AdapterConfig config, Clock clock) {
    return new ClearQueuedSessionsService(
        queue, users, config.sessions().cleanupForgetDevices(), clock);
  }
}
