package io.oktaadapter.application.port.in.provisioning;

import io.oktaadapter.domain.provisioning.ProvisioningJob;
import io.oktaadapter.domain.provisioning.ProvisioningPlan;

/** Outcome of submitting provisioning work: a queued (or replayed) job, or only a plan. */
public sealed interface Submission {

  /** A job was queued; {@code replayed} when an earlier request with the same key queued it. */
  record Accepted(ProvisioningJob job, boolean replayed) implements Submission {}

  /** A dry run: what the job would do. */
  record Planned(ProvisioningPlan plan) implements Submission {}
}
