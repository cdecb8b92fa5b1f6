package io.oktaadapter.application.port.in.application;

import io.oktaadapter.domain.app.ApplicationId;
import io.oktaadapter.domain.tenant.TenantKey;

/** Inbound port: the configuration an installation pulls (the same content as the event). */
public interface GetApplicationConfigUseCase {

  ApplicationConfig config(TenantKey tenant, ApplicationId application);
}
