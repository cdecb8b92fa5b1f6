package io.oktaadapter.application.port.in.provisioning;

/** Inbound port: create a tenant from its declarative spec and queue its provisioning. */
public interface ProvisionTenantUseCase {

  Submission provision(SubmitTenantCommand command);
}
