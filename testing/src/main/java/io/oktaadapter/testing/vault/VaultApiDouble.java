package io.oktaadapter.testing.vault;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Test double of HashiCorp Vault's HTTP API, stateful and served over real HTTP by the JDK's {@link
 * HttpServer}: one KV version 2 engine, token, AppRole and Kubernetes authentication, {@code
 * sys/health}, ACL policies per token, and the seal. Status codes and bodies follow Vault's API
 * documentation: 403 {@code {"errors":["permission denied"]}} for a missing, unknown, expired or
 * unauthorised token, 503 {@code {"errors":["Vault is sealed"]}} while sealed, 404 {@code
 * {"errors":[]}} for a missing secret.
 */
public final class VaultApiDouble implements AutoCloseable {

  /** Lease of tokens issued by a login, in seconds. */
  static final long LOGIN_TTL_SECONDS = 3600;

  /** One request the double received: what tests assert on (no bodies, so no secrets). */
  public record Request(String method, String path, boolean tokenPresent, int status) {}

  private final Clock clock = Clock.systemUTC();
  private final KvV2Api kv;
  private final Map<String, VaultToken> tokens = new ConcurrentHashMap<>();
  private final Map<String, Login> appRoles = new ConcurrentHashMap<>();
  private final Map<String, Login> kubernetesRoles = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final String rootToken = "hvs." + UUID.randomUUID().toString().replace("-", "");
  private int lastPort;
  private volatile boolean sealed;
  private volatile Duration latency = Duration.ZERO;
  private HttpServer server;
  private ExecutorService executor;

  private record Login(String credential, VaultPolicy policy) {}

  private VaultApiDouble(int port, String mount) {
    this.lastPort = port;
    this.kv = new KvV2Api(mount, new KvV2Store(clock));
    issue(rootToken, List.of(VaultPolicy.root()), "auth/token/root", Duration.ZERO);
  }

  /** Starts a double on a free loopback port with a KV v2 engine mounted at {@code secret}. */
  public static VaultApiDouble start() {
    return start(0, "secret");
  }

  public static VaultApiDouble start(int port, String mount) {
    VaultApiDouble vault = new VaultApiDouble(port, mount);
    vault.online();
    return vault;
  }

  public String url() {
    return "http://127.0.0.1:" + lastPort;
  }

  public int port() {
    return lastPort;
  }

  /** A token with the {@code root} policy. */
  public String rootToken() {
    return rootToken;
  }

  /** Issues a token that carries the given policies and never expires. */
  public String createToken(VaultPolicy... policies) {
    String id = "hvs." + UUID.randomUUID().toString().replace("-", "");
    issue(id, List.of(policies), "auth/token/create", Duration.ZERO);
    return id;
  }

  /** Registers an AppRole whose login with this role and secret id gets a token with the policy. */
  public void addAppRole(String roleId, String secretId, VaultPolicy policy) {
    appRoles.put(roleId, new Login(secretId, policy));
  }

  /** Registers a Kubernetes auth role whose login with this service account JWT is accepted. */
  public void addKubernetesRole(String role, String jwt, VaultPolicy policy) {
    kubernetesRoles.put(role, new Login(jwt, policy));
  }

  /** Replaces the policies of an issued token, e.g. to take away the adapter's rights. */
  public void setPolicies(String token, VaultPolicy... policies) {
    VaultToken issued = tokens.get(token);
    if (issued == null) {
      throw new IllegalArgumentException("no such token");
    }
    issued.policies = List.of(policies);
  }

  public void seal() {
    sealed = true;
  }

  public void unseal() {
    sealed = false;
  }

  /** Delays every answer, to provoke client timeouts. */
  public void latency(Duration latency) {
    this.latency = latency;
  }

  /** Stops listening (connections are refused) but keeps all state. */
  public synchronized void offline() {
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
      server = null;
    }
  }

  /** Listens again, on the same port as before. */
  public synchronized void online() {
    if (server != null) {
      return;
    }
    try {
      // The first start binds the requested port (0: any free one); restarts reuse that port.
      server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), lastPort), 0);
      lastPort = server.getAddress().getPort();
      executor = Executors.newFixedThreadPool(4, r -> new Thread(r, "vault-double"));
      server.setExecutor(executor);
      server.createContext("/", this::serve);
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the Vault double", e);
    }
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  @Override
  public void close() {
    offline();
  }

  private void serve(HttpExchange exchange) throws IOException {
    VaultExchange ex = new VaultExchange(exchange);
    int[] status = {500};
    try {
      pause();
      status[0] = route(ex);
    } catch (KvV2Store.BadRequest e) {
      status[0] = 400;
      ex.errors(400, e.getMessage());
    } catch (RuntimeException e) {
      status[0] = 500;
      ex.errors(500, "internal error");
    } finally {
      requests.add(new Request(ex.method, ex.path, ex.token() != null, status[0]));
      exchange.close();
    }
  }

  private int route(VaultExchange ex) throws IOException {
    if (ex.path.equals("sys/health")) {
      return health(ex);
    }
    if (sealed) {
      ex.errors(503, "Vault is sealed");
      return 503;
    }
    if (ex.path.equals("auth/approle/login")) {
      return login(ex, appRoles, "role_id", "secret_id", "approle");
    }
    if (ex.path.equals("auth/kubernetes/login")) {
      return login(ex, kubernetesRoles, "role", "jwt", "kubernetes");
    }
    VaultToken token = ex.token() == null ? null : tokens.get(ex.token());
    if (token == null || token.expiredAt(clock.instant())) {
      ex.errors(403, "permission denied");
      return 403;
    }
    if (ex.path.equals("auth/token/lookup-self")) {
      ex.envelope(200, "data", lookup(token));
      return 200;
    }
    if (ex.path.equals("auth/token/renew-self")) {
      token.expireTime = token.ttl.isZero() ? null : clock.instant().plus(token.ttl);
      ex.envelope(200, "auth", auth(token));
      return 200;
    }
    if (!kv.handles(ex.path)) {
      ex.errors(404, "no handler for route \"" + ex.path + "\"");
      return 404;
    }
    if (!token.permits(ex.path, kv.capability(ex))) {
      ex.errors(403, "permission denied");
      return 403;
    }
    kv.handle(ex);
    return ex.statusSent();
  }

  private int health(VaultExchange ex) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("initialized", true);
    body.put("sealed", sealed);
    body.put("standby", false);
    body.put("performance_standby", false);
    body.put("replication_performance_mode", "disabled");
    body.put("replication_dr_mode", "disabled");
    body.put("server_time_utc", clock.instant().getEpochSecond());
    body.put("version", "1.15.6");
    body.put("cluster_name", "vault-double");
    body.put("cluster_id", "00000000-0000-0000-0000-000000000000");
    int status = sealed ? 503 : 200;
    if ("HEAD".equals(ex.method)) {
      ex.noContentWith(status);
    } else {
      ex.json(status, body);
    }
    return status;
  }

  private int login(
      VaultExchange ex, Map<String, Login> roles, String idField, String credField, String method)
      throws IOException {
    Map<String, Object> body = ex.body();
    Login login = roles.get(String.valueOf(body.get(idField)));
    if (login == null || !login.credential().equals(body.get(credField))) {
      String message = "approle".equals(method) ? "invalid role or secret ID" : "permission denied";
      int status = "approle".equals(method) ? 400 : 403;
      ex.errors(status, message);
      return status;
    }
    String id = "hvs." + UUID.randomUUID().toString().replace("-", "");
    VaultToken token =
        issue(
            id,
            List.of(VaultPolicy.named("default"), login.policy()),
            "auth/" + method + "/login",
            Duration.ofSeconds(LOGIN_TTL_SECONDS));
    ex.envelope(200, "auth", auth(token));
    return 200;
  }

  private VaultToken issue(String id, List<VaultPolicy> policies, String path, Duration ttl) {
    VaultToken token =
        new VaultToken(id, UUID.randomUUID().toString(), policies, path, clock.instant(), ttl);
    tokens.put(id, token);
    return token;
  }

  private Map<String, Object> auth(VaultToken token) {
    Map<String, Object> auth = new LinkedHashMap<>();
    auth.put("client_token", token.id);
    auth.put("accessor", token.accessor);
    auth.put("policies", token.policyNames());
    auth.put("token_policies", token.policyNames());
    auth.put("metadata", null);
    auth.put("lease_duration", remaining(token));
    auth.put("renewable", !token.ttl.isZero());
    auth.put("entity_id", "");
    auth.put("token_type", "service");
    auth.put("orphan", true);
    return auth;
  }

  private Map<String, Object> lookup(VaultToken token) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("accessor", token.accessor);
    data.put("creation_time", token.issueTime.getEpochSecond());
    data.put("creation_ttl", token.ttl.toSeconds());
    data.put("display_name", "token");
    data.put("entity_id", "");
    data.put("expire_time", token.expireTime == null ? null : token.expireTime.toString());
    data.put("explicit_max_ttl", 0);
    data.put("id", token.id);
    data.put("issue_time", token.issueTime.toString());
    data.put("meta", null);
    data.put("num_uses", 0);
    data.put("orphan", true);
    data.put("path", token.path);
    data.put("policies", token.policyNames());
    data.put("renewable", !token.ttl.isZero());
    data.put("ttl", remaining(token));
    data.put("type", "service");
    return data;
  }

  private long remaining(VaultToken token) {
    return token.expireTime == null
        ? 0
        : Math.max(0, Duration.between(clock.instant(), token.expireTime).toSeconds());
  }

  private void pause() {
    if (!latency.isZero()) {
      try {
        Thread.sleep(latency.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The paths of requests received so far, for tests that look for one. */
  public List<String> requestedPaths() {
    List<String> paths = new ArrayList<>();
    requests.forEach(r -> paths.add(r.method() + " " + r.path()));
    return paths;
  }
}
