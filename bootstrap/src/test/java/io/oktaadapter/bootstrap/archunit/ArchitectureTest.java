package io.oktaadapter.bootstrap.archunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Enforces the module design of ADR 0002 on the product's classes, and proves each rule bites by
 * running it against fixtures that break it.
 */
class ArchitectureTest {

  private static final String ROOT = "io.oktaadapter";
  private static final String FIXTURES = "io.oktaadapter.archfixture";

  private static JavaClasses product;
  private static JavaClasses fixtures;

  @BeforeAll
  static void importClasses() {
    product =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // Other modules arrive as jars (or target/classes); their test-jars are not product.
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages(ROOT);
    // The fixtures are test classes of this module; the product import above excludes them.
    fixtures = new ClassFileImporter().importPackages(FIXTURES);
  }

  @Test
  void givenProductImport_classesOfEveryLayer_arePresent() {
    assertThat(product.stream().map(c -> c.getPackageName()))
        .anyMatch(p -> p.startsWith(ROOT + ".domain"))
        .anyMatch(p -> p.startsWith(ROOT + ".application.service"))
        .anyMatch(p -> p.startsWith(ROOT + ".adapters.out.persistence"))
        .anyMatch(p -> p.startsWith(ROOT + ".adapters.out.kafka"))
        .anyMatch(p -> p.startsWith(ROOT + ".adapters.in.rest"))
        .anyMatch(p -> p.startsWith(ROOT + ".bootstrap"))
        .noneMatch(p -> p.startsWith(FIXTURES));
  }

  @Test
  void givenProduct_domain_dependsOnlyOnJavaAndItself() {
    HexagonRules.domainIsPlainJava(ROOT).check(product);
  }

  @Test
  void givenProduct_application_dependsOnlyOnDomain() {
    HexagonRules.applicationUsesOnlyDomain(ROOT).check(product);
  }

  @Test
  void givenProduct_ports_doNotDependOnServices() {
    HexagonRules.portsDoNotDependOnServices(ROOT).check(product);
  }

  @Test
  void givenProduct_adapters_useOnlyPorts() {
    HexagonRules.adaptersUsePortsNotServices(ROOT).check(product);
  }

  @Test
  void givenProduct_adapters_areIndependent() {
    HexagonRules.adaptersAreIndependent(ROOT).check(product);
  }

  @Test
  void givenProduct_nothing_dependsOnBootstrap() {
    HexagonRules.nothingDependsOnBootstrap(ROOT).check(product);
  }

  @Test
  void givenDomainClassUsingAFramework_domainRule_fails() {
    assertThatThrownBy(() -> HexagonRules.domainIsPlainJava(FIXTURES).check(fixtures))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("jakarta.inject.Inject");
  }

  @Test
  void givenApplicationClassUsingAnAdapter_applicationRule_fails() {
    assertThatThrownBy(() -> HexagonRules.applicationUsesOnlyDomain(FIXTURES).check(fixtures))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("LeakyService");
  }

  @Test
  void givenPortUsingAService_portRule_fails() {
    assertThatThrownBy(() -> HexagonRules.portsDoNotDependOnServices(FIXTURES).check(fixtures))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("LeakyPort");
  }

  @Test
  void givenAdapterUsingAService_adapterRule_fails() {
    assertThatThrownBy(() -> HexagonRules.adaptersUsePortsNotServices(FIXTURES).check(fixtures))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("KafkaThing");
  }

  @Test
  void givenAdapterUsingAnotherAdapter_independenceRule_fails() {
    assertThatThrownBy(() -> HexagonRules.adaptersAreIndependent(FIXTURES).check(fixtures))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("JpaThing");
  }

  @Test
  void givenAdapterUsingBootstrap_bootstrapRule_fails() {
    assertThatThrownBy(() -> HexagonRules.nothingDependsOnBootstrap(FIXTURES).check(fixtures))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Wiring");
  }
}
