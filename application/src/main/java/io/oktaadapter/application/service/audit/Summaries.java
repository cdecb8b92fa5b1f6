package io.oktaadapter.application.service.audit;

import io.oktaadapter.application.port.in.provisioning.Submission;
import io.oktaadapter.domain.app.Application;
import io.oktaadapter.domain.tenant.Tenant;
import io.oktaadapter.domain.tenant.TenantSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Application helper: the before/after summaries of audit entries (plain values, no secrets). */
final class Summaries {

  private Summaries() {}

  static Map<String, Object> of(Tenant t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("displayName", t.displayName());
    m.put("aliases", t.aliases().stream().map(Object::toString).toList());
    m.put("adminContacts", t.adminContacts().stream().map(Object::toString).toList());
    m.put("mfa", t.features().mfa().name());
    m.put("status", t.status().name());
    return m;
  }

  static Map<String, Object> of(TenantSpec s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("displayName", s.displayName());
    m.put("aliases", s.aliases().stream().map(Object::toString).toList());
    m.put("adminContacts", s.adminContacts().stream().map(Object::toString).toList());
    m.put("mfa", s.features().mfa().name());
    return m;
  }

  static Map<String, Object> of(Application a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", a.kind().toString());
    m.put("baseUrls", urls(a.baseUrls()));
    m.put("status", a.status().name());
    return m;
  }

  static Map<String, Object> urls(Map<?, ?> baseUrls) {
    Map<String, Object> m = new TreeMap<>();
    baseUrls.forEach((alias, url) -> m.put(alias.toString(), url.toString()));
    return m;
  }

  /** Adds the queued job to a summary: the change is carried out by that job. */
  static Map<String, Object> withJob(Map<String, Object> summary, Submission.Accepted accepted) {
    Map<String, Object> m = new LinkedHashMap<>(summary);
    m.put("job", accepted.job().id().toString());
    return m;
  }

  static List<String> strings(java.util.Collection<?> values) {
    return values.stream().map(Object::toString).sorted().toList();
  }

  /** Whether a submission changed something (a new job; not a replay, not a dry run). */
  static boolean changed(Submission submission) {
    return submission instanceof Submission.Accepted a && !a.replayed();
  }
}
