package io.oktaadapter.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A real Keycloak (the {@code org.keycloak:keycloak-quarkus-dist} zip from Maven Central, ADR 0015)
 * as a child process in development mode, with realm {@value #REALM} imported: realm roles {@code
 * viewer}, {@code support}, {@code admin} (also sent as a {@code groups} claim), users {@code
 * admin}, {@code support}, {@code viewer} and {@code customer-acme} (password = user name; the last
 * has the {@code tenant} claim {@code acme}), the public client {@value #CLI_CLIENT} with direct
 * access grants and the confidential PKCE client {@value #UI_CLIENT} for the web UI.
 *
 * <p>The zip is unpacked once below {@code home}; the realm is imported afresh at every start (the
 * development database is wiped), so the users are always the documented ones. Slow: 30–75 s on a
 * 2-core machine, so only the tests that need it and {@code bin/run} start one.
 */
public final class KeycloakServer implements AutoCloseable {

  public static final String REALM = "okta-adapter";
  public static final String CLI_CLIENT = "okta-adapter-dev";
  public static final String UI_CLIENT = "okta-adapter-ui";

  /** Development-only secret of {@value #UI_CLIENT}; the realm file holds the same. */
  public static final String UI_CLIENT_SECRET = "local-ui-secret-for-development-only";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final Process process;
  private final int port;
  private final Path log;
  private volatile Duration startup = Duration.ZERO;

  private KeycloakServer(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * Unpacks the distribution below {@code home} when needed, starts Keycloak on {@code port} (bound
   * to 127.0.0.1) and waits until the realm answers.
   *
   * @throws IllegalStateException when it does not come up within {@code timeout}; the message
   *     carries the end of Keycloak's log
   */
  public static KeycloakServer start(Path home, int port, Duration timeout) {
    long t0 = System.nanoTime();
    try {
      Path dist = unpack(home);
      Path data = dist.resolve("data");
      deleteTree(data.resolve("h2"));
      Files.createDirectories(data.resolve("import"));
      try (InputStream realm = resource("okta-adapter-realm.json")) {
        Files.copy(
            realm,
            data.resolve("import/" + REALM + "-realm.json"),
            StandardCopyOption.REPLACE_EXISTING);
      }
      Path log = home.resolve("keycloak.log");
      ProcessBuilder builder =
          new ProcessBuilder(
                  dist.resolve("bin/kc.sh").toString(),
                  "start-dev",
                  "--http-port=" + port,
                  "--http-host=127.0.0.1",
                  "--import-realm")
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
      builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
      builder.environment().putIfAbsent("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
      Process process = builder.start();
      KeycloakServer server = new KeycloakServer(process, port, log);
      server.awaitRealm(timeout, t0);
      server.startup = Duration.ofNanos(System.nanoTime() - t0);
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("Keycloak could not be prepared in " + home, e);
    }
  }

  private void awaitRealm(Duration timeout, long t0) {
    long deadline = t0 + timeout.toNanos();
    URI discovery = URI.create(realmUrl() + "/.well-known/openid-configuration");
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Keycloak ended with exit code " + process.exitValue() + ":\n" + logTail());
      }
      try {
        HttpResponse<Void> response =
            HTTP.send(
                HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(2)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        close();
        throw new IllegalStateException("interrupted while Keycloak was starting", e);
      }
      sleep(500);
    }
    close();
    throw new IllegalStateException(
        "Keycloak did not answer within " + timeout.toSeconds() + " s:\n" + logTail());
  }

  /** {@code http://localhost:<port>}. */
  public String baseUrl() {
    return "http://localhost:" + port;
  }

  /** The issuer, {@code http://localhost:<port>/realms/okta-adapter}. */
  public String realmUrl() {
    return baseUrl() + "/realms/" + REALM;
  }

  public int port() {
    return port;
  }

  /** From the call of {@link #start} until the realm answered. */
  public Duration startupTime() {
    return startup;
  }

  /**
   * An access token for a realm user through the password grant of {@value #CLI_CLIENT}: what the
   * README's {@code curl} line does.
   */
  public String passwordGrant(String user, String password) {
    String form =
        "grant_type=password&client_id="
            + CLI_CLIENT
            + "&username="
            + java.net.URLEncoder.encode(user, java.nio.charset.StandardCharsets.UTF_8)
            + "&password="
            + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8);
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(realmUrl() + "/protocol/openid-connect/token"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "token request for " + user + " answered " + response.statusCode());
      }
      var matcher =
          java.util.regex.Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"")
              .matcher(response.body());
      if (!matcher.find()) {
        throw new IllegalStateException("no access_token in the token response");
      }
      return matcher.group(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Stops Keycloak (SIGTERM, then SIGKILL after 20 s); safe to call twice. */
  @Override
  public void close() {
    if (!process.isAlive()) {
      return;
    }
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** The unpacked distribution below {@code home}, unpacking the Maven artifact when absent. */
  static Path unpack(Path home) throws IOException {
    Properties dist = new Properties();
    try (InputStream in = resource("keycloak-dist.properties")) {
      dist.load(in);
    }
    String version = dist.getProperty("version");
    Path zip = Path.of(System.getProperty("okta-adapter.keycloak.zip", dist.getProperty("zip")));
    Path target = home.resolve("keycloak-" + version);
    Path marker = target.resolve(".unpacked");
    if (Files.exists(marker)) {
      return target;
    }
    if (!Files.isRegularFile(zip)) {
      throw new IllegalStateException(
          "Keycloak distribution not found at "
              + zip
              + "; build the testing module first (it resolves"
              + " org.keycloak:keycloak-quarkus-dist:"
              + version
              + ":zip)");
    }
    deleteTree(target);
    Files.createDirectories(home);
    String prefix = "keycloak-" + version + "/";
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        String name = entry.getName();
        if (!name.startsWith(prefix) || name.contains("..")) {
          continue;
        }
        Path out = target.resolve(name.substring(prefix.length()));
        if (entry.isDirectory()) {
          Files.createDirectories(out);
        } else {
          Files.createDirectories(out.getParent());
          Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
          if (name.endsWith(".sh")) {
            out.toFile().setExecutable(true);
          }
        }
      }
    }
    Files.createFile(marker);
    return target;
  }

  private static InputStream resource(String name) {
    InputStream in = KeycloakServer.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing class path resource " + name);
    }
    return in;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
