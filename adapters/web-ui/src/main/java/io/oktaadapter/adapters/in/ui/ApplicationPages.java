package io.oktaadapter.adapters.in.ui;

import io.oktaadapter.adapters.in.ui.Views.AliasUrl;
import io.oktaadapter.adapters.in.ui.Views.ApplicationForm;
import io.oktaadapter.adapters.in.ui.Views.Confirm;
import io.oktaadapter.application.port.in.aliases.VerifyAliasUseCase;
import io.oktaadapter.application.port.in.application.DeleteApplicationUseCase;
import io.oktaadapter.application.port.in.application.ListApplicationsUseCase;
import io.oktaadapter.application.port.in.application.ProvisionApplicationUseCase;
import io.oktaadapter.application.port.in.application.SubmitApplicationCommand;
import io.oktaadapter.application.port.in.tenant.GetTenantUseCase;
import io.oktaadapter.application.security.AccessDeniedException;
import io.oktaadapter.domain.InvalidFieldException;
import io.oktaadapter.domain.Validation;
import io.oktaadapter.domain.app.Application;
import io.oktaadapter.domain.app.ApplicationId;
import io.oktaadapter.domain.app.ApplicationKind;
import io.oktaadapter.domain.app.BaseUrl;
import io.oktaadapter.domain.tenant.Alias;
import io.oktaadapter.domain.tenant.Tenant;
import io.oktaadapter.domain.tenant.TenantKey;
import io.oktaadapter.domain.tenant.TenantNotFoundException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Web UI: a tenant's applications (EFS, DV): create with a base URL per alias, change the base
 * URLs, delete after confirmation. The same use cases as {@code
 * /api/v1/tenants/{key}/applications}.
 */
@Path("/ui/tenants/{key}/applications")
@Authenticated
@Produces(MediaType.TEXT_HTML)
class ApplicationPages {

  private static final List<String> KINDS = List.of("EFS", "DV");

  private final UiSupport ui;
  private final GetTenantUseCase getTenant;
  private final ListApplicationsUseCase listApplications;
  private final ProvisionApplicationUseCase provision;
  private final DeleteApplicationUseCase delete;
  private final VerifyAliasUseCase aliases;

  ApplicationPages(
      UiSupport ui,
      GetTenantUseCase getTenant,
      ListApplicationsUseCase listApplications,
      ProvisionApplicationUseCase provision,
      DeleteApplicationUseCase delete,
      VerifyAliasUseCase aliases) {
    this.aliases = aliases;
    this.ui = ui;
    this.getTenant = getTenant;
    this.listApplications = listApplications;
    this.provision = provision;
    this.delete = delete;
  }

  @GET
  @Path("new")
  public TemplateInstance newApplication(@PathParam("key") String rawKey) {
    TenantKey key = UiSupport.tenantKey(rawKey);
    ui.user().requireRead(key);
    ui.user().requireCreate();
    Tenant tenant = tenant(key);
    List<AliasUrl> rows =
        requested(tenant).stream().map(a -> new AliasUrl(a.host(), "", null)).toList();
    return Pages.applicationForm(
        ui.chrome(), new ApplicationForm(key.value(), null, "EFS", KINDS, rows, Map.of(), null));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(
      @PathParam("key") String rawKey,
      @RestForm String kind,
      @RestForm("alias") List<String> aliases,
      @RestForm("baseUrl") List<String> baseUrls) {
    TenantKey key = UiSupport.tenantKey(rawKey);
    // The use case decides who may create (field policy): a refusal names the field.
    ui.user().requireRead(key);
    return submit(key, null, kind, aliases, baseUrls);
  }

  @GET
  @Path("{id}/edit")
  public TemplateInstance edit(@PathParam("key") String rawKey, @PathParam("id") String rawId) {
    TenantKey key = UiSupport.tenantKey(rawKey);
    ui.user().requireEdit(key);
    Tenant tenant = tenant(key);
    Application app = application(key, rawId);
    List<AliasUrl> rows =
        requested(tenant).stream()
            .map(
                a -> {
                  BaseUrl url = app.baseUrls().get(a);
                  return new AliasUrl(a.host(), url == null ? "" : url.value(), null);
                })
            .toList();
    return Pages.applicationForm(
        ui.chrome(),
        new ApplicationForm(
            key.value(), app.id().toString(), app.kind().name(), KINDS, rows, Map.of(), null));
  }

  @POST
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response change(
      @PathParam("key") String rawKey,
      @PathParam("id") String rawId,
      @RestForm("alias") List<String> aliases,
      @RestForm("baseUrl") List<String> baseUrls) {
    TenantKey key = UiSupport.tenantKey(rawKey);
    // Who may change which field is the use case's decision (a refusal names the field).
    ui.user().requireRead(key);
    Application app = application(key, rawId);
    return submit(key, app.id(), app.kind().name(), aliases, baseUrls);
  }

  @GET
  @Path("{id}/delete")
  public TemplateInstance confirmDelete(
      @PathParam("key") String rawKey, @PathParam("id") String rawId) {
    TenantKey key = UiSupport.tenantKey(rawKey);
    ui.user().requireDelete(key);
    Application app = application(key, rawId);
    return Pages.confirm(
        ui.chrome(),
        new Confirm(
            "Delete " + app.kind().name() + " application",
            "The "
                + app.kind().name()
                + " application "
                + app.id()
                + " of tenant "
                + key.value()
                + ", its Okta OIDC client and its client secret will be removed.",
            "/ui/tenants/" + key.value() + "/applications/" + app.id() + "/delete",
            "/ui/tenants/" + key.value()));
  }

  @POST
  @Path("{id}/delete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response remove(@PathParam("key") String rawKey, @PathParam("id") String rawId) {
    TenantKey key = UiSupport.tenantKey(rawKey);
    ui.user().requireDelete(key);
    Application app = application(key, rawId);
    return TenantPages.toJob(
        QuarkusTransaction.requiringNew().call(() -> delete.delete(key, app.id(), null)));
  }

  private Response submit(
      TenantKey key, ApplicationId id, String kind, List<String> aliases, List<String> baseUrls) {
    List<String> hosts = aliases == null ? List.of() : aliases;
    List<String> urls = baseUrls == null ? List.of() : baseUrls;
    try {
      Validation v = new Validation();
      ApplicationKind k = v.field("kind", kind, ApplicationKind::of);
      Map<Alias, BaseUrl> parsed = new HashMap<>();
      for (int i = 0; i < hosts.size(); i++) {
        String url = i < urls.size() ? urls.get(i).strip() : "";
        if (url.isEmpty()) {
          continue;
        }
        String host = hosts.get(i);
        Alias a = v.field("baseUrls", host, Alias::of);
        BaseUrl b = v.field("baseUrls." + host, url, BaseUrl::of);
        if (a != null && b != null) {
          parsed.put(a, b);
        }
      }
      if (parsed.isEmpty()) {
        v.reject("baseUrls", "an application needs a base URL for an alias");
      }
      v.throwIfInvalid();
      var command = new SubmitApplicationCommand(key, id, k, parsed, null);
      var result = QuarkusTransaction.requiringNew().call(() -> provision.submit(command));
      return TenantPages.toJob(result.submission());
    } catch (InvalidFieldException e) {
      return again(key, id, kind, hosts, urls, UiSupport.fieldErrors(e), null);
    } catch (AccessDeniedException e) {
      if (e.fields().isEmpty()) {
        throw e;
      }
      return again(key, id, kind, hosts, urls, UiSupport.refusedFields(e), null, 403);
    } catch (RuntimeException e) {
      final List<String> h = hosts;
      final List<String> u = urls;
      return UiSupport.refusal(e)
          .map(message -> again(key, id, kind, h, u, Map.of(), message))
          .orElseThrow(() -> e);
    }
  }

  private Response again(
      TenantKey key,
      ApplicationId id,
      String kind,
      List<String> hosts,
      List<String> urls,
      Map<String, String> errors,
      String formError) {
    return again(key, id, kind, hosts, urls, errors, formError, 422);
  }

  private Response again(
      TenantKey key,
      ApplicationId id,
      String kind,
      List<String> hosts,
      List<String> urls,
      Map<String, String> errors,
      String formError,
      int status) {
    List<AliasUrl> rows = new ArrayList<>();
    for (int i = 0; i < hosts.size(); i++) {
      String host = hosts.get(i);
      rows.add(
          new AliasUrl(host, i < urls.size() ? urls.get(i) : "", errors.get("baseUrls." + host)));
    }
    ApplicationForm form =
        new ApplicationForm(
            key.value(), id == null ? null : id.toString(), kind, KINDS, rows, errors, formError);
    return Response.status(status).entity(Pages.applicationForm(ui.chrome(), form)).build();
  }

  /**
   * The aliases a base URL may be given on: those the tenant holds and those it claims (a base URL
   * on a claimed alias reaches Okta once the alias is verified).
   */
  private List<Alias> requested(Tenant tenant) {
    java.util.SortedSet<Alias> all = new java.util.TreeSet<>(tenant.aliases());
    QuarkusTransaction.requiringNew()
        .call(() -> aliases.claims(tenant.key()))
        .forEach(c -> all.add(c.alias()));
    return List.copyOf(all);
  }

  private Tenant tenant(TenantKey key) {
    try {
      return getTenant.getTenant(key);
    } catch (TenantNotFoundException e) {
      throw UiException.notFound("no tenant " + key);
    }
  }

  private Application application(TenantKey key, String rawId) {
    ApplicationId id;
    try {
      id = ApplicationId.parse(rawId);
    } catch (InvalidFieldException e) {
      throw UiException.notFound("no application " + rawId);
    }
    try {
      return listApplications.listApplications(key).stream()
          .filter(a -> a.id().equals(id))
          .findFirst()
          .orElseThrow(() -> UiException.notFound("no application " + rawId));
    } catch (TenantNotFoundException e) {
      throw UiException.notFound("no tenant " + key);
    }
  }
}
