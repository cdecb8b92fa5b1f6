package io.oktaadapter.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The manifests in k8s/ as they would be applied: each overlay rendered by kustomize, every object
 * read into the Kubernetes API model (fabric8) and refused when it has a field the API does not
 * know; then what operators rely on: probes and metrics on the management port only, the
 * NetworkPolicy, resources, disruption budget, autoscaler, the pod's hardening and a grace period
 * that covers the drain.
 */
class KubernetesManifestsTest {

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  static List<HasMetadata> render(String overlay) {
    Path root = Podman.repositoryRoot();
    List<String> command = kustomize();
    command.add("k8s/overlays/" + overlay);
    Podman.Result result =
        Podman.exec(root, null, Duration.ofMinutes(2), command.toArray(String[]::new))
            .orFail(String.join(" ", command));
    return parse(result.out());
  }

  /** kustomize, or kubectl's built-in kustomize (both on the machines; CI has kubectl). */
  static List<String> kustomize() {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
      if (Files.isExecutable(Path.of(dir, "kustomize"))) {
        return new ArrayList<>(List.of("kustomize", "build"));
      }
    }
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
      if (Files.isExecutable(Path.of(dir, "kubectl"))) {
        return new ArrayList<>(List.of("kubectl", "kustomize"));
      }
    }
    throw new AssertionError("neither kustomize nor kubectl is installed");
  }

  static List<HasMetadata> parse(String yaml) {
    List<HasMetadata> objects = new ArrayList<>();
    for (String document : yaml.split("(?m)^---\\s*$")) {
      if (document.isBlank()) {
        continue;
      }
      Object parsed = SERIALIZATION.unmarshal(document);
      assertThat(parsed)
          .as("a Kubernetes API object of a known kind:\n" + document)
          .isInstanceOf(HasMetadata.class)
          .isNotInstanceOf(GenericKubernetesResource.class);
      HasMetadata object = (HasMetadata) parsed;
      List<String> unknown = new ArrayList<>();
      unknownFields(object, object.getKind() + "/" + object.getMetadata().getName(), unknown);
      assertThat(unknown).as("fields the Kubernetes API does not know").isEmpty();
      objects.add(object);
    }
    return objects;
  }

  /** Paths of fields that the model kept aside as "additional properties" (unknown to the API). */
  static void unknownFields(Object value, String path, List<String> unknown) {
    if (value == null) {
      return;
    }
    if (value instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        unknownFields(item, path + "[" + i++ + "]", unknown);
      }
      return;
    }
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> unknownFields(v, path + "." + k, unknown));
      return;
    }
    if (!value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
      return;
    }
    for (Method method : value.getClass().getMethods()) {
      if (method.getParameterCount() != 0
          || Modifier.isStatic(method.getModifiers())
          || !(method.getName().startsWith("get") || method.getName().startsWith("is"))
          || method.getDeclaringClass() == Object.class) {
        continue;
      }
      Object child;
      try {
        child = method.invoke(value);
      } catch (IllegalAccessException | InvocationTargetException e) {
        continue;
      }
      if (method.getName().equals("getAdditionalProperties")) {
        if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
          extra.keySet().forEach(k -> unknown.add(path + "." + k));
        }
      } else if (!(child instanceof String) && !method.getName().equals("getKind")) {
        String name = method.getName().replaceFirst("^(get|is)", "");
        unknownFields(child, path + "." + name, unknown);
      }
    }
  }

  private static <T extends HasMetadata> T one(List<HasMetadata> objects, Class<T> kind) {
    List<T> found = objects.stream().filter(kind::isInstance).map(kind::cast).toList();
    assertThat(found).as(kind.getSimpleName()).hasSize(1);
    return found.get(0);
  }

  @Test
  void givenAnUnknownField_validation_refusesIt() {
    String yaml =
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: typo
        spec:
          selector:
            matchLabels: {app: x}
          template:
            metadata:
              labels: {app: x}
            spec:
              containers:
                - name: x
                  image: x
                  readinessProbe:
                    httpGet: {path: /q/health/ready, port: 9000}
                  readynessProbe: {}
        """;
    List<String> unknown = new ArrayList<>();
    HasMetadata object = (HasMetadata) SERIALIZATION.unmarshal(yaml);
    unknownFields(object, "Deployment/typo", unknown);
    assertThat(unknown)
        .containsExactly("Deployment/typo.Spec.Template.Spec.Containers[0].readynessProbe");
  }

  @ParameterizedTest
  @ValueSource(strings = {"staging", "production"})
  void givenOverlay_rendered_everyObjectIsValidAndTheDeploymentIsHardened(String overlay)
      throws IOException {
    List<HasMetadata> objects = render(overlay);
    assertThat(objects)
        .extracting(HasMetadata::getKind)
        .contains(
            "Deployment",
            "Service",
            "Ingress",
            "PodDisruptionBudget",
            "HorizontalPodAutoscaler",
            "NetworkPolicy",
            "ConfigMap",
            "ServiceAccount");

    Deployment deployment = one(objects, Deployment.class);
    PodSpec pod = deployment.getSpec().getTemplate().getSpec();
    Container container = pod.getContainers().get(0);
    Map<String, Integer> ports = new java.util.HashMap<>();
    for (ContainerPort port : container.getPorts()) {
      ports.put(port.getName(), port.getContainerPort());
    }
    assertThat(ports).containsEntry("http", 8080).containsEntry("management", 9000);
    int managementPort =
        Integer.parseInt(
            applicationProperty("quarkus.management.port")
                .replaceAll("\\$\\{[A-Z_]+:(\\d+)}", "$1"));
    assertThat(ports.get("management")).isEqualTo(managementPort);

    // Probes and the scrape on the management port.
    for (Probe probe :
        List.of(
            container.getStartupProbe(),
            container.getReadinessProbe(),
            container.getLivenessProbe())) {
      assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("management");
    }
    assertThat(deployment.getSpec().getTemplate().getMetadata().getAnnotations())
        .containsEntry("prometheus.io/port", Integer.toString(managementPort));

    // Requests and limits.
    assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
    assertThat(container.getResources().getLimits()).containsKeys("cpu", "memory");

    // Hardening.
    assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
    assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
    assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
    assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");

    // The grace period covers the drain: preStop, the HTTP drain, the workers' stop (10 s).
    long preStop =
        Long.parseLong(container.getLifecycle().getPreStop().getExec().getCommand().get(1));
    long httpDrain =
        Duration.parse("PT" + applicationProperty("%prod.quarkus.shutdown.timeout").toUpperCase())
            .toSeconds();
    assertThat(pod.getTerminationGracePeriodSeconds())
        .isGreaterThanOrEqualTo(preStop + httpDrain + 10);

    // The Service and the Ingress expose the application port only.
    Service service = one(objects, Service.class);
    assertThat(service.getSpec().getPorts())
        .allSatisfy(p -> assertThat(p.getTargetPort().getStrVal()).isEqualTo("http"));
    Ingress ingress = one(objects, Ingress.class);
    ingress.getSpec().getRules().stream()
        .flatMap(r -> r.getHttp().getPaths().stream())
        .forEach(
            p -> {
              assertThat(p.getBackend().getService().getName())
                  .isEqualTo(service.getMetadata().getName());
              assertThat(p.getBackend().getService().getPort().getName()).isEqualTo("http");
            });

    // NetworkPolicy: http from the ingress controller only, management from Prometheus only.
    NetworkPolicy policy = one(objects, NetworkPolicy.class);
    assertThat(policy.getSpec().getPodSelector().getMatchLabels())
        .isEqualTo(deployment.getSpec().getSelector().getMatchLabels());
    assertThat(policy.getSpec().getPolicyTypes()).contains("Ingress");
    for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
      assertThat(rule.getPorts()).as("every rule names its port").isNotEmpty();
      assertThat(rule.getFrom()).as("every rule names its peers").isNotEmpty();
      String port = rule.getPorts().get(0).getPort().getStrVal();
      assertThat(rule.getPorts()).hasSize(1);
      String allowed = port.equals("http") ? "ingress-nginx" : "prometheus";
      assertThat(port).isIn("http", "management");
      for (NetworkPolicyPeer peer : rule.getFrom()) {
        assertThat(peer.getIpBlock()).isNull();
        assertThat(peer.getPodSelector().getMatchLabels())
            .containsEntry("app.kubernetes.io/name", allowed);
        assertThat(peer.getNamespaceSelector()).isNotNull();
      }
    }
    assertThat(policy.getSpec().getIngress())
        .extracting(r -> r.getPorts().get(0).getPort().getStrVal())
        .containsExactlyInAnyOrder("http", "management");

    // Disruption budget and autoscaler on the same pods / Deployment.
    PodDisruptionBudget pdb = one(objects, PodDisruptionBudget.class);
    assertThat(pdb.getSpec().getSelector().getMatchLabels())
        .isEqualTo(deployment.getSpec().getSelector().getMatchLabels());
    HorizontalPodAutoscaler hpa = one(objects, HorizontalPodAutoscaler.class);
    assertThat(hpa.getSpec().getScaleTargetRef().getName())
        .isEqualTo(deployment.getMetadata().getName());
    assertThat(hpa.getSpec().getMinReplicas())
        .isGreaterThan(pdb.getSpec().getMinAvailable().getIntVal());
  }

  @Test
  void givenBaseDeployment_graceTheContainerTestUses_isTheRenderedOne() {
    for (String overlay : List.of("staging", "production")) {
      Deployment deployment = one(render(overlay), Deployment.class);
      assertThat(deployment.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds())
          .isEqualTo(Manifests.terminationGracePeriodSeconds());
    }
  }

  static String applicationProperty(String key) throws IOException {
    Properties properties = new Properties();
    Path file =
        Podman.repositoryRoot().resolve("bootstrap/src/main/resources/application.properties");
    try (InputStream in = Files.newInputStream(file)) {
      properties.load(in);
    }
    String value = properties.getProperty(key);
    assertThat(value).as(key + " in application.properties").isNotNull();
    return value;
  }
}
