package io.oktaadapter.deployment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs podman the way {@code bin/build-image} configures it on this kind of host (runc, ulimits
 * within the host's hard limits: the containers.conf that the script writes).
 */
final class Podman {

  record Result(int exitCode, String out, String err) {
    Result orFail(String what) {
      if (exitCode != 0) {
        throw new IllegalStateException(what + " failed (exit " + exitCode + "): " + err + out);
      }
      return this;
    }
  }

  private final Path repositoryRoot;
  private final String containersConf;

  private Podman(Path repositoryRoot, String containersConf) {
    this.repositoryRoot = repositoryRoot;
    this.containersConf = containersConf;
  }

  static Path repositoryRoot() {
    String root = System.getProperty("okta-adapter.repository-root");
    Path path = root == null ? Path.of("..").toAbsolutePath().normalize() : Path.of(root);
    if (!Files.isRegularFile(path.resolve("bin/build-image"))) {
      throw new IllegalStateException("not the repository root: " + path);
    }
    return path;
  }

  static boolean installed() {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
      if (Files.isExecutable(Path.of(dir, "podman"))) {
        return true;
      }
    }
    return false;
  }

  /** podman configured by bin/build-image (which installs it first when missing). */
  static Podman configured() {
    Path root = repositoryRoot();
    Result conf =
        exec(root, null, Duration.ofMinutes(5), "bin/build-image", "--print-containers-conf")
            .orFail("bin/build-image --print-containers-conf");
    String[] lines = conf.out().strip().split("\n");
    return new Podman(root, lines[lines.length - 1].strip());
  }

  Path root() {
    return repositoryRoot;
  }

  Result run(Duration timeout, String... args) {
    List<String> command = new ArrayList<>();
    command.add("podman");
    command.addAll(List.of(args));
    return exec(repositoryRoot, containersConf, timeout, command.toArray(String[]::new));
  }

  Result script(Duration timeout, String... command) {
    return exec(repositoryRoot, containersConf, timeout, command);
  }

  static Result exec(Path dir, String containersConf, Duration timeout, String... command) {
    try {
      Path out = Files.createTempFile("podman-out", ".txt");
      Path err = Files.createTempFile("podman-err", ".txt");
      try {
        ProcessBuilder builder =
            new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        if (containersConf != null) {
          builder.environment().put("CONTAINERS_CONF", containersConf);
        }
        Process process = builder.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
          process.destroyForcibly();
          throw new IllegalStateException(String.join(" ", command) + " took over " + timeout);
        }
        return new Result(
            process.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + String.join(" ", command), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
