package io.oktaadapter.testing.local;

import io.oktaadapter.testing.FreePorts;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Local-run configuration: the data root and every port, read from {@code --name=value} options
 * first and {@code OKTA_ADAPTER_LOCAL_*} environment variables second.
 *
 * <p>The environment names match the dev profile's {@code okta-adapter.local.*} keys in {@code
 * bootstrap/src/main/resources/application.properties}, so one exported variable moves both the
 * launcher and the adapter in dev mode.
 */
public final class LocalSettings {

  static final String ENV_PREFIX = "OKTA_ADAPTER_LOCAL_";

  private final Map<String, String> options;
  private final Map<String, String> env;
  private final Map<String, Integer> resolvedPorts = new HashMap<>();

  private LocalSettings(Map<String, String> options, Map<String, String> env) {
    this.options = options;
    this.env = env;
  }

  /** Parses {@code --clean}, {@code --data-dir=PATH}, {@code --<service>-port=N} and so on. */
  public static LocalSettings parse(List<String> args, Map<String, String> env) {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException(
            "unexpected argument '" + arg + "'; options are --name=value");
      }
      int eq = arg.indexOf('=');
      options.put(
          eq < 0 ? arg.substring(2) : arg.substring(2, eq),
          eq < 0 ? "true" : arg.substring(eq + 1));
    }
    return new LocalSettings(options, Map.copyOf(env));
  }

  /** Whether {@code --clean} was given: wipe the data root before starting. */
  public boolean clean() {
    return Boolean.parseBoolean(options.getOrDefault("clean", "false"));
  }

  /**
   * Whether an opt-in service was asked for: {@code --<name>} or {@code
   * OKTA_ADAPTER_LOCAL_<NAME>=true}.
   */
  public boolean enabled(String name) {
    return Boolean.parseBoolean(
        value(name, name.toUpperCase(Locale.ROOT).replace('-', '_'), "false"));
  }

  /**
   * Whether an option was given ({@code --<name>}) or its port variable is set ({@code
   * OKTA_ADAPTER_LOCAL_<NAME>}).
   */
  public boolean has(String option) {
    return options.containsKey(option)
        || env.containsKey(ENV_PREFIX + option.toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  public boolean help() {
    return options.containsKey("help");
  }

  /** The data root ({@code --data-dir}, {@code OKTA_ADAPTER_LOCAL_DIR}, default {@code .local}). */
  public Path dataRoot() {
    return Path.of(value("data-dir", "DIR", ".local")).toAbsolutePath().normalize();
  }

  /** A service's own folder below the data root, kept between runs unless {@code --clean}. */
  public Path dataDir(String service) {
    return dataRoot().resolve(service);
  }

  /**
   * The port for {@code name} ({@code --<name>-port}, {@code OKTA_ADAPTER_LOCAL_<NAME>_PORT}), or
   * {@code defaultPort}; {@code 0} picks a free port, the same one on every call.
   */
  public synchronized int port(String name, int defaultPort) {
    return resolvedPorts.computeIfAbsent(name, n -> resolvePort(n, defaultPort));
  }

  private int resolvePort(String name, int defaultPort) {
    String raw =
        value(name + "-port", name.toUpperCase(Locale.ROOT).replace('-', '_') + "_PORT", null);
    int port;
    try {
      port = raw == null ? defaultPort : Integer.parseInt(raw.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " port must be a number, was '" + raw + "'");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException(name + " port must be 0..65535, was " + port);
    }
    return port == 0 ? FreePorts.next() : port;
  }

  /**
   * A process id to watch ({@code --watch-pid}): when it ends, the launcher stops too, so that a
   * killed parent script cannot leave the infrastructure behind. {@code 0} means none.
   */
  public long watchPid() {
    return Long.parseLong(options.getOrDefault("watch-pid", "0"));
  }

  private String value(String option, String envSuffix, String defaultValue) {
    String fromOption = options.get(option);
    if (fromOption != null) {
      return fromOption;
    }
    String fromEnv = env.get(ENV_PREFIX + envSuffix);
    return fromEnv == null || fromEnv.isBlank() ? defaultValue : fromEnv;
  }
}
