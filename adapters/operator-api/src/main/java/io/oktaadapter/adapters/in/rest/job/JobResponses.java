package io.oktaadapter.adapters.in.rest.job;

import io.oktaadapter.application.port.in.provisioning.GetJobUseCase;
import io.oktaadapter.application.port.in.provisioning.Submission;
import io.oktaadapter.domain.InvalidFieldException;
import io.oktaadapter.domain.provisioning.IdempotencyKey;
import io.oktaadapter.domain.provisioning.ProvisioningJob;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * REST adapter: answers a submission. A queued job is {@code 202 Accepted} with {@code Location};
 * with {@code Prefer: wait=N} (RFC 7240) the call blocks up to N seconds (at most {@value
 * #MAX_WAIT_SECONDS}) and answers {@code 200} with the finished job when it ends in time.
 */
@ApplicationScoped
public class JobResponses {

  public static final int MAX_WAIT_SECONDS = 60;
  private static final Pattern WAIT = Pattern.compile("(?:^|[,;\\s])wait\\s*=\\s*(\\d{1,6})");

  private final GetJobUseCase getJob;

  JobResponses(GetJobUseCase getJob) {
    this.getJob = getJob;
  }

  /** The client's {@code Idempotency-Key}, or {@code null}. */
  public static IdempotencyKey idempotencyKey(String header) {
    if (header == null) {
      return null;
    }
    try {
      return new IdempotencyKey(header);
    } catch (InvalidFieldException e) {
      throw e.under("Idempotency-Key");
    }
  }

  public Response answer(Submission submission, String prefer) {
    if (submission instanceof Submission.Planned planned) {
      return Response.ok(PlanDto.of(planned.plan())).build();
    }
    Submission.Accepted accepted = (Submission.Accepted) submission;
    ProvisioningJob job = accepted.job();
    OptionalInt wait = waitSeconds(prefer);
    if (wait.isPresent()) {
      job = awaitEnd(job, Math.min(wait.getAsInt(), MAX_WAIT_SECONDS));
    }
    URI location = URI.create("/api/v1/jobs/" + job.id());
    Response.ResponseBuilder response =
        job.status().isFinished()
            ? Response.ok().header("Content-Location", location)
            : Response.accepted().location(location);
    wait.ifPresent(s -> response.header("Preference-Applied", "wait=" + s));
    if (accepted.replayed()) {
      response.header("Idempotent-Replayed", "true");
    }
    return response.entity(JobDto.of(job)).build();
  }

  private ProvisioningJob awaitEnd(ProvisioningJob job, int seconds) {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    ProvisioningJob current = job;
    while (!current.status().isFinished() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      // A new transaction per look: a fresh persistence context sees the runner's commits.
      current = QuarkusTransaction.requiringNew().call(() -> getJob.getJob(job.id()));
    }
    return current;
  }

  static OptionalInt waitSeconds(String prefer) {
    if (prefer == null) {
      return OptionalInt.empty();
    }
    Matcher m = WAIT.matcher(prefer.toLowerCase(Locale.ROOT));
    return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
  }
}
