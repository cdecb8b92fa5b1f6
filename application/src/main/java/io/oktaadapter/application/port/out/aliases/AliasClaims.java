package io.oktaadapter.application.port.out.aliases;

import io.oktaadapter.domain.tenant.Alias;
import io.oktaadapter.domain.tenant.TenantKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Outbound port: the pending alias claims (joins the caller's transaction). */
public interface AliasClaims {

  List<AliasClaim> ofTenant(TenantKey tenant);

  Optional<AliasClaim> find(TenantKey tenant, Alias alias);

  /** Stores a new claim (a claim already there is kept as it is). */
  void add(AliasClaim claim);

  void delete(TenantKey tenant, Alias alias);

  /** Drops every tenant's claim of {@code alias}: one tenant proved it. */
  void deleteForHost(Alias alias);

  /**
   * Up to {@code limit} claims due for a periodic check, taken for {@code hold} so that another
   * replica checking at the same time takes others ({@code FOR UPDATE SKIP LOCKED}).
   */
  List<AliasClaim> takeDue(Instant now, Duration hold, int limit);
}
