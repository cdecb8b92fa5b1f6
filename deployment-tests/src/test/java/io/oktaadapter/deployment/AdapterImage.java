package io.oktaadapter.deployment;

import java.time.Duration;
import org.junit.jupiter.api.Assumptions;

/**
 * The adapter's container image under test: {@code -Dokta-adapter.image=REF} names one that was
 * built already; otherwise {@code bin/build-image --no-package} builds it from the application that
 * this build just packaged. Without podman the container tests are skipped on a developer's
 * machine, and fail in CI ({@code CI=true}), where {@code .ci/run} prepares podman.
 */
final class AdapterImage {

  private static String reference;
  private static Podman podman;

  private AdapterImage() {}

  static synchronized Podman podman() {
    requireContainers();
    if (podman == null) {
      podman = Podman.configured();
    }
    return podman;
  }

  static synchronized String reference() {
    Podman p = podman();
    if (reference == null) {
      String given = System.getProperty("okta-adapter.image", "").strip();
      if (!given.isEmpty()) {
        p.run(Duration.ofSeconds(30), "image", "exists", given).orFail("image " + given);
        reference = given;
      } else {
        Podman.Result built =
            p.script(Duration.ofMinutes(15), "bin/build-image", "--no-package")
                .orFail("bin/build-image --no-package");
        String[] lines = built.out().strip().split("\n");
        reference = lines[lines.length - 1].strip();
      }
    }
    return reference;
  }

  static void requireContainers() {
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    boolean imageGiven = !System.getProperty("okta-adapter.image", "").isBlank();
    if (!ci && !imageGiven) {
      Assumptions.assumeTrue(
          Podman.installed(),
          "podman is not installed (bin/build-image installs it; CI=true makes this a failure)");
    }
  }
}
