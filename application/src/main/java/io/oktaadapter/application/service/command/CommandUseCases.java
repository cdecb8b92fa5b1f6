package io.oktaadapter.application.service.command;

import io.oktaadapter.application.port.in.application.DeleteApplicationUseCase;
import io.oktaadapter.application.port.in.application.ProvisionApplicationUseCase;
import io.oktaadapter.application.port.in.provisioning.ChangeTenantAliasUseCase;
import io.oktaadapter.application.port.in.provisioning.DeleteTenantUseCase;
import io.oktaadapter.application.port.in.provisioning.ProvisionTenantUseCase;
import io.oktaadapter.application.port.in.provisioning.UpdateTenantUseCase;
import io.oktaadapter.application.port.in.users.ClearUserSessionsUseCase;
import io.oktaadapter.application.port.in.users.TenantMembershipUseCase;

/** The use cases commands run through: the same the operator API calls. */
public record CommandUseCases(
    ProvisionTenantUseCase provisionTenant,
    UpdateTenantUseCase updateTenant,
    DeleteTenantUseCase deleteTenant,
    ProvisionApplicationUseCase provisionApplication,
    DeleteApplicationUseCase deleteApplication,
    ChangeTenantAliasUseCase aliases,
    TenantMembershipUseCase membership,
    ClearUserSessionsUseCase sessions) {}
