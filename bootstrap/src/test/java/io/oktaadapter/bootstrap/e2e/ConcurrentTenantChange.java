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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test seam: when armed for a tenant and a status, the next save of the tenant in that status
 * (READY at the end of a provisioning job, PROVISIONING at its start) is preceded by another
 * transaction that changes and commits the same tenant, as an update request arriving at that
 * moment would. Disarmed, it only passes every call on.
 */
@Decorator
@Priority(10)
abstract class ConcurrentTenantChange implements TenantRepository {

  private static final Map<String, LifecycleStatus> ARMED = new ConcurrentHashMap<>();

  @Inject @Delegate @Any TenantRepository delegate;

  static void arm(String tenantKey, LifecycleStatus savedAs) {
    ARMED.put(tenantKey, savedAs);
  }

  static boolean fired(String tenantKey) {
    return !ARMED.containsKey(tenantKey);
  }

  @Override
  public void save(Tenant tenant) {
    if (ARMED.remove(tenant.key().value(), tenant.status())) {
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
