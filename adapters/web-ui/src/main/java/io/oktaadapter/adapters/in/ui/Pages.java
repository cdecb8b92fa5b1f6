package io.oktaadapter.adapters.in.ui;

import io.oktaadapter.adapters.in.ui.Views.ApplicationForm;
import io.oktaadapter.adapters.in.ui.Views.Chrome;
import io.oktaadapter.adapters.in.ui.Views.Confirm;
import io.oktaadapter.adapters.in.ui.Views.EventsView;
import io.oktaadapter.adapters.in.ui.Views.JobView;
import io.oktaadapter.adapters.in.ui.Views.Overview;
import io.oktaadapter.adapters.in.ui.Views.QuarantineRow;
import io.oktaadapter.adapters.in.ui.Views.TenantForm;
import io.oktaadapter.adapters.in.ui.Views.TenantView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;

/** Web UI: the type-checked Qute templates, {@code src/main/resources/templates/*.html}. */
@CheckedTemplate
final class Pages {

  private Pages() {}

  static native TemplateInstance tenants(Chrome chrome, Overview overview);

  static native TemplateInstance tenant(Chrome chrome, TenantView tenant);

  static native TemplateInstance tenantForm(Chrome chrome, TenantForm form);

  static native TemplateInstance applicationForm(Chrome chrome, ApplicationForm form);

  static native TemplateInstance confirm(Chrome chrome, Confirm confirm);

  static native TemplateInstance job(Chrome chrome, JobView job);

  /** The polled fragment of {@link #job}: htmx swaps it until the job has finished. */
  static native TemplateInstance jobProgress(JobView job);

  static native TemplateInstance events(Chrome chrome, EventsView view);

  static native TemplateInstance quarantine(Chrome chrome, List<QuarantineRow> deliveries);

  static native TemplateInstance error(Chrome chrome, int status, String message);
}
