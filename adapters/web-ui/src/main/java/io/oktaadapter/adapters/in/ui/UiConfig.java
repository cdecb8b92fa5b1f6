package io.oktaadapter.adapters.in.ui;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Web UI settings: {@code okta-adapter.ui.*} (branding, links into the Okta admin console). */
@ConfigMapping(prefix = "okta-adapter.ui")
public interface UiConfig {

  Brand brand();

  /**
   * Base URL of the Okta admin console for resource links; default: derived from {@code
   * okta-adapter.okta.org-url} ({@code https://acme.okta.com} becomes {@code
   * https://acme-admin.okta.com}).
   */
  Optional<String> oktaAdminUrl();

  /** Tenants per page on the overview. */
  @WithDefault("20")
  int pageSize();

  /** Company branding: shown in the header and title of every page. */
  interface Brand {

    @WithDefault("Okta Adapter")
    String name();

    /** Path or URL of the logo image (served from the same origin: the CSP allows nothing else). */
    @WithDefault("/ui-static/logo.svg")
    String logo();

    /** Main colour, {@code #rrggbb}. */
    @WithDefault("#1d4ed8")
    String primaryColor();

    /** Accent colour, {@code #rrggbb}. */
    @WithDefault("#0f766e")
    String accentColor();
  }
}
