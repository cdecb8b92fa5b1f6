package io.oktaadapter.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;

/** Values the tests take from the Kubernetes manifests in k8s/, so that both stay in step. */
final class Manifests {

  private Manifests() {}

  static JsonNode baseDeployment() {
    Path file = Podman.repositoryRoot().resolve("k8s/base/deployment.yaml");
    try {
      return new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
  }

  static int terminationGracePeriodSeconds() {
    JsonNode value = baseDeployment().at("/spec/template/spec/terminationGracePeriodSeconds");
    if (!value.canConvertToInt()) {
      throw new IllegalStateException(
          "k8s/base/deployment.yaml has no terminationGracePeriodSeconds");
    }
    return value.asInt();
  }
}
