package io.oktaadapter.testing.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Local-run data root ({@code .local} by default): created on first use with a marker file, so that
 * {@code --clean} only ever wipes a folder this launcher made.
 */
public final class DataRoot {

  static final String MARKER = ".okta-adapter-local";
  public static final String ENV_FILE = "local-infrastructure.env";

  private final Path root;

  public DataRoot(Path root) {
    this.root = root;
  }

  public Path envFile() {
    return root.resolve(ENV_FILE);
  }

  /** Creates the root (and its marker) if needed, wiping it first when {@code clean}. */
  public void prepare(boolean clean) throws IOException {
    if (clean && Files.exists(root)) {
      if (!Files.exists(root.resolve(MARKER)) && !isEmpty()) {
        throw new IllegalStateException(
            "refusing to wipe "
                + root
                + ": it has no "
                + MARKER
                + " marker, so bin/run did not make it");
      }
      try (Stream<Path> all = Files.walk(root)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(root);
    if (!Files.exists(root.resolve(MARKER))) {
      Files.writeString(
          root.resolve(MARKER), "Local-run data of the Okta Adapter; bin/run --clean wipes it.\n");
    }
  }

  private boolean isEmpty() throws IOException {
    try (Stream<Path> entries = Files.list(root)) {
      return entries.findAny().isEmpty();
    }
  }

  /** Writes the {@code KEY=value} file that scripts source once everything accepts connections. */
  public void writeEnvFile(List<LocalService.Endpoint> endpoints) throws IOException {
    StringBuilder text =
        new StringBuilder("# Written by LocalInfrastructure; deleted when it stops.\n");
    endpoints.forEach(e -> text.append(e.key()).append('=').append(e.value()).append('\n'));
    Path tmp = Files.createTempFile(root, ENV_FILE, ".tmp");
    Files.writeString(tmp, text);
    Files.move(tmp, envFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  public void deleteEnvFile() {
    try {
      Files.deleteIfExists(envFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
