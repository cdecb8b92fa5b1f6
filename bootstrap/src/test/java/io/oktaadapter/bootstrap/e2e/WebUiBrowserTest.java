package io.oktaadapter.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import io.oktaadapter.testing.KeycloakTestResource;
import io.oktaadapter.testing.dns.LoopbackDnsTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end through a real browser: headless Chromium (Debian's, driven by Playwright; no browser
 * is downloaded) signs in at a real Keycloak (realm {@code okta-adapter}, authorization code flow
 * with PKCE), and the web UI drives the real provisioning against the Okta simulator. Screenshots
 * go to {@code target/ui-screenshots}.
 */
@QuarkusTest
@TestProfile(WebUiBrowserTest.RealKeycloak.class)
class WebUiBrowserTest {

  /** Adds the real Keycloak to the shared infrastructure; only this profile pays its start. */
  public static class RealKeycloak implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(KeycloakTestResource.class));
    }
  }

  private static final Path SHOTS = Path.of("target", "ui-screenshots");
  private static final long JOB_TIMEOUT_MS = 90_000;

  private static Playwright playwright;
  private static Browser browser;

  @TestHTTPResource("/")
  URL root;

  @BeforeAll
  static void launchChromium() throws Exception {
    Path chromium =
        Path.of(System.getenv().getOrDefault("OKTA_ADAPTER_CHROMIUM", "/usr/bin/chromium"));
    assertThat(chromium)
        .as(
            "Debian's chromium is needed for the browser tests: apt-get install chromium (.ci/run does)")
        .isExecutable();
    Files.createDirectories(SHOTS);
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(chromium)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-dev-shm-usage",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run")));
  }

  @AfterAll
  static void closeChromium() {
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

  private Page signIn(BrowserContext context, String user) {
    Page page = context.newPage();
    page.setDefaultTimeout(60_000);
    page.navigate(base() + "/ui/tenants");
    // The code flow sends the browser to Keycloak's login form.
    assertThat(page.url()).contains("/realms/okta-adapter/protocol/openid-connect/auth");
    assertThat(page.url()).contains("code_challenge_method=S256");
    page.locator("#username").fill(user);
    page.locator("#password").fill(user);
    page.locator("#kc-login").click();
    page.waitForURL(Pattern.compile(Pattern.quote(base()) + "/ui/.*"));
    assertThat(page.locator("#signed-in-user").textContent()).isEqualTo(user);
    return page;
  }

  private static void shot(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
  }

  /** Waits, on the job page, until htmx's polling shows the finished job; returns its status. */
  private static String awaitJob(Page page) {
    page.waitForURL(Pattern.compile(".*/ui/jobs/[0-9a-f-]{36}$"));
    page.waitForFunction(
        "() => ['SUCCEEDED','FAILED'].includes(document.querySelector('#job-status')?.textContent)",
        null,
        new Page.WaitForFunctionOptions().setTimeout(JOB_TIMEOUT_MS));
    return page.locator("#job-status").textContent();
  }

  @Test
  void supportStaff_createTenantWithEfsApplication_watchItBecomeReady_addAlias_delete() {
    String key = "ui-" + UUID.randomUUID().toString().substring(0, 8);
    String alias = key + ".example.com";
    try (BrowserContext context = browser.newContext()) {
      Page page = signIn(context, "admin");
      shot(page, "01-overview");

      // Security headers and cookies of the UI.
      Response overview = page.navigate(base() + "/ui/tenants");
      assertThat(overview.headers().get("content-security-policy"))
          .contains("default-src 'self'")
          .contains("script-src 'self'")
          .contains("frame-ancestors 'none'");
      List<Cookie> cookies = context.cookies();
      assertThat(cookies).filteredOn(c -> c.name.startsWith("q_session")).isNotEmpty();
      assertThat(cookies)
          .filteredOn(c -> c.name.startsWith("q_session") || c.name.equals("csrf-token"))
          .allSatisfy(
              c -> {
                assertThat(c.secure).as(c.name + " secure").isTrue();
                assertThat(c.httpOnly).as(c.name + " httpOnly").isTrue();
              });
      // No secret of the UI's client in the page.
      assertThat(page.content()).doesNotContain("local-ui-secret-for-development-only");

      // A wrong key: the API's validation message appears next to the field.
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New tenant")).click();
      page.getByLabel("Key").fill("Not A Key!");
      page.getByLabel("Display name").fill("UI test tenant");
      page.getByLabel("Aliases (host names, one per line)").fill(alias);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create tenant")).click();
      assertThat(page.locator("#key-error").textContent()).isNotBlank();
      assertThat(page.getByLabel("Key").getAttribute("aria-invalid")).isEqualTo("true");
      shot(page, "02-validation");

      // The real create, through the keyboard-reachable form.
      page.getByLabel("Key").fill(key);
      page.getByLabel("Admin contacts (e-mail addresses, one per line)").fill("ops@" + alias);
      page.getByLabel("Multi-factor authentication").selectOption("OPTIONAL");
      page.getByLabel("Display name").press("Enter");
      assertThat(awaitJob(page)).isEqualTo("SUCCEEDED");
      shot(page, "03-create-job");

      page.navigate(base() + "/ui/tenants/" + key);
      assertThat(page.locator("#tenant-status").textContent()).isEqualTo("READY");
      assertThat(page.locator("#aliases li").allTextContents()).containsExactly(alias);

      // An EFS application with a base URL for the alias.
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New application")).click();
      page.getByLabel("Kind").selectOption("EFS");
      page.getByLabel("Base URL for " + alias).fill("https://" + alias + "/efs");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create application"))
          .click();
      assertThat(awaitJob(page)).isEqualTo("SUCCEEDED");
      page.navigate(base() + "/ui/tenants/" + key);
      var app = page.locator("article.card").first();
      assertThat(app.textContent())
          .contains("EFS")
          .contains("READY")
          .contains("https://" + alias + "/efs");
      assertThat(page.locator("td a[href*='/admin/app/oidc_client/instance/']").count())
          .as("link of the OIDC application into the Okta admin console")
          .isEqualTo(1);
      assertThat(page.locator("#tenant-drift").textContent()).isEqualTo("in sync");
      // The audit trail names who changed the tenant through the UI.
      assertThat(page.locator("#audit tbody tr").allTextContents())
          .anySatisfy(row -> assertThat(row).contains("admin"));
      shot(page, "04-tenant-ready");

      // The overview finds it by alias, with its application count.
      page.navigate(base() + "/ui/tenants?q=" + alias);
      assertThat(page.locator("#tenant-table tbody tr").count()).isEqualTo(1);
      assertThat(page.locator("#tenant-table tbody tr td").nth(5).textContent()).isEqualTo("1");

      // Add an alias.
      page.navigate(base() + "/ui/tenants/" + key);
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit tenant")).click();
      String second = "more-" + alias;
      page.getByLabel("Aliases (host names, one per line)").fill(alias + "\n" + second);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save tenant")).click();
      assertThat(awaitJob(page)).isEqualTo("SUCCEEDED");
      page.navigate(base() + "/ui/tenants/" + key);
      assertThat(page.locator("#aliases li").allTextContents())
          .containsExactlyInAnyOrder(alias, second);
      assertThat(page.locator("#tenant-status").textContent()).isEqualTo("READY");
      shot(page, "05-alias-added");

      // Delete, after the confirmation page.
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Delete tenant")).click();
      assertThat(page.locator("h1").textContent()).isEqualTo("Delete tenant " + key);
      shot(page, "06-confirm-delete");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, delete")).click();
      assertThat(awaitJob(page)).isEqualTo("SUCCEEDED");
      shot(page, "07-deleted");
      page.navigate(base() + "/ui/tenants?q=" + key);
      assertThat(page.locator("#tenant-table tbody tr").allTextContents())
          .containsExactly("No tenants.");
    }
  }

  @Test
  void customer_seesOnlyTheirOwnTenant() {
    String admin = KeycloakTestResource.shared().passwordGrant("admin", "admin");
    ensureTenant(admin, "acme", "acme.example.com");
    ensureTenant(admin, "globex", "globex.example.com");
    try (BrowserContext context = browser.newContext()) {
      Page page = signIn(context, "customer-acme");
      // The overview is not for customers: they land on their tenant.
      assertThat(page.url()).isEqualTo(base() + "/ui/tenants/acme");
      assertThat(page.locator("h1").textContent()).contains("acme");
      assertThat(
              page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Delete tenant"))
                  .count())
          .isZero();
      assertThat(
              page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit tenant"))
                  .count())
          .isEqualTo(1);
      shot(page, "10-customer-own-tenant");

      Response other = page.navigate(base() + "/ui/tenants/globex");
      assertThat(other.status()).isEqualTo(404);
      assertThat(page.content()).doesNotContain("globex.example.com");
      shot(page, "11-customer-other-tenant");
      assertThat(page.navigate(base() + "/ui/tenants/globex/edit").status()).isEqualTo(404);
      assertThat(page.navigate(base() + "/ui/events").status()).isEqualTo(403);
      assertThat(page.navigate(base() + "/ui/tenants/new").status()).isEqualTo(403);

      // A form post without the CSRF token is refused, even with a valid session.
      var refused =
          page.request()
              .post(
                  base() + "/ui/tenants/acme",
                  RequestOptions.create()
                      .setForm(FormData.create().set("aliases", "evil.example.com")));
      assertThat(refused.status()).isEqualTo(400);
    }
  }

  @Test
  void customer_verifiesAnAlias_andSeesTheApplicationsRedirectUrisFollow() {
    String admin = KeycloakTestResource.shared().passwordGrant("admin", "admin");
    ensureTenant(admin, "acme", "acme.example.com");
    given()
        .header("Authorization", "Bearer " + admin)
        .header("Prefer", "wait=30")
        .contentType("application/json")
        .body(
            Map.of(
                "kind",
                "EFS",
                "baseUrls",
                Map.of("acme.example.com", "https://acme.example.com/efs")))
        .post("/api/v1/tenants/acme/applications")
        .then()
        .statusCode(anyOf(is(200), is(202)));
    String alias = "p" + UUID.randomUUID().toString().substring(0, 8) + ".acme-corp.net";
    try (BrowserContext context = browser.newContext()) {
      Page page = signIn(context, "customer-acme");
      // The customer adds an alias of their own: it is a claim, not yet in Okta.
      page.navigate(base() + "/ui/tenants/acme/edit");
      String aliases = page.getByLabel("Aliases (host names, one per line)").inputValue();
      page.getByLabel("Aliases (host names, one per line)").fill(aliases + "\n" + alias);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save tenant")).click();
      assertThat(awaitJob(page)).isEqualTo("SUCCEEDED");
      page.navigate(base() + "/ui/tenants/acme");
      var claim = page.locator("#alias-claims li[data-alias='" + alias + "']");
      assertThat(claim.locator(".claim-record").textContent())
          .isEqualTo("_okta-adapter-challenge." + alias);
      String token = claim.locator(".claim-value").textContent();
      assertThat(page.locator("#aliases li").allTextContents()).doesNotContain(alias);
      shot(page, "20-alias-claimed");

      // The customer's application gets a base URL on the new alias; it waits for the proof.
      var app = page.locator("article.card").first();
      app.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Edit")).click();
      page.getByLabel("Base URL for " + alias).fill("https://" + alias + "/efs");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save application"))
          .click();
      assertThat(awaitJob(page)).isEqualTo("SUCCEEDED");
      page.navigate(base() + "/ui/tenants/acme");
      assertThat(page.locator("article.card").first().textContent())
          .doesNotContain("https://" + alias + "/efs/login/oauth2/code/okta");

      // Published on the (loopback) DNS, checked from the page: verified, and Okta follows.
      LoopbackDnsTestResource.shared().publishTxt("_okta-adapter-challenge." + alias, token);
      page.getByRole(
              AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check " + alias + " now"))
          .click();
      assertThat(awaitJob(page)).isEqualTo("SUCCEEDED");
      page.navigate(base() + "/ui/tenants/acme");
      assertThat(page.locator("#aliases li").allTextContents()).contains(alias);
      assertThat(page.locator("#alias-claims li[data-alias='" + alias + "']").count()).isZero();
      assertThat(page.locator("article.card").first().textContent())
          .contains("https://" + alias + "/efs/login/oauth2/code/okta");
      shot(page, "21-alias-verified");
    }
  }

  @Test
  void support_reprocessesAndDiscardsQuarantinedEvents() {
    String run = java.util.UUID.randomUUID().toString();
    String user = "00u" + run.substring(0, 10);
    String deliveryId = "d-" + run;
    EventHookToKafkaTest.post(
            OktaDeliveries.delivery(
                deliveryId,
                List.of(
                    OktaDeliveries.userEvent(run + "-1", "user.session.start", user, "not a time"),
                    "\"" + run + "\"")))
        .then()
        .statusCode(200);
    try (BrowserContext context = browser.newContext()) {
      Page page = signIn(context, "support");
      page.navigate(base() + "/ui/events/quarantine");
      Locator first =
          page.locator("article")
              .filter(new Locator.FilterOptions().setHasText("Event 0 of delivery " + deliveryId));
      Locator second =
          page.locator("article")
              .filter(new Locator.FilterOptions().setHasText("Event 1 of delivery " + deliveryId));
      assertThat(first.locator(".quarantine-status").textContent()).isEqualTo("QUARANTINED");
      shot(page, "22-quarantine");

      // Still invalid: the page says why, next to the entry, and nothing changes.
      first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reprocess")).click();
      assertThat(first.locator("[role=alert]").textContent()).contains("published");
      assertThat(first.locator(".quarantine-status").textContent()).isEqualTo("QUARANTINED");

      first
          .getByLabel("Corrected JSON (leave empty to reprocess the stored body)")
          .fill(
              OktaDeliveries.userEvent(
                  run + "-1", "user.session.start", user, "2026-11-24T10:00:00Z"));
      first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reprocess")).click();
      page.waitForURL(Pattern.compile(".*/ui/events/quarantine.*"));
      assertThat(first.locator(".quarantine-status").textContent()).isEqualTo("REPROCESSED");

      second.getByLabel("Reason for discarding").fill("a string is not an event");
      second.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Discard")).click();
      page.waitForURL(Pattern.compile(".*/ui/events/quarantine.*"));
      assertThat(second.locator(".quarantine-status").textContent()).isEqualTo("DISCARDED");
      assertThat(second.textContent()).contains("a string is not an event").contains("support");
      shot(page, "23-quarantine-resolved");
    }
    assertThat(
            TopicReader.await(
                "okta-adapter.identity-events",
                r -> TopicReader.header(r, "ce_id").equals(run + "-1"),
                1))
        .hasSize(1);
  }

  @Test
  void keycloakTokens_areAcceptedByTheBearerApi() {
    String token = KeycloakTestResource.shared().passwordGrant("viewer", "viewer");
    given()
        .header("Authorization", "Bearer " + token)
        .get("/api/v1/tenants")
        .then()
        .statusCode(200);
    given().get("/api/v1/tenants").then().statusCode(401);
    // The UI's code flow does not apply to the API: no redirect to a login page.
    given().redirects().follow(false).get("/api/v1/tenants").then().statusCode(anyOf(is(401)));
  }

  private static void ensureTenant(String token, String key, String alias) {
    given()
        .header("Authorization", "Bearer " + token)
        .header("Prefer", "wait=30")
        .contentType("application/json")
        .body(
            Map.of(
                "key",
                key,
                "displayName",
                key + " Inc.",
                "aliases",
                List.of(alias),
                "adminContacts",
                List.of("admin@" + alias),
                "features",
                Map.of("mfa", "OFF")))
        .post("/api/v1/tenants")
        .then()
        .statusCode(anyOf(is(200), is(202), is(409)));
  }
}
