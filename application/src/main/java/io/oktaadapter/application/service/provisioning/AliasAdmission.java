package io.oktaadapter.application.service.provisioning;

import io.oktaadapter.application.port.out.aliases.AliasClaim;
import io.oktaadapter.application.port.out.aliases.AliasClaims;
import io.oktaadapter.domain.InvalidFieldException;
import io.oktaadapter.domain.tenant.Alias;
import io.oktaadapter.domain.tenant.TenantKey;
import io.oktaadapter.domain.tenant.TenantSpec;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Application rule: which of a requested tenant's aliases are its own now (ADR 0018). An alias
 * under a configured platform domain, or one the tenant already holds, is VERIFIED and reaches
 * Okta; any other new alias is a claim (PENDING_VERIFICATION, a random token to publish in a TXT
 * record) until it is proven or approved, and reaches nothing before. New aliases must also pass
 * {@link AliasRules}.
 */
public final class AliasAdmission {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final AliasRules rules;
  private final AliasClaims claims;
  private final List<String> platformDomains;
  private final Duration claimLifetime;

  public AliasAdmission(
      AliasRules rules,
      AliasClaims claims,
      Collection<String> platformDomains,
      Duration claimLifetime) {
    this.rules = rules;
    this.claims = claims;
    this.platformDomains =
        platformDomains.stream()
            .map(d -> d.strip().toLowerCase(Locale.ROOT))
            .filter(d -> !d.isEmpty())
            .toList();
    this.claimLifetime = claimLifetime;
  }

  /** Whether {@code alias} is under (or is) a platform domain: verified without proof. */
  public boolean onPlatform(Alias alias) {
    return platformDomains.stream()
        .anyMatch(d -> alias.host().equals(d) || alias.host().endsWith("." + d));
  }

  /**
   * The spec with only the aliases that are the tenant's now ({@code held} or on a platform
   * domain), after refusing new aliases nobody may claim; at least one must remain.
   */
  public TenantSpec verifiedPart(TenantSpec spec, Collection<Alias> held) {
    rules.requireClaimable(spec.aliases(), held);
    Set<Alias> had = new HashSet<>(held);
    List<Alias> verified =
        spec.aliases().stream().filter(a -> had.contains(a) || onPlatform(a)).toList();
    if (verified.isEmpty()) {
      throw new InvalidFieldException(
          "aliases",
          "a tenant needs at least one verified alias: one under a platform domain "
              + platformDomains
              + " or one it already holds; other aliases are claims until proven");
    }
    return new TenantSpec(
        spec.key(), spec.displayName(), verified, spec.adminContacts(), spec.features());
  }

  /**
   * Brings the tenant's claims in line with the requested aliases: a claim for each requested alias
   * that is neither held nor on a platform domain, none for the others.
   */
  public void syncClaims(
      TenantKey tenant, List<Alias> requested, Collection<Alias> held, Instant now) {
    Set<Alias> wanted = new HashSet<>(requested);
    Set<Alias> had = new HashSet<>(held);
    Set<Alias> claimed = new HashSet<>();
    for (AliasClaim claim : claims.ofTenant(tenant)) {
      if (!wanted.contains(claim.alias()) || had.contains(claim.alias())) {
        claims.delete(tenant, claim.alias());
      } else {
        claimed.add(claim.alias());
      }
    }
    for (Alias alias : requested) {
      if (!had.contains(alias) && !onPlatform(alias) && !claimed.contains(alias)) {
        claims.add(new AliasClaim(tenant, alias, token(), now, now.plus(claimLifetime)));
      }
    }
  }

  private static String token() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
