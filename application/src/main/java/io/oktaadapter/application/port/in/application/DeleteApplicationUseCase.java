package io.oktaadapter.application.port.in.application;

import io.oktaadapter.application.port.in.provisioning.Submission;
import io.oktaadapter.domain.app.ApplicationId;
import io.oktaadapter.domain.provisioning.IdempotencyKey;
import io.oktaadapter.domain.tenant.TenantKey;

/** Inbound port: queue the removal of an application's Okta resources and client secret. */
public interface DeleteApplicationUseCase {

  Submission delete(TenantKey tenant, ApplicationId application, IdempotencyKey idempotencyKey);
}
