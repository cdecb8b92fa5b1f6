package io.oktaadapter.testing.vault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A fake Kubernetes service account token in a temporary file, as a pod would have it mounted. */
final class KubernetesJwt {

  static final String VALUE =
      "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzeXN0ZW06c2VydmljZWFjY291bnQifQ.c2ln";

  private KubernetesJwt() {}

  static String file() {
    try {
      Path file = Files.createTempFile("vault-double-sa-token", ".jwt");
      file.toFile().deleteOnExit();
      Files.writeString(file, VALUE);
      return file.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
