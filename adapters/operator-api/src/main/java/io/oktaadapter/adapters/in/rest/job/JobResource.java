package io.oktaadapter.adapters.in.rest.job;

import io.oktaadapter.application.port.in.provisioning.GetJobUseCase;
import io.oktaadapter.domain.InvalidFieldException;
import io.oktaadapter.domain.provisioning.JobId;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** REST adapter: provisioning jobs, {@code /api/v1/jobs}. */
@Path("/api/v1/jobs")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jobs")
class JobResource {

  private final GetJobUseCase getJob;

  JobResource(GetJobUseCase getJob) {
    this.getJob = getJob;
  }

  @GET
  @Path("{id}")
  @RolesAllowed({"viewer", "support", "admin", "customer"})
  @Operation(summary = "Show a provisioning job with each of its steps")
  public JobDto get(@PathParam("id") String id) {
    JobId jobId;
    try {
      jobId = JobId.parse(id);
    } catch (InvalidFieldException e) {
      throw e.under("id");
    }
    return JobDto.of(getJob.getJob(jobId));
  }
}
