package io.oktaadapter.application.service.command;

import io.oktaadapter.application.port.in.command.CommandProblem;
import io.oktaadapter.application.port.out.command.ProcessedCommand;
import io.oktaadapter.application.port.out.messaging.EventStream;
import io.oktaadapter.application.port.out.messaging.OutboundEvent;
import io.oktaadapter.domain.okta.OktaResource;
import io.oktaadapter.domain.tenant.Alias;
import io.oktaadapter.domain.tenant.Tenant;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps command results to CloudEvents on the command-results stream: type {@code
 * io.oktaadapter.commandresult.<status>} (accepted, finished, failed), key = the command's tenant
 * key, subject = the command type, extension {@code correlationid} = the command id, id = command
 * id + status (+ a counter when the result is sent again for a duplicate, so that every record has
 * its own id).
 */
public final class CommandResults {

  public static final String ACCEPTED = "accepted";
  public static final String FINISHED = "finished";
  public static final String FAILED = "failed";
  static final String TYPE_PREFIX = "io.oktaadapter.commandresult.";

  private final URI source;

  public CommandResults(URI source) {
    this.source = source;
  }

  /** The result's payload: correlation, status and either the resource state or the problem. */
  static String data(
      ProcessedCommand command, String status, JsonText resource, CommandProblem problem) {
    JsonText data =
        new JsonText()
            .put("commandId", command.commandId())
            .put("commandType", command.type())
            .put("status", status)
            .put("tenantKey", command.tenantKey())
            .put("jobId", command.jobId() == null ? null : command.jobId().toString());
    if (problem != null) {
      data.putObject("problem", problem(problem));
    } else {
      data.putObject("resource", resource);
    }
    return data.toString();
  }

  OutboundEvent event(ProcessedCommand command, boolean resent, Instant now) {
    Map<String, String> extensions = new HashMap<>();
    extensions.put("correlationid", command.commandId());
    if (command.tenantKey() != null) {
      extensions.put("tenantkey", command.tenantKey());
    }
    if (resent) {
      extensions.put("redelivered", "true");
    }
    String id =
        command.commandId()
            + "/"
            + command.status()
            + (command.resultsSent() > 1 ? "/" + command.resultsSent() : "");
    return new OutboundEvent(
        EventStream.COMMAND_RESULTS,
        command.resultKey(),
        id,
        source,
        TYPE_PREFIX + command.status(),
        command.type(),
        now,
        extensions,
        command.resultData());
  }

  static JsonText tenant(Tenant tenant, List<OktaResource> resources) {
    JsonText json =
        new JsonText()
            .put("key", tenant.key().value())
            .put("displayName", tenant.displayName())
            .put("status", tenant.status().name())
            .put("reason", tenant.statusReason().orElse(null))
            .putStrings("aliases", tenant.aliases().stream().map(Alias::host).toList());
    if (resources != null) {
      StringBuilder array = new StringBuilder("[");
      for (OktaResource r : resources) {
        if (array.length() > 1) {
          array.append(',');
        }
        array.append(
            new JsonText()
                .put("type", r.type().name())
                .put("oktaId", r.oktaId().value())
                .put("name", r.name()));
      }
      json.putRaw("resources", array.append(']').toString());
    }
    return json;
  }

  private static JsonText problem(CommandProblem problem) {
    JsonText json =
        new JsonText()
            .put("type", problem.type().toString())
            .put("title", problem.title())
            .put("status", problem.status())
            .put("detail", problem.detail());
    if (!problem.errors().isEmpty()) {
      StringBuilder array = new StringBuilder("[");
      problem
          .errors()
          .forEach(
              e -> {
                if (array.length() > 1) {
                  array.append(',');
                }
                array.append(new JsonText().put("field", e.field()).put("message", e.reason()));
              });
      json.putRaw("errors", array.append(']').toString());
    }
    return json;
  }
}
