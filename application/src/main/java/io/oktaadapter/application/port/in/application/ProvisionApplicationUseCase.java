package io.oktaadapter.application.port.in.application;

import io.oktaadapter.application.port.in.provisioning.Submission;

/** Inbound port: create (or change) a tenant's application and queue its provisioning. */
public interface ProvisionApplicationUseCase {

  ApplicationSubmission submit(SubmitApplicationCommand command);

  /** The application the submission concerns, and the job (or replay). */
  record ApplicationSubmission(String applicationId, Submission submission) {}
}
