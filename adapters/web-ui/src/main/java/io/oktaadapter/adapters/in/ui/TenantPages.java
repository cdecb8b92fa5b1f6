package io.oktaadapter.adapters.in.ui;

import io.oktaadapter.adapters.in.ui.Views.AppRow;
import io.oktaadapter.adapters.in.ui.Views.ClaimRow;
import io.oktaadapter.adapters.in.ui.Views.Confirm;
import io.oktaadapter.adapters.in.ui.Views.EventRow;
import io.oktaadapter.adapters.in.ui.Views.Overview;
import io.oktaadapter.adapters.in.ui.Views.ResourceRow;
import io.oktaadapter.adapters.in.ui.Views.TenantForm;
import io.oktaadapter.adapters.in.ui.Views.TenantRow;
import io.oktaadapter.adapters.in.ui.Views.TenantView;
import io.oktaadapter.application.common.Page;
import io.oktaadapter.application.common.PageRequest;
import io.oktaadapter.application.port.in.aliases.VerifyAliasUseCase;
import io.oktaadapter.application.port.in.application.ApplicationConfig;
import io.oktaadapter.application.port.in.application.GetApplicationConfigUseCase;
import io.oktaadapter.application.port.in.application.ListApplicationsUseCase;
import io.oktaadapter.application.port.in.events.QueryIdentityEventsUseCase;
import io.oktaadapter.application.port.in.provisioning.DeleteTenantUseCase;
import io.oktaadapter.application.port.in.provisioning.DescribeTenantProvisioningUseCase;
import io.oktaadapter.application.port.in.provisioning.PlanTenantUseCase;
import io.oktaadapter.application.port.in.provisioning.ProvisionTenantUseCase;
import io.oktaadapter.application.port.in.provisioning.ReconcileTenantUseCase;
import io.oktaadapter.application.port.in.provisioning.Submission;
import io.oktaadapter.application.port.in.provisioning.SubmitTenantCommand;
import io.oktaadapter.application.port.in.provisioning.UpdateTenantUseCase;
import io.oktaadapter.application.port.in.tenant.GetTenantUseCase;
import io.oktaadapter.application.port.in.tenant.SearchTenantsUseCase;
import io.oktaadapter.application.port.out.events.IdentityEventLog.EventQuery;
import io.oktaadapter.application.port.out.events.StoredIdentityEvent;
import io.oktaadapter.application.security.AccessDeniedException;
import io.oktaadapter.domain.InvalidFieldException;
import io.oktaadapter.domain.app.Application;
import io.oktaadapter.domain.okta.OktaResource;
import io.oktaadapter.domain.provisioning.PlanStep;
import io.oktaadapter.domain.tenant.Alias;
import io.oktaadapter.domain.tenant.EmailAddress;
import io.oktaadapter.domain.tenant.Tenant;
import io.oktaadapter.domain.tenant.TenantKey;
import io.oktaadapter.domain.tenant.TenantNotFoundException;
import io.oktaadapter.domain.tenant.TenantSpec;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Web UI: tenants. Overview (search, paging, status, drift, application count), detail (aliases,
 * features, Okta resources with console links, applications with their configuration, recent
 * events, audit trail), create, edit and delete. Writes go through the same use cases as the REST
 * API and end on the job page.
 */
@Path("/ui")
@Authenticated
@Produces(MediaType.TEXT_HTML)
class TenantPages {

  private final UiSupport ui;
  private final SearchTenantsUseCase search;
  private final GetTenantUseCase getTenant;
  private final ListApplicationsUseCase listApplications;
  private final GetApplicationConfigUseCase applicationConfig;
  private final DescribeTenantProvisioningUseCase describe;
  private final PlanTenantUseCase plan;
  private final QueryIdentityEventsUseCase events;
  private final ProvisionTenantUseCase provision;
  private final UpdateTenantUseCase update;
  private final DeleteTenantUseCase delete;
  private final ReconcileTenantUseCase reconcile;
  private final AuditTrail audit;
  private final VerifyAliasUseCase aliases;

  TenantPages(
      UiSupport ui,
      SearchTenantsUseCase search,
      GetTenantUseCase getTenant,
      ListApplicationsUseCase listApplications,
      GetApplicationConfigUseCase applicationConfig,
      DescribeTenantProvisioningUseCase describe,
      PlanTenantUseCase plan,
      QueryIdentityEventsUseCase events,
      ProvisionTenantUseCase provision,
      UpdateTenantUseCase update,
      DeleteTenantUseCase delete,
      ReconcileTenantUseCase reconcile,
      AuditTrail audit,
      VerifyAliasUseCase aliases) {
    this.aliases = aliases;
    this.ui = ui;
    this.search = search;
    this.getTenant = getTenant;
    this.listApplications = listApplications;
    this.applicationConfig = applicationConfig;
    this.describe = describe;
    this.plan = plan;
    this.events = events;
    this.provision = provision;
    this.update = update;
    this.delete = delete;
    this.reconcile = reconcile;
    this.audit = audit;
  }

  @GET
  public Response home() {
    return seeOther("/ui/tenants");
  }

  @GET
  @Path("tenants")
  public Response overview(@QueryParam("q") String q, @QueryParam("page") String pageParam) {
    UiUser user = ui.user();
    if (user.customer()) {
      return seeOther("/ui/tenants/" + user.tenant().get());
    }
    user.requireOperator();
    int page = parsePage(pageParam);
    String text = q == null ? "" : q.strip();
    Page<Tenant> result;
    try {
      result = search.searchTenants(text, new PageRequest(page, ui.config().pageSize()));
    } catch (InvalidFieldException e) {
      text = "";
      result = search.searchTenants("", new PageRequest(0, ui.config().pageSize()));
    }
    List<TenantRow> rows =
        result.items().stream()
            .map(
                t ->
                    new TenantRow(
                        t.key().value(),
                        t.displayName(),
                        t.status().name(),
                        drift(t.key()),
                        listApplications.listApplications(t.key()).size(),
                        t.aliases().stream().map(Alias::host).collect(Collectors.joining(", "))))
            .toList();
    int pages = (int) Math.max(1, (result.totalItems() + result.size() - 1) / result.size());
    String query = text.isEmpty() ? "" : "&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    Overview overview =
        new Overview(
            rows,
            text,
            page + 1,
            pages,
            result.totalItems(),
            page > 0,
            page + 1 < pages,
            "/ui/tenants?page=" + (page - 1) + query,
            "/ui/tenants?page=" + (page + 1) + query);
    return Response.ok(Pages.tenants(ui.chrome(), overview)).build();
  }

  @GET
  @Path("tenants/new")
  public TemplateInstance newTenant() {
    ui.user().requireCreate();
    return Pages.tenantForm(
        ui.chrome(), new TenantForm(false, "", "", "", "", "OFF", Map.of(), null));
  }

  @POST
  @Path("tenants")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(
      @RestForm String key,
      @RestForm String displayName,
      @RestForm String aliases,
      @RestForm String adminContacts,
      @RestForm String mfa) {
    // Who may create is the use case's decision (a refusal names the field).
    TenantForm entered =
        new TenantForm(false, key, displayName, aliases, adminContacts, mfa, Map.of(), null);
    return submitted(
        entered,
        () -> {
          TenantSpec spec =
              TenantSpec.parse(key, displayName, lines(aliases), lines(adminContacts), mfa);
          return provision.provision(new SubmitTenantCommand(spec, null, false));
        });
  }

  /**
   * Runs a tenant submission in its own transaction and shows its job; the form again with the
   * domain's messages next to the fields, or the policy's refusal, when it is not accepted.
   */
  private Response submitted(TenantForm entered, Supplier<Submission> submit) {
    try {
      return toJob(QuarkusTransaction.requiringNew().call(submit::get));
    } catch (InvalidFieldException e) {
      return formAgain(entered, UiSupport.fieldErrors(e), null);
    } catch (AccessDeniedException e) {
      if (e.fields().isEmpty()) {
        throw e;
      }
      return formAgain(entered, UiSupport.refusedFields(e), null, 403);
    } catch (RuntimeException e) {
      return UiSupport.refusal(e)
          .map(message -> formAgain(entered, Map.of(), message))
          .orElseThrow(() -> e);
    }
  }

  @GET
  @Path("tenants/{key}")
  public TemplateInstance detail(@PathParam("key") String rawKey) {
    TenantKey key = UiSupport.tenantKey(rawKey);
    ui.user().requireRead(key);
    Tenant tenant = tenant(key);
    var provisioning = describe.describe(key);
    Map<String, String> planned =
        tenantSteps(key, provisioning.resources()).stream()
            .filter(s -> s.oktaId() != null)
            .collect(
                Collectors.toMap(s -> s.oktaId().value(), s -> s.action().name(), (a, b) -> a));
    List<ResourceRow> resources =
        provisioning.resources().stream()
            .map(
                r ->
                    new ResourceRow(
                        r.type().name(),
                        r.oktaId().value(),
                        r.name(),
                        planned.getOrDefault(r.oktaId().value(), "APPLIED"),
                        ui.oktaLink(r.type(), r.oktaId().value())))
            .toList();
    List<AppRow> apps = listApplications.listApplications(key).stream().map(this::app).toList();
    Set<String> ids = new HashSet<>();
    provisioning.resources().stream().map(OktaResource::oktaId).forEach(id -> ids.add(id.value()));
    // Events belong to the Okta org: only operators read them (customers see their own audit).
    List<EventRow> recent =
        (ui.user().customer()
                ? List.<StoredIdentityEvent>of()
                : events.recentEvents(new EventQuery(null, null, 200)))
            .stream()
                .filter(e -> e.event().targetIds().stream().anyMatch(ids::contains))
                .limit(20)
                .map(
                    e ->
                        new EventRow(
                            e.event().uuid(),
                            e.event().eventType(),
                            UiSupport.time(e.event().published()),
                            e.status().name(),
                            e.event().actor() == null ? "" : actor(e.event().actor())))
                .toList();
    TenantView view =
        new TenantView(
            key.value(),
            tenant.displayName(),
            tenant.status().name(),
            tenant.statusReason().orElse(""),
            tenant.aliases().stream().map(Alias::host).toList(),
            tenant.adminContacts().stream().map(EmailAddress::value).toList(),
            tenant.features().mfa().name(),
            UiSupport.time(tenant.createdAt()),
            UiSupport.time(tenant.updatedAt()),
            drift(tenantSteps(key, provisioning.resources())),
            resources,
            apps,
            recent,
            audit.forTenant(key),
            audit.available(),
            provisioning.lastJob().map(UiSupport::job).orElse(null),
            claims(key));
    return Pages.tenant(ui.chrome(), view);
  }

  private List<ClaimRow> claims(TenantKey key) {
    return QuarkusTransaction.requiringNew().call(() -> aliases.claims(key)).stream()
        .map(
            c ->
                new ClaimRow(
                    c.alias().host(), c.recordName(), c.token(), UiSupport.time(c.expiresAt())))
        .toList();
  }

  /** Looks the claim's TXT record up now; back to the tenant page, with the outcome. */
  @POST
  @Path("tenants/{key}/aliases/{alias}/verification")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response verifyAlias(
      @PathParam("key") String rawKey, @PathParam("alias") String rawAlias) {
    TenantKey key = UiSupport.tenantKey(rawKey);
    ui.user().requireRead(key);
    Alias alias;
    try {
      alias = Alias.of(rawAlias);
    } catch (InvalidFieldException e) {
      throw UiException.notFound("no alias " + rawAlias);
    }
    var outcome = QuarkusTransaction.requiringNew().call(() -> aliases.verify(key, alias));
    if (outcome.job().isPresent()) {
      return seeOther("/ui/jobs/" + outcome.job().get().id());
    }
    return seeOther(
        "/ui/tenants/" + key.value() + "?alias=" + alias.host() + "&check=" + outcome.status());
  }

  @GET
  @Path("tenants/{key}/edit")
  public TemplateInstance edit(@PathParam("key") String rawKey) {
    TenantKey key = UiSupport.tenantKey(rawKey);
    ui.user().requireEdit(key);
    Tenant t = tenant(key);
    return Pages.tenantForm(
        ui.chrome(),
        new TenantForm(
            true,
            key.value(),
            t.displayName(),
            requestedAliases(t),
            t.adminContacts().stream().map(EmailAddress::value).collect(Collectors.joining("\n")),
            t.features().mfa().name(),
            Map.of(),
            null));
  }

  @POST
  @Path("tenants/{key}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response change(
      @PathParam("key") String rawKey,
      @RestForm String displayName,
      @RestForm String aliases,
      @RestForm String adminContacts,
      @RestForm String mfa) {
    TenantKey key = UiSupport.tenantKey(rawKey);
    // Who may change which field is the use case's decision (a refusal names the field).
    ui.user().requireRead(key);
    TenantForm entered =
        new TenantForm(true, key.value(), displayName, aliases, adminContacts, mfa, Map.of(), null);
    return submitted(
        entered,
        () -> {
          Tenant current = tenant(key);
          // What the signed-in user may change is the use case's decision (field policy, ADR
          // 0014), the same as through the API. The form has no drift policy: it stays.
          TenantSpec spec =
              TenantSpec.parse(
                  key.value(),
                  displayName,
                  lines(aliases),
                  lines(adminContacts),
                  mfa,
                  current.features().drift().name());
          return update.update(new SubmitTenantCommand(spec, null, false));
        });
  }

  @GET
  @Path("tenants/{key}/delete")
  public TemplateInstance confirmDelete(@PathParam("key") String rawKey) {
    TenantKey key = UiSupport.tenantKey(rawKey);
    ui.user().requireDelete(key);
    Tenant t = tenant(key);
    return Pages.confirm(
        ui.chrome(),
        new Confirm(
            "Delete tenant " + key.value(),
            "Tenant "
                + t.displayName()
                + " ("
                + key.value()
                + ") and every Okta resource recorded for it will be removed.",
            "/ui/tenants/" + key.value() + "/delete",
            "/ui/tenants/" + key.value()));
  }

  @POST
  @Path("tenants/{key}/delete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response remove(@PathParam("key") String rawKey) {
    TenantKey key = UiSupport.tenantKey(rawKey);
    ui.user().requireDelete(key);
    return toJob(QuarkusTransaction.requiringNew().call(() -> delete.delete(key, null)));
  }

  @POST
  @Path("tenants/{key}/reconcile")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response reconcile(@PathParam("key") String rawKey) {
    TenantKey key = UiSupport.tenantKey(rawKey);
    UiUser user = ui.user();
    user.requireRead(key);
    user.requireCreate();
    return toJob(QuarkusTransaction.requiringNew().call(() -> reconcile.reconcile(key, null)));
  }

  /** Every alias the tenant asked for: those it holds and those it still claims. */
  private String requestedAliases(Tenant t) {
    java.util.SortedSet<String> hosts = new java.util.TreeSet<>();
    t.aliases().forEach(a -> hosts.add(a.host()));
    claims(t.key()).forEach(c -> hosts.add(c.alias()));
    return String.join("\n", hosts);
  }

  private Tenant tenant(TenantKey key) {
    try {
      return getTenant.getTenant(key);
    } catch (TenantNotFoundException e) {
      throw UiException.notFound("no tenant " + key);
    }
  }

  private AppRow app(Application a) {
    ApplicationConfig config = null;
    try {
      config = applicationConfig.config(a.tenantKey(), a.id());
    } catch (RuntimeException e) {
      // not provisioned yet: no client id to show
    }
    return new AppRow(
        a.id().toString(),
        a.kind().name(),
        a.status().name(),
        a.statusReason().orElse(""),
        a.baseUrls().entrySet().stream()
            .map(e -> e.getKey().host() + " → " + e.getValue().value())
            .toList(),
        config == null ? "" : config.issuer(),
        config == null ? "" : config.clientId(),
        config == null ? List.of() : config.redirectUris(),
        config == null || config.clientSecretPath() == null ? "" : config.clientSecretPath());
  }

  private String drift(TenantKey key) {
    return drift(tenantSteps(key, describe.describe(key).resources()));
  }

  private static String drift(List<PlanStep> steps) {
    return steps.isEmpty() ? "in sync" : steps.size() + " pending";
  }

  /**
   * The tenant plan's steps about the tenant's own resources. The tenant plan does not hold the
   * applications' desired state, so it would "delete" their resources; those are left out.
   */
  private List<PlanStep> tenantSteps(TenantKey key, List<OktaResource> recorded) {
    Set<String> applicationOwned = new HashSet<>();
    recorded.stream()
        .filter(r -> r.owningApplication().isPresent())
        .forEach(r -> applicationOwned.add(r.oktaId().value()));
    return plan.plan(key).steps().stream()
        .filter(s -> s.oktaId() == null || !applicationOwned.contains(s.oktaId().value()))
        .toList();
  }

  private static String actor(io.oktaadapter.domain.event.EventParty party) {
    return party.alternateId() != null ? party.alternateId() : String.valueOf(party.id());
  }

  private Response formAgain(TenantForm entered, Map<String, String> errors, String formError) {
    return formAgain(entered, errors, formError, 422);
  }

  private Response formAgain(
      TenantForm entered, Map<String, String> errors, String formError, int status) {
    TenantForm form =
        new TenantForm(
            entered.editing(),
            entered.key(),
            entered.displayName(),
            entered.aliases(),
            entered.adminContacts(),
            entered.mfa(),
            errors,
            formError);
    return Response.status(status).entity(Pages.tenantForm(ui.chrome(), form)).build();
  }

  static Response toJob(Submission submission) {
    Submission.Accepted accepted = (Submission.Accepted) submission;
    return seeOther("/ui/jobs/" + accepted.job().id());
  }

  static Response seeOther(String path) {
    return Response.seeOther(URI.create(path)).build();
  }

  static List<String> lines(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split("[\\r\\n,]+"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static int parsePage(String raw) {
    try {
      return raw == null ? 0 : Math.max(0, Math.min(100_000, Integer.parseInt(raw.strip())));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
