package io.oktaadapter.adapters.in.ui;

import io.oktaadapter.adapters.in.ui.Views.JobView;
import io.oktaadapter.application.common.NotFoundException;
import io.oktaadapter.application.port.in.provisioning.GetJobUseCase;
import io.oktaadapter.domain.InvalidFieldException;
import io.oktaadapter.domain.provisioning.JobId;
import io.oktaadapter.domain.provisioning.ProvisioningJob;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Web UI: live job progress. The page embeds a fragment that htmx fetches again every second until
 * the job has finished; without JavaScript the page has a refresh link.
 */
@Path("/ui/jobs/{id}")
@Authenticated
@Produces(MediaType.TEXT_HTML)
class JobPages {

  private final UiSupport ui;
  private final GetJobUseCase getJob;

  JobPages(UiSupport ui, GetJobUseCase getJob) {
    this.ui = ui;
    this.getJob = getJob;
  }

  @GET
  public TemplateInstance page(@PathParam("id") String id) {
    return Pages.job(ui.chrome(), load(id));
  }

  @GET
  @Path("progress")
  public TemplateInstance progress(@PathParam("id") String id) {
    return Pages.jobProgress(load(id));
  }

  private JobView load(String raw) {
    ProvisioningJob job;
    try {
      job = getJob.getJob(JobId.parse(raw));
    } catch (InvalidFieldException | NotFoundException e) {
      throw UiException.notFound("no job " + raw);
    }
    ui.user().requireRead(job.tenantKey());
    return UiSupport.job(job);
  }
}
