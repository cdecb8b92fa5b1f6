package io.oktaadapter.domain.app;

import io.oktaadapter.domain.InvalidFieldException;
import io.oktaadapter.domain.tenant.TenantKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Value object: the claims the token and SAML inline hooks add for one application kind. The tenant
 * key and the user's role go into the claims named {@link #tenantClaim} and {@link #roleClaim};
 * each extra claim is a fixed text in which {@code {tenant}}, {@code {role}} and {@code {kind}} are
 * replaced.
 *
 * <p>Okta refuses inline-hook patches of its reserved claims, so those names are impossible here.
 */
public record ClaimTemplate(String tenantClaim, String roleClaim, Map<String, String> extraClaims) {

  /** Claims Okta sets itself and does not let a token inline hook add or replace. */
  static final Set<String> RESERVED =
      Set.of(
          "acr",
          "amr",
          "at_hash",
          "aud",
          "auth_time",
          "c_hash",
          "cid",
          "exp",
          "iat",
          "idp",
          "iss",
          "jti",
          "nbf",
          "nonce",
          "scp",
          "sub",
          "uid",
          "ver");

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.:-]{0,99}");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
  private static final Set<String> KNOWN_PLACEHOLDERS = Set.of("tenant", "role", "kind");

  public ClaimTemplate {
    checkName("tenantClaim", tenantClaim);
    checkName("roleClaim", roleClaim);
    if (tenantClaim.equals(roleClaim)) {
      throw new InvalidFieldException("roleClaim", "must differ from the tenant claim");
    }
    Objects.requireNonNull(extraClaims, "extraClaims");
    // Sorted by name, so that tokens carry the claims in the same order on every replica.
    Map<String, String> extras = new TreeMap<>();
    extraClaims.forEach(
        (name, value) -> {
          checkName("extraClaims", name);
          if (name.equals(tenantClaim) || name.equals(roleClaim)) {
            throw new InvalidFieldException(
                "extraClaims", "'" + name + "' is already the tenant or role claim");
          }
          if (value == null) {
            throw new InvalidFieldException("extraClaims", "'" + name + "' has no value");
          }
          Matcher m = PLACEHOLDER.matcher(value);
          while (m.find()) {
            if (!KNOWN_PLACEHOLDERS.contains(m.group(1))) {
              throw new InvalidFieldException(
                  "extraClaims",
                  "'" + name + "' uses {" + m.group(1) + "}; known are {tenant}, {role}, {kind}");
            }
          }
          extras.put(name, value);
        });
    extraClaims = java.util.Collections.unmodifiableMap(extras);
  }

  /** The default template: the tenant and role claims, nothing else. */
  public static ClaimTemplate of(String tenantClaim, String roleClaim) {
    return new ClaimTemplate(tenantClaim, roleClaim, Map.of());
  }

  /** The same template with other extra claims. */
  public ClaimTemplate withExtraClaims(Map<String, String> extras) {
    return new ClaimTemplate(tenantClaim, roleClaim, extras);
  }

  /** The claims of a member of {@code tenant} with {@code role}, in a stable order. */
  public Map<String, String> claims(TenantKey tenant, String role, ApplicationKind kind) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(role, "role");
    Map<String, String> out = new LinkedHashMap<>();
    out.put(tenantClaim, tenant.value());
    out.put(roleClaim, role);
    extraClaims.forEach(
        (name, value) -> {
          String resolved =
              value
                  .replace("{tenant}", tenant.value())
                  .replace("{role}", role)
                  .replace("{kind}", kind == null ? "" : kind.name());
          out.put(name, resolved);
        });
    return java.util.Collections.unmodifiableMap(out);
  }

  private static void checkName(String field, String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new InvalidFieldException(
          field, "claim names are 1 to 100 letters, digits, '_', '.', ':' or '-': " + name);
    }
    if (RESERVED.contains(name)) {
      throw new InvalidFieldException(field, "'" + name + "' is a claim Okta reserves");
    }
  }
}
