package io.oktaadapter.application.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.oktaadapter.application.port.in.application.SubmitApplicationCommand;
import io.oktaadapter.application.security.FieldPolicy.FieldChange;
import io.oktaadapter.application.security.FieldPolicy.Grant;
import io.oktaadapter.application.security.FieldPolicy.UseCase;
import io.oktaadapter.domain.FieldViolation;
import io.oktaadapter.domain.tenant.DriftPolicy;
import io.oktaadapter.domain.tenant.MfaMode;
import io.oktaadapter.domain.tenant.TenantFeatures;
import io.oktaadapter.domain.tenant.TenantKey;
import io.oktaadapter.domain.tenant.TenantSpec;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The field policy (ADR 0014) as a table: every rule × every role, plus the guard that a field of a
 * use case's command type without a rule fails the build.
 */
class FieldPolicyTest {

  private static final TenantKey ACME = TenantKey.of("acme");

  /** The names the doors use for the components of the command types. */
  private static final Map<String, String> DOOR_NAMES =
      Map.of("features.drift", "driftPolicy", "features.mfa", "features.mfa");

  private static Actor actor(String who) {
    return switch (who) {
      case "viewer" -> Actor.user("v", Set.of(Role.VIEWER));
      case "support" -> Actor.user("s", Set.of(Role.SUPPORT));
      case "admin" -> Actor.user("a", Set.of(Role.ADMIN));
      case "service" -> Actor.service("urn:svc", EnumSet.allOf(Role.class));
      case "customer" -> Actor.customer("c", ACME);
      default -> throw new IllegalArgumentException(who);
    };
  }

  /**
   * The expected table: use case, field, change (before → after; "new" when creating), and per
   * caller (viewer support admin service customer) Y (allowed) or N (refused, naming the field).
   */
  private static final List<Object[]> TABLE =
      List.of(
          row(UseCase.CREATE_TENANT, "key", null, "acme", "N Y Y Y N"),
          row(UseCase.CREATE_TENANT, "displayName", null, "Acme", "N Y Y Y N"),
          row(UseCase.CREATE_TENANT, "aliases", null, "a.example.com", "N Y Y Y N"),
          row(UseCase.CREATE_TENANT, "adminContacts", null, "x@example.com", "N Y Y Y N"),
          row(UseCase.CREATE_TENANT, "features.mfa", null, MfaMode.OFF, "N Y Y Y N"),
          row(UseCase.CREATE_TENANT, "driftPolicy", null, DriftPolicy.REPAIR, "N Y Y Y N"),
          // Identifying fields are refused by the use case as invalid input, not by the policy.
          row(UseCase.UPDATE_TENANT, "key", "acme", "other", "Y Y Y Y Y"),
          row(UseCase.UPDATE_TENANT, "displayName", "Acme", "Acme Inc.", "N Y Y Y Y"),
          row(UseCase.UPDATE_TENANT, "aliases", "a", "b", "N Y Y Y Y"),
          row(UseCase.UPDATE_TENANT, "adminContacts", "x", "y", "N Y Y Y Y"),
          row(UseCase.UPDATE_TENANT, "features.mfa", MfaMode.OFF, MfaMode.OPTIONAL, "N Y Y Y Y"),
          row(
              UseCase.UPDATE_TENANT,
              "features.mfa",
              MfaMode.OPTIONAL,
              MfaMode.REQUIRED,
              "N Y Y Y Y"),
          row(UseCase.UPDATE_TENANT, "features.mfa", MfaMode.OFF, MfaMode.REQUIRED, "N Y Y Y Y"),
          row(UseCase.UPDATE_TENANT, "features.mfa", MfaMode.REQUIRED, MfaMode.OFF, "N Y Y Y N"),
          row(
              UseCase.UPDATE_TENANT,
              "features.mfa",
              MfaMode.REQUIRED,
              MfaMode.OPTIONAL,
              "N Y Y Y N"),
          row(UseCase.UPDATE_TENANT, "features.mfa", MfaMode.OPTIONAL, MfaMode.OFF, "N Y Y Y N"),
          row(
              UseCase.UPDATE_TENANT,
              "driftPolicy",
              DriftPolicy.REPAIR,
              DriftPolicy.REPORT,
              "N Y Y Y N"),
          row(UseCase.CREATE_APPLICATION, "kind", null, "EFS", "N Y Y Y N"),
          row(UseCase.CREATE_APPLICATION, "baseUrls", null, "u", "N Y Y Y N"),
          row(UseCase.UPDATE_APPLICATION, "kind", "EFS", "DV", "Y Y Y Y Y"),
          row(UseCase.UPDATE_APPLICATION, "baseUrls", "u", "v", "N Y Y Y Y"));

  private static Object[] row(
      UseCase useCase, String field, Object before, Object after, String expected) {
    return new Object[] {useCase, field, before, after, expected};
  }

  @Test
  void everyRuleAndRole_decidesAsTheTableSays_andNamesTheRefusedField() {
    String[] callers = {"viewer", "support", "admin", "service", "customer"};
    List<String> mismatches = new ArrayList<>();
    for (Object[] row : TABLE) {
      UseCase useCase = (UseCase) row[0];
      String field = (String) row[1];
      String[] expected = ((String) row[4]).split(" ");
      for (int i = 0; i < callers.length; i++) {
        Optional<FieldViolation> refused =
            FieldPolicy.refusal(
                actor(callers[i]), useCase, List.of(new FieldChange(field, row[2], row[3])));
        boolean allowed = refused.isEmpty();
        if (allowed != expected[i].equals("Y")) {
          mismatches.add(useCase + " " + field + " " + row[2] + "→" + row[3] + " " + callers[i]);
        }
        refused.ifPresent(v -> assertThat(v.field()).isEqualTo(field));
      }
    }
    assertThat(mismatches).as("cells that differ from the table").isEmpty();
  }

  @Test
  void everyRuleOfThePolicy_hasARowInTheTable() {
    for (FieldPolicy.Rule rule : FieldPolicy.rules()) {
      assertThat(TABLE)
          .as(rule.useCase() + " " + rule.field())
          .anySatisfy(
              r -> {
                assertThat(r[0]).isEqualTo(rule.useCase());
                assertThat(r[1]).isEqualTo(rule.field());
              });
    }
  }

  @Test
  void theSystem_mayChangeAnything_andAFieldWithoutRule_isRefusedToEveryoneElse() {
    assertThat(
            FieldPolicy.refusal(
                Actor.system("job"),
                UseCase.UPDATE_TENANT,
                List.of(new FieldChange("driftPolicy", DriftPolicy.REPAIR, DriftPolicy.REPORT))))
        .isEmpty();
    for (String who : List.of("viewer", "support", "admin", "service", "customer")) {
      assertThat(
              FieldPolicy.refusal(
                  actor(who), UseCase.UPDATE_TENANT, List.of(new FieldChange("brandNew", 1, 2))))
          .get()
          .extracting(FieldViolation::field)
          .isEqualTo("brandNew");
    }
  }

  @Test
  void everyComponentOfTheTenantSpec_hasARule_forCreateAndUpdate() {
    List<String> fields = leaves("", TenantSpec.class);
    assertThat(fields).contains("key", "displayName", "aliases", "adminContacts", "driftPolicy");
    for (String field : fields) {
      assertThat(FieldPolicy.rule(UseCase.CREATE_TENANT, field)).as("create " + field).isPresent();
      assertThat(FieldPolicy.rule(UseCase.UPDATE_TENANT, field)).as("update " + field).isPresent();
    }
  }

  @Test
  void everyFieldOfTheApplicationCommand_hasARule_forCreateAndUpdate() {
    // tenant and id name the target, idempotencyKey is the request's; the rest are fields.
    List<String> fields = leaves("", SubmitApplicationCommand.class);
    fields.removeAll(List.of("tenant", "id", "idempotencyKey"));
    assertThat(fields).isNotEmpty();
    for (String field : fields) {
      assertThat(FieldPolicy.rule(UseCase.CREATE_APPLICATION, field))
          .as("create " + field)
          .isPresent();
      assertThat(FieldPolicy.rule(UseCase.UPDATE_APPLICATION, field))
          .as("update " + field)
          .isPresent();
    }
  }

  @Test
  void onlyMfa_isRaiseOnly_andNoCustomerRule_isLeftUnset() {
    assertThat(FieldPolicy.rules())
        .filteredOn(r -> r.customer() == Grant.RAISE_ONLY)
        .extracting(FieldPolicy.Rule::field)
        .containsExactly("features.mfa");
  }

  /** Leaf record components, nested records (the features) flattened as {@code features.mfa}. */
  private static List<String> leaves(String prefix, Class<?> type) {
    List<String> out = new ArrayList<>();
    for (RecordComponent c : type.getRecordComponents()) {
      String path = prefix + c.getName();
      if (c.getType().isRecord() && c.getType() == TenantFeatures.class) {
        out.addAll(leaves(path + ".", c.getType()));
      } else {
        out.add(DOOR_NAMES.getOrDefault(path, path));
      }
    }
    return out;
  }
}
