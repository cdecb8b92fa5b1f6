package io.oktaadapter.application.service.audit;

import io.oktaadapter.application.security.FieldPolicy.FieldChange;
import io.oktaadapter.domain.tenant.Tenant;
import io.oktaadapter.domain.tenant.TenantSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Application helper: the fields of a tenant spec that differ from the stored tenant, by the names
 * the doors use ({@code displayName}, {@code aliases}, {@code adminContacts}, {@code features.mfa},
 * {@code driftPolicy}); every field when the tenant is new.
 */
final class TenantFieldChanges {

  private TenantFieldChanges() {}

  static List<FieldChange> of(Tenant current, TenantSpec spec) {
    List<FieldChange> changes = new ArrayList<>();
    if (current == null) {
      changes.add(new FieldChange("key", null, spec.key()));
    }
    add(changes, "displayName", current == null ? null : current.displayName(), spec.displayName());
    add(
        changes,
        "aliases",
        current == null ? null : new TreeSet<>(current.aliases()),
        new TreeSet<>(spec.aliases()));
    add(
        changes,
        "adminContacts",
        current == null ? null : current.adminContacts(),
        spec.adminContacts());
    add(
        changes,
        "features.mfa",
        current == null ? null : current.features().mfa(),
        spec.features().mfa());
    add(
        changes,
        "driftPolicy",
        current == null ? null : current.features().drift(),
        spec.features().drift());
    return changes;
  }

  private static void add(List<FieldChange> changes, String field, Object before, Object after) {
    if (before == null || !Objects.equals(before, after)) {
      changes.add(new FieldChange(field, before, after));
    }
  }
}
