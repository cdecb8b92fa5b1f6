package io.oktaadapter.testing.dns;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.SocketException;
import java.util.Map;

/**
 * Quarkus test resource: the JVM's shared {@link LoopbackDnsServer} on a free loopback port, set as
 * the adapter's only DNS resolver ({@code okta-adapter.aliases.dns.resolvers}).
 */
public class LoopbackDnsTestResource implements QuarkusTestResourceLifecycleManager {

  private static LoopbackDnsServer shared;

  /** The JVM's server, started on first call. */
  public static synchronized LoopbackDnsServer shared() {
    if (shared == null) {
      try {
        shared = LoopbackDnsServer.start(0);
      } catch (SocketException e) {
        throw new IllegalStateException("loopback DNS server did not start", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "loopback-dns-stop"));
    }
    return shared;
  }

  @Override
  public Map<String, String> start() {
    return Map.of(
        "okta-adapter.aliases.dns.resolvers",
        shared().address(),
        "okta-adapter.aliases.dns.timeout",
        "2s");
  }

  @Override
  public void stop() {
    // Shared by every test application of this JVM; it stops when the JVM exits.
  }
}
