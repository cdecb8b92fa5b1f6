package io.oktaadapter.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import io.oktaadapter.application.common.PageRequest;
import io.oktaadapter.application.port.out.audit.AuditLog;
import io.oktaadapter.application.port.out.audit.AuditQuery;
import io.oktaadapter.application.port.out.persistence.ApplicationRepository;
import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.application.security.FieldPolicy;
import io.oktaadapter.application.security.FieldPolicy.UseCase;
import io.oktaadapter.domain.app.Application;
import io.oktaadapter.domain.app.ApplicationId;
import io.oktaadapter.domain.app.BaseUrl;
import io.oktaadapter.domain.tenant.Alias;
import io.oktaadapter.domain.tenant.Tenant;
import io.oktaadapter.domain.tenant.TenantKey;
import io.oktaadapter.domain.tenant.TenantSpec;
import io.oktaadapter.testing.KeycloakTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.resteasy.reactive.RestForm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end: the field policy of ADR 0014 as ONE table, field × role × door. Each row is a change
 * of one field; each is sent by each role (real Keycloak users: {@code viewer}, {@code support},
 * {@code admin}, and {@code customer-acme}, the customer of tenant {@code acme}) through each door
 * that has the field: the REST API (bearer token), the web UI's forms (a real Chromium session,
 * CSRF token and all) and Kafka commands (sources mapped to the same roles by {@code
 * okta-adapter.commands.source-roles}). A refusal must be a 403 naming the field, change nothing
 * and be audited. The input fields of every door are derived by reflection (REST body records, UI
 * {@code @RestForm} parameters, command JSON schemas); one without a rule fails this test.
 */
@QuarkusTest
@TestProfile(WebUiBrowserTest.RealKeycloak.class)
class FieldPermissionTableTest {

  enum Door {
    REST,
    UI,
    COMMAND
  }

  /** The callers, in the order of a row's expectations: Keycloak user and command source. */
  enum Caller {
    VIEWER("viewer", "urn:test:as-viewer"),
    SUPPORT("support", "urn:test:as-support"),
    ADMIN("admin", "urn:test:as-admin"),
    CUSTOMER("customer-acme", "urn:test:as-customer");

    final String user;
    final String source;

    Caller(String user, String source) {
      this.user = user;
      this.source = source;
    }
  }

  private static final String ACME = "acme";
  private static final String HOME = "acme.example.com";
  private static final String BASE_URL = "https://acme.example.com/efs";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger SEQ = new AtomicInteger();

  /**
   * One row: the use case and policy field, what the change sets (from the baseline), the doors
   * that have the field, and the outcome per caller in {@link Caller} order: {@code A} allowed,
   * {@code F} refused with 403 naming the field (audited, nothing changed), {@code R} refused with
   * 403 by the door's role gate before the use case, {@code X} refused as a field that cannot
   * change at all (4xx naming the field, nothing changed).
   */
  record Row(
      UseCase useCase,
      String field,
      String description,
      Set<Door> doors,
      Map<String, Object> change,
      String expectations) {

    String expected(Caller caller) {
      return expectations.trim().split("\\s+")[caller.ordinal()];
    }
  }

  static List<Row> table() {
    Set<Door> all = Set.of(Door.REST, Door.UI, Door.COMMAND);
    Set<Door> noUi = Set.of(Door.REST, Door.COMMAND);
    List<Row> rows = new ArrayList<>();
    // Callers:                                                                 V S A C
    rows.add(row(UseCase.CREATE_TENANT, "key", "create a tenant", all, Map.of(), "R A A R"));
    rows.add(
        row(
            UseCase.UPDATE_TENANT,
            "displayName",
            "rename",
            all,
            Map.of("displayName", "new"),
            "R A A A"));
    rows.add(
        row(
            UseCase.UPDATE_TENANT,
            "aliases",
            "add an alias",
            all,
            Map.of("alias", "new"),
            "R A A A"));
    rows.add(
        row(
            UseCase.UPDATE_TENANT,
            "adminContacts",
            "new admin contact",
            all,
            Map.of("adminContact", "new"),
            "R A A A"));
    rows.add(
        row(
            UseCase.UPDATE_TENANT,
            "features.mfa",
            "raise MFA OPTIONAL → REQUIRED",
            all,
            Map.of("mfa", "REQUIRED"),
            "R A A A"));
    rows.add(
        row(
            UseCase.UPDATE_TENANT,
            "features.mfa",
            "lower MFA OPTIONAL → OFF",
            all,
            Map.of("mfa", "OFF"),
            "R A A F"));
    rows.add(
        row(
            UseCase.UPDATE_TENANT,
            "driftPolicy",
            "drift policy REPAIR → REPORT",
            noUi,
            Map.of("driftPolicy", "REPORT"),
            "R A A F"));
    rows.add(
        row(
            UseCase.UPDATE_TENANT,
            "key",
            "another key in the body",
            noUi,
            Map.of("key", "acme-other"),
            "X X X X"));
    rows.add(
        row(UseCase.CREATE_APPLICATION, "kind", "create an application", all, Map.of(), "R A A F"));
    rows.add(
        row(
            UseCase.UPDATE_APPLICATION,
            "baseUrls",
            "move the base URL",
            all,
            Map.of("baseUrl", "new"),
            "R A A A"));
    rows.add(
        row(
            UseCase.UPDATE_APPLICATION,
            "kind",
            "another kind",
            noUi,
            Map.of("kind", "DV"),
            "X X X X"));
    return rows;
  }

  private static Row row(
      UseCase useCase,
      String field,
      String description,
      Set<Door> doors,
      Map<String, Object> change,
      String expectations) {
    return new Row(useCase, field, description, doors, change, expectations);
  }

  // --- the doors' input fields, by reflection, must each have a rule -----------------------------

  /** Door input names that differ from the policy's field names. */
  private static final Map<String, String> RENAMED =
      Map.of(
          "mfa", "features.mfa",
          "alias", "aliases",
          "baseUrl", "baseUrls");

  /** Inputs that name the target or the request, not a field of it. */
  private static final Set<String> NOT_FIELDS = Set.of("applicationId");

  @Test
  void everyInputFieldOfEveryDoor_hasARuleInTheFieldPolicy() throws Exception {
    Map<String, List<String>> missing = new TreeMap<>();
    Map<UseCase, List<String>> inputs = new EnumMap<>(UseCase.class);
    // REST: the request body records.
    List<String> tenantBody =
        leaves("", Class.forName("io.oktaadapter.adapters.in.rest.tenant.TenantSpecDto"));
    List<String> appBody =
        leaves("", Class.forName("io.oktaadapter.adapters.in.rest.tenant.ApplicationSpecDto"));
    check(missing, "REST tenant create", UseCase.CREATE_TENANT, tenantBody);
    check(missing, "REST tenant update", UseCase.UPDATE_TENANT, tenantBody);
    check(missing, "REST application create", UseCase.CREATE_APPLICATION, appBody);
    check(missing, "REST application update", UseCase.UPDATE_APPLICATION, appBody);
    // UI: the @RestForm parameters of the form handlers.
    Class<?> tenantPages = Class.forName("io.oktaadapter.adapters.in.ui.TenantPages");
    Class<?> appPages = Class.forName("io.oktaadapter.adapters.in.ui.ApplicationPages");
    check(missing, "UI tenant create", UseCase.CREATE_TENANT, formFields(tenantPages, "create"));
    check(missing, "UI tenant edit", UseCase.UPDATE_TENANT, formFields(tenantPages, "change"));
    check(missing, "UI app create", UseCase.CREATE_APPLICATION, formFields(appPages, "create"));
    check(missing, "UI app edit", UseCase.UPDATE_APPLICATION, formFields(appPages, "change"));
    // Commands: the JSON schemas' properties.
    check(missing, "tenant.provision", UseCase.CREATE_TENANT, schema("tenant.provision"));
    check(missing, "tenant.update", UseCase.UPDATE_TENANT, schema("tenant.update"));
    check(missing, "tenant.alias.add", UseCase.UPDATE_TENANT, schema("tenant.alias.add"));
    check(missing, "tenant.alias.remove", UseCase.UPDATE_TENANT, schema("tenant.alias.remove"));
    check(
        missing,
        "application.provision",
        UseCase.CREATE_APPLICATION,
        schema("application.provision"));
    check(missing, "application.update", UseCase.UPDATE_APPLICATION, schema("application.update"));
    assertThat(missing).as("door inputs without a rule in FieldPolicy").isEmpty();
    assertThat(formFields(tenantPages, "change")).contains("displayName", "features.mfa");
    assertThat(schema("tenant.update")).contains("driftPolicy", "features.mfa");
  }

  @Test
  void everyChangeableRule_isDrivenByARowOfTheTable() {
    for (FieldPolicy.Rule rule : FieldPolicy.rules()) {
      if (rule.useCase() == UseCase.CREATE_TENANT || rule.useCase() == UseCase.CREATE_APPLICATION) {
        // Creation is all or nothing: one row per use case.
        assertThat(table()).anyMatch(r -> r.useCase() == rule.useCase());
        continue;
      }
      assertThat(table())
          .as("a row for " + rule)
          .anyMatch(r -> r.useCase() == rule.useCase() && r.field().equals(rule.field()));
    }
  }

  private static void check(
      Map<String, List<String>> missing, String door, UseCase useCase, List<String> inputs) {
    for (String input : inputs) {
      // An application form's alias column is the key of its base URLs.
      boolean application =
          useCase == UseCase.CREATE_APPLICATION || useCase == UseCase.UPDATE_APPLICATION;
      String field = application && input.equals("aliases") ? "baseUrls" : input;
      if (FieldPolicy.rule(useCase, field).isEmpty()) {
        missing.computeIfAbsent(door, d -> new ArrayList<>()).add(field);
      }
    }
  }

  private static List<String> leaves(String prefix, Class<?> type) {
    List<String> out = new ArrayList<>();
    for (RecordComponent c : type.getRecordComponents()) {
      if (c.getType().isRecord()) {
        out.addAll(leaves(prefix + c.getName() + ".", c.getType()));
      } else {
        out.add(name(prefix + c.getName()));
      }
    }
    return out;
  }

  private static List<String> formFields(Class<?> pages, String method) {
    List<String> out = new ArrayList<>();
    for (Method m : pages.getDeclaredMethods()) {
      if (!m.getName().equals(method)) {
        continue;
      }
      for (Parameter p : m.getParameters()) {
        RestForm form = p.getAnnotation(RestForm.class);
        if (form != null) {
          out.add(name(form.value().isEmpty() ? p.getName() : form.value()));
        }
      }
    }
    assertThat(out).as(pages.getSimpleName() + "." + method + " form fields").isNotEmpty();
    return out;
  }

  private static List<String> schema(String type) throws IOException {
    try (InputStream in =
        FieldPermissionTableTest.class.getResourceAsStream(
            "/schemas/commands/" + type + ".schema.json")) {
      assertThat(in).as("schema of " + type).isNotNull();
      List<String> out = new ArrayList<>();
      properties("", JSON.readTree(in), out);
      return out;
    }
  }

  private static void properties(String prefix, JsonNode schema, List<String> out) {
    Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields();
    while (it.hasNext()) {
      var e = it.next();
      if (e.getValue().path("type").asText().equals("object") && e.getValue().has("properties")) {
        properties(prefix + e.getKey() + ".", e.getValue(), out);
      } else if (!NOT_FIELDS.contains(e.getKey())) {
        out.add(name(prefix + e.getKey()));
      }
    }
  }

  private static String name(String input) {
    return RENAMED.getOrDefault(input, input);
  }

  // --- the table, through every door
  // ---------------------------------------------------------------

  private static Playwright playwright;
  private static Browser browser;
  private static final Map<Caller, BrowserContext> SESSIONS = new EnumMap<>(Caller.class);
  private static final Map<Caller, String> TOKENS = new EnumMap<>(Caller.class);
  private static String appId;

  @TestHTTPResource("/")
  URL root;

  @Inject TenantRepository tenants;
  @Inject ApplicationRepository applications;
  @Inject AuditLog audit;

  @BeforeAll
  static void launchChromium() {
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(
                        java.nio.file.Path.of(
                            System.getenv()
                                .getOrDefault("OKTA_ADAPTER_CHROMIUM", "/usr/bin/chromium")))
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage")));
  }

  @AfterAll
  static void closeChromium() {
    SESSIONS.values().forEach(BrowserContext::close);
    SESSIONS.clear();
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
  }

  private String base() {
    String url = root.toString();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  @Test
  void eachFieldRoleAndDoor_decidesAsTheTableSays() {
    setUp();
    List<String> mismatches = new ArrayList<>();
    int cells = 0;
    for (Row row : table()) {
      for (Door door : Door.values()) {
        if (!row.doors().contains(door)) {
          continue;
        }
        for (Caller caller : Caller.values()) {
          cells++;
          String problem = runCell(row, door, caller);
          if (problem != null) {
            mismatches.add(
                row.useCase()
                    + " "
                    + row.field()
                    + " ("
                    + row.description()
                    + ") via "
                    + door
                    + " as "
                    + caller
                    + ": "
                    + problem);
          }
        }
      }
    }
    System.out.printf("[field-table] %d cells, %d mismatches%n", cells, mismatches.size());
    assertThat(mismatches).as("cells that differ from the table").isEmpty();
    assertThat(cells).isGreaterThanOrEqualTo(100);
  }

  private void setUp() {
    for (Caller c : Caller.values()) {
      TOKENS.put(c, KeycloakTestResource.shared().passwordGrant(c.user, c.user));
    }
    given()
        .header("Authorization", "Bearer " + TOKENS.get(Caller.SUPPORT))
        .header("Prefer", "wait=30")
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "key", ACME,
                "displayName", "acme Inc.",
                "aliases", List.of(HOME),
                "adminContacts", List.of("admin@" + HOME),
                "features", Map.of("mfa", "OPTIONAL")))
        .post("/api/v1/tenants")
        .then()
        .statusCode(
            org.hamcrest.Matchers.anyOf(
                org.hamcrest.Matchers.is(200),
                org.hamcrest.Matchers.is(202),
                org.hamcrest.Matchers.is(409)));
    resetTenant();
    Optional<Application> existing =
        QuarkusTransaction.requiringNew()
            .call(() -> applications.findByTenant(TenantKey.of(ACME)).stream().findFirst());
    if (existing.isPresent()) {
      appId = existing.get().id().toString();
    } else {
      given()
          .header("Authorization", "Bearer " + TOKENS.get(Caller.SUPPORT))
          .header("Prefer", "wait=30")
          .contentType(ContentType.JSON)
          .body(Map.of("kind", "EFS", "baseUrls", Map.of(HOME, BASE_URL)))
          .post("/api/v1/tenants/" + ACME + "/applications")
          .then()
          .statusCode(
              org.hamcrest.Matchers.anyOf(
                  org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(202)));
      appId =
          QuarkusTransaction.requiringNew()
              .call(() -> applications.findByTenant(TenantKey.of(ACME)).get(0).id().toString());
    }
    for (Caller c : Caller.values()) {
      BrowserContext context = browser.newContext();
      Page page = context.newPage();
      page.setDefaultTimeout(60_000);
      page.navigate(base() + "/ui/tenants");
      page.locator("#username").fill(c.user);
      page.locator("#password").fill(c.user);
      page.locator("#kc-login").click();
      page.waitForURL(Pattern.compile(Pattern.quote(base()) + "/ui/.*"));
      page.close();
      SESSIONS.put(c, context);
    }
  }

  /**
   * Puts tenant acme and its application back to the baseline (retrying a concurrent job's save).
   */
  private void resetTenant() {
    TenantSpec baseline =
        TenantSpec.parse(ACME, "acme Inc.", List.of(HOME), List.of("admin@" + HOME), "OPTIONAL");
    retry(
        () -> {
          Tenant t = tenants.findByKey(TenantKey.of(ACME)).orElseThrow();
          baseline.applyTo(t, Instant.now());
          tenants.save(t);
          if (appId != null) {
            Application app = applications.findById(ApplicationId.parse(appId)).orElseThrow();
            app.changeBaseUrls(Map.of(Alias.of(HOME), BaseUrl.of(BASE_URL)), Instant.now());
            applications.save(app);
          }
        });
  }

  private static void retry(Runnable work) {
    RuntimeException last = null;
    for (int i = 0; i < 20; i++) {
      try {
        QuarkusTransaction.requiringNew().run(work);
        return;
      } catch (RuntimeException e) {
        last = e;
        try {
          Thread.sleep(100);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
    throw last;
  }

  /** Runs one cell; null when it behaved as the table says, else what differed. */
  private String runCell(Row row, Door door, Caller caller) {
    resetTenant();
    String snapshot = snapshot();
    String refusedAction = row.useCase().action() + ".refused";
    long auditedBefore = audited(refusedAction);
    int n = SEQ.incrementAndGet();
    String newKey = "ft-" + n + "-" + UUID.randomUUID().toString().substring(0, 6);
    Outcome outcome = null;
    // A provisioning job of an earlier cell may save the tenant at the same moment: the request
    // then answers 409 "concurrent change" (the UI: its form again, 422) and, as any client
    // would, is sent again.
    for (int attempt = 0; attempt < 5; attempt++) {
      outcome =
          switch (door) {
            case REST -> rest(row, caller, n, newKey);
            case UI -> ui(row, caller, n, newKey);
            case COMMAND -> command(row, caller, n, newKey);
          };
      boolean concurrent =
          (outcome.status() == 409 || outcome.status() == 422)
              && (outcome.body().contains("Concurrent change")
                  || outcome.body().contains("changed by someone else"));
      if (!concurrent) {
        break;
      }
      resetTenant();
    }
    String expected = row.expected(caller);
    switch (expected) {
      case "A":
        return outcome.allowed() ? null : "expected allowed, got " + outcome;
      case "R":
        if (outcome.status() != 403) {
          return "expected 403, got " + outcome;
        }
        break;
      case "F":
        if (outcome.status() != 403 || !outcome.fields().contains(row.field())) {
          return "expected 403 naming " + row.field() + ", got " + outcome;
        }
        if (audited(refusedAction) != auditedBefore + 1) {
          return "refusal not audited as " + refusedAction;
        }
        break;
      case "X":
        boolean gate = outcome.status() == 403;
        boolean named =
            outcome.status() == 400
                && outcome.fields().stream().anyMatch(f -> f.endsWith(row.field()));
        if (outcome.allowed() || !(gate || named)) {
          return "expected a 400 naming "
              + row.field()
              + " (or the role gate's 403), got "
              + outcome;
        }
        break;
      default:
        throw new IllegalStateException(expected);
    }
    if (!snapshot().equals(snapshot)) {
      return "refused, but something changed: " + snapshot + " → " + snapshot();
    }
    if (row.useCase() == UseCase.CREATE_TENANT
        && QuarkusTransaction.requiringNew()
            .call(() -> tenants.findByKey(TenantKey.of(newKey)).isPresent())) {
      return "refused, but tenant " + newKey + " exists";
    }
    return null;
  }

  private String snapshot() {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Tenant t = tenants.findByKey(TenantKey.of(ACME)).orElseThrow();
              List<Application> apps = applications.findByTenant(TenantKey.of(ACME));
              return t.displayName()
                  + "|"
                  + t.aliases()
                  + "|"
                  + t.adminContacts()
                  + "|"
                  + t.features()
                  + "|"
                  + apps.size()
                  + "|"
                  + apps.stream().map(a -> a.kind() + "=" + a.baseUrls()).sorted().toList();
            });
  }

  private long audited(String action) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                audit
                    .find(
                        new AuditQuery(
                            Optional.of(ACME),
                            Optional.empty(),
                            Optional.of(action),
                            Optional.empty(),
                            Optional.empty()),
                        new PageRequest(0, 1))
                    .totalItems());
  }

  /** What a door answered: allowed or not, the status, the fields a refusal named. */
  record Outcome(boolean allowed, int status, List<String> fields, String body) {
    @Override
    public String toString() {
      return status + " " + fields + " " + (body.length() > 300 ? body.substring(0, 300) : body);
    }
  }

  /** The tenant spec the row asks for, from the baseline, in the REST/command shape. */
  private static Map<String, Object> tenantSpec(Row row, int n, String key) {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("key", row.change().getOrDefault("key", key));
    spec.put(
        "displayName", row.change().containsKey("displayName") ? "acme renamed " + n : "acme Inc.");
    List<String> aliases = new ArrayList<>(List.of(key.equals(ACME) ? HOME : key + ".example.com"));
    if (row.change().containsKey("alias")) {
      aliases.add("a" + n + ".acme.example.com");
    }
    spec.put("aliases", aliases);
    List<String> contacts = new ArrayList<>(List.of("admin@" + HOME));
    if (row.change().containsKey("adminContact")) {
      contacts.add("ops" + n + "@" + HOME);
    }
    spec.put("adminContacts", contacts);
    spec.put("features", Map.of("mfa", row.change().getOrDefault("mfa", "OPTIONAL")));
    if (row.change().containsKey("driftPolicy")) {
      spec.put("driftPolicy", row.change().get("driftPolicy"));
    }
    return spec;
  }

  private static Map<String, String> baseUrls(Row row, int n) {
    return Map.of(HOME, row.change().containsKey("baseUrl") ? BASE_URL + "-" + n : BASE_URL);
  }

  private Outcome rest(Row row, Caller caller, int n, String newKey) {
    var request =
        given()
            .header("Authorization", "Bearer " + TOKENS.get(caller))
            .contentType(ContentType.JSON);
    io.restassured.response.Response response =
        switch (row.useCase()) {
          case CREATE_TENANT -> request.body(tenantSpec(row, n, newKey)).post("/api/v1/tenants");
          case UPDATE_TENANT ->
              request.body(tenantSpec(row, n, ACME)).put("/api/v1/tenants/" + ACME);
          case CREATE_APPLICATION ->
              request
                  .body(Map.of("kind", "EFS", "baseUrls", baseUrls(row, n)))
                  .post("/api/v1/tenants/" + ACME + "/applications");
          case UPDATE_APPLICATION ->
              request
                  .body(
                      Map.of(
                          "kind", row.change().getOrDefault("kind", "EFS"),
                          "baseUrls", baseUrls(row, n)))
                  .put("/api/v1/tenants/" + ACME + "/applications/" + appId);
        };
    int status = response.statusCode();
    List<String> fields = new ArrayList<>();
    if (status >= 400 && response.contentType().contains("json")) {
      List<String> named = response.jsonPath().getList("errors.field", String.class);
      if (named != null) {
        fields.addAll(named);
      }
    }
    return new Outcome(status == 200 || status == 202, status, fields, response.asString());
  }

  private Outcome ui(Row row, Caller caller, int n, String newKey) {
    BrowserContext context = SESSIONS.get(caller);
    String csrf =
        context.cookies().stream()
            .filter(c -> c.name.equals("csrf-token"))
            .findFirst()
            .map(c -> c.value)
            .orElseThrow();
    FormData form = FormData.create().set("csrf-token", csrf);
    String path;
    switch (row.useCase()) {
      case CREATE_TENANT, UPDATE_TENANT -> {
        Map<String, Object> spec =
            tenantSpec(row, n, row.useCase() == UseCase.CREATE_TENANT ? newKey : ACME);
        if (row.useCase() == UseCase.CREATE_TENANT) {
          form.set("key", newKey);
          path = "/ui/tenants";
        } else {
          path = "/ui/tenants/" + ACME;
        }
        form.set("displayName", (String) spec.get("displayName"));
        form.set("aliases", String.join("\n", lines(spec.get("aliases"))));
        form.set("adminContacts", String.join("\n", lines(spec.get("adminContacts"))));
        @SuppressWarnings("unchecked")
        Map<String, Object> features = (Map<String, Object>) spec.get("features");
        form.set("mfa", (String) features.get("mfa"));
      }
      case CREATE_APPLICATION, UPDATE_APPLICATION -> {
        if (row.useCase() == UseCase.CREATE_APPLICATION) {
          form.set("kind", "EFS");
          path = "/ui/tenants/" + ACME + "/applications";
        } else {
          path = "/ui/tenants/" + ACME + "/applications/" + appId;
        }
        form.set("alias", HOME);
        form.set("baseUrl", baseUrls(row, n).get(HOME));
      }
      default -> throw new IllegalStateException();
    }
    APIResponse response =
        context
            .request()
            .post(base() + path, RequestOptions.create().setForm(form).setMaxRedirects(0));
    int status = response.status();
    String body = response.text();
    boolean allowed =
        status == 303 && response.headers().getOrDefault("location", "").contains("/ui/jobs/");
    List<String> fields = new ArrayList<>();
    if (status == 403 && body.contains(row.field())) {
      fields.add(row.field());
    }
    // The messages the form shows, so that a mismatch says what the page said.
    java.util.regex.Matcher shown =
        Pattern.compile("class=\"(?:error|form-error)\"[^>]*>([^<]*)<").matcher(body);
    StringBuilder messages = new StringBuilder();
    while (shown.find()) {
      messages.append(shown.group(1)).append(" | ");
    }
    return new Outcome(allowed, status, fields, messages + body);
  }

  @SuppressWarnings("unchecked")
  private static List<String> lines(Object value) {
    return (List<String>) value;
  }

  private Outcome command(Row row, Caller caller, int n, String newKey) {
    String id = CommandSender.newId();
    String key = row.useCase() == UseCase.CREATE_TENANT ? newKey : ACME;
    String type;
    Object data;
    switch (row.useCase()) {
      case CREATE_TENANT -> {
        type = "tenant.provision";
        data = tenantSpec(row, n, newKey);
      }
      case UPDATE_TENANT -> {
        if (row.change().containsKey("alias")) {
          type = "tenant.alias.add";
          data = Map.of("alias", "a" + n + ".acme.example.com");
        } else {
          type = "tenant.update";
          data = tenantSpec(row, n, ACME);
        }
      }
      case CREATE_APPLICATION -> {
        type = "application.provision";
        data = Map.of("kind", "EFS", "baseUrls", baseUrls(row, n));
      }
      case UPDATE_APPLICATION -> {
        type = "application.update";
        data =
            Map.of(
                "applicationId", appId,
                "kind", row.change().getOrDefault("kind", "EFS"),
                "baseUrls", baseUrls(row, n));
      }
      default -> throw new IllegalStateException();
    }
    try {
      CommandSender.send(key, id, type, caller.source, JSON.writeValueAsString(data));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    ConsumerRecord<String, String> first =
        TopicReader.await(
                CommandSender.RESULTS, r -> id.equals(TopicReader.header(r, "ce_correlationid")), 1)
            .get(0);
    JsonNode result;
    try {
      result = JSON.readTree(first.value());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    String resultType = CommandSender.type(first);
    boolean allowed = resultType.endsWith("accepted");
    JsonNode problem = result.path("problem");
    List<String> fields = new ArrayList<>();
    problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
    int status = allowed ? 202 : problem.path("status").asInt(0);
    return new Outcome(allowed, status, fields, first.value());
  }
}
