package io.oktaadapter.adapters.in.ui;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.regex.Pattern;

/**
 * Web UI: the configured brand colours as CSS custom properties. A style sheet of its own, not an
 * inline {@code <style>}, so that the Content-Security-Policy can forbid inline styles.
 */
@Path("/ui/brand.css")
class BrandResource {

  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{3,8}");

  private final UiConfig config;

  BrandResource(UiConfig config) {
    this.config = config;
  }

  @GET
  @Produces("text/css")
  public String css() {
    return ":root {\n  --brand-primary: "
        + colour(config.brand().primaryColor(), "#1d4ed8")
        + ";\n  --brand-accent: "
        + colour(config.brand().accentColor(), "#0f766e")
        + ";\n}\n";
  }

  /** Only a hex colour reaches the style sheet; anything else falls back to the default. */
  static String colour(String configured, String fallback) {
    return configured != null && COLOUR.matcher(configured).matches() ? configured : fallback;
  }
}
