package io.oktaadapter.bootstrap.e2e;

import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.domain.LifecycleStatus;
import io.oktaadapter.domain.tenant.Tenant;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test seam: when armed for a tenant, the next save of it as READY (the end of a provisioning job)
 * is preceded by another transaction that changes and commits the same tenant, as an update request
 * arriving at that moment would. Disarmed, it only passes every call on.
 */
@Decorator
@Priority(10)
abstract class ConcurrentTenantChange implements TenantRepository {

  private static final Set<String> ARMED = ConcurrentHashMap.newKeySet();

  @Inject @Delegate @Any TenantRepository delegate;

  static void arm(String tenantKey) {
    ARMED.add(tenantKey);
  }

  static boolean fired(String tenantKey) {
    return !ARMED.contains(tenantKey);
  }

  @Override
  public void save(Tenant tenant) {
    if (tenant.status() == LifecycleStatus.READY && ARMED.remove(tenant.key().value())) {
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                Tenant other = delegate.findByKey(tenant.key()).orElseThrow();
                other.changeSpec(
                    other.displayName() + " (renamed meanwhile)",
                    other.aliases(),
                    other.adminContacts(),
                    other.features(),
                    Instant.now());
                delegate.save(other);
              });
    }
    delegate.save(tenant);
  }
}
