package io.oktaadapter.application.service.provisioning;

import io.oktaadapter.application.port.out.aliases.PublicSuffixes;
import io.oktaadapter.domain.FieldViolation;
import io.oktaadapter.domain.InvalidFieldException;
import io.oktaadapter.domain.tenant.Alias;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Application rule: which host names may become a tenant's alias, and so an Okta trusted origin and
 * the host of redirect URIs (ADR 0018). Refused, whoever asks and through whichever door: IP
 * literals, {@code localhost} (outside development), private and reserved names (RFC 6761, 6762,
 * 8375: {@code .local}, {@code .internal}, {@code .arpa}, …), names that are not under a public
 * suffix (nobody can own them on the public DNS), public suffixes themselves ({@code co.uk}, {@code
 * github.io}), and the configured deny list (the adapter's own hosts, Okta's domains, cloud
 * metadata names) with every name under it. Aliases a tenant already has are not checked again.
 */
public final class AliasRules {

  /** Special-use and private names that are never anyone's on the public DNS. */
  private static final List<String> RESERVED =
      List.of(
          "local",
          "localdomain",
          "internal",
          "intranet",
          "private",
          "corp",
          "home",
          "lan",
          "arpa",
          "test",
          "example",
          "invalid",
          "onion",
          "alt");

  private final PublicSuffixes suffixes;
  private final List<String> denied;
  private final boolean allowLocalhost;

  /**
   * @param denied host names refused with everything under them (lower case, no trailing dot)
   * @param allowLocalhost whether {@code localhost} is accepted (the development profile only)
   */
  public AliasRules(PublicSuffixes suffixes, Collection<String> denied, boolean allowLocalhost) {
    this.suffixes = suffixes;
    this.denied =
        denied.stream()
            .map(d -> d.strip().toLowerCase(Locale.ROOT))
            .map(d -> d.endsWith(".") ? d.substring(0, d.length() - 1) : d)
            .filter(d -> !d.isEmpty())
            .toList();
    this.allowLocalhost = allowLocalhost;
  }

  /** Why {@code alias} may not be claimed, or empty when it may. */
  public Optional<String> refusal(Alias alias) {
    String host = alias.host();
    String[] labels = host.split("\\.");
    String last = labels[labels.length - 1];
    if (!Character.isLetter(last.charAt(0)) && !last.startsWith("xn--")) {
      return Optional.of("must be a host name, not an IP address");
    }
    if (host.equals("localhost") || host.endsWith(".localhost")) {
      return allowLocalhost
          ? Optional.empty()
          : Optional.of("localhost is accepted in the development profile only");
    }
    if (labels.length < 2) {
      return Optional.of("must be a fully qualified host name such as acme.example.com");
    }
    for (String reserved : RESERVED) {
      if (host.equals(reserved) || host.endsWith("." + reserved)) {
        return Optional.of(
            "is a private or reserved name (." + reserved + ") that nobody owns on the public DNS");
      }
    }
    for (String deny : denied) {
      if (host.equals(deny) || host.endsWith("." + deny)) {
        return Optional.of("is not allowed: " + deny + " and the names under it are reserved");
      }
    }
    if (suffixes.isPublicSuffix(host)) {
      return Optional.of("is a public suffix (like com, co.uk or github.io): name a host under it");
    }
    if (!suffixes.isUnderPublicSuffix(host)) {
      return Optional.of("is not under a public suffix, so nobody can own it on the public DNS");
    }
    return Optional.empty();
  }

  /**
   * Refuses, naming the field {@code aliases} and each host, the aliases of {@code desired} that
   * are new (not in {@code existing}) and may not be claimed.
   */
  public void requireClaimable(Collection<Alias> desired, Collection<Alias> existing) {
    Set<Alias> had = new HashSet<>(existing);
    List<FieldViolation> violations = new ArrayList<>();
    for (Alias alias : desired) {
      if (!had.contains(alias)) {
        refusal(alias)
            .ifPresent(why -> violations.add(new FieldViolation("aliases", alias + " " + why)));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidFieldException(violations);
    }
  }
}
