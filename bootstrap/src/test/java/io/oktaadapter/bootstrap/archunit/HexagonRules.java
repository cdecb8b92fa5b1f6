package io.oktaadapter.bootstrap.archunit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * Architecture rules of the hexagon (ADR 0002), defined for a root package so that they can be
 * applied both to the product and to fixtures that deliberately break them.
 */
final class HexagonRules {

  private HexagonRules() {}

  /** The domain uses only the JDK and itself. */
  static ArchRule domainIsPlainJava(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".domain..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", root + ".domain..")
        .as("the domain depends only on java.* and itself");
  }

  /** The application layer uses only the JDK, the domain and itself. */
  static ArchRule applicationUsesOnlyDomain(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".application..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", root + ".domain..", root + ".application..")
        .as("the application layer depends only on java.*, the domain and itself");
  }

  /** Ports never know the services that implement the inbound ones. */
  static ArchRule portsDoNotDependOnServices(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + ".application.port..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(root + ".application.service..")
        .as("ports do not depend on services");
  }

  /** Adapters talk to ports only, never to the services behind them. */
  static ArchRule adaptersUsePortsNotServices(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + ".adapters..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(root + ".application.service..")
        .as("adapters depend on ports, not on application services");
  }

  /** Each adapter is a leaf: no adapter uses another. */
  static ArchRule adaptersAreIndependent(String root) {
    return slices()
        .matching(root + ".adapters.(*).(*)..")
        .should()
        .notDependOnEachOther()
        .as("adapters do not depend on each other");
  }

  /** Bootstrap wires everything; nothing knows bootstrap. */
  static ArchRule nothingDependsOnBootstrap(String root) {
    return noClasses()
        .that()
        .resideOutsideOfPackage(root + ".bootstrap..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(root + ".bootstrap..")
        .as("nothing depends on bootstrap");
  }
}
