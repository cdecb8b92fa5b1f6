package io.oktaadapter.application.port.in.provisioning;

/** Inbound port: give an existing tenant a new desired state and queue the difference. */
public interface UpdateTenantUseCase {

  Submission update(SubmitTenantCommand command);
}
