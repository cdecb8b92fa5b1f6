package io.oktaadapter.application.port.in.provisioning;

/**
 * Inbound port: bring a tenant whose resources already exist in Okta under the adapter's
 * management: store its declarative spec and queue an IMPORT job that adopts the resources found by
 * the naming convention (never re-creating them) and creates only what is missing.
 */
public interface ImportTenantUseCase {

  Submission importTenant(SubmitTenantCommand command);
}
