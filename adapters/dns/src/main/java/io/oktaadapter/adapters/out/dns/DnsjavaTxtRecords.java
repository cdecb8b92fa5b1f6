package io.oktaadapter.adapters.out.dns;

import io.oktaadapter.application.port.out.aliases.DnsTxtRecords;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Lookup;
import org.xbill.DNS.Name;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * DNS adapter: TXT lookups with dnsjava through the configured resolvers (or the system's), no
 * cache, so that a record just published is seen at the next check.
 */
@ApplicationScoped
class DnsjavaTxtRecords implements DnsTxtRecords {

  private final Resolver resolver;

  DnsjavaTxtRecords(DnsConfig config) {
    this.resolver = resolver(config);
  }

  private static Resolver resolver(DnsConfig config) {
    try {
      List<Resolver> resolvers = new ArrayList<>();
      for (String entry : config.resolvers().orElse(List.of())) {
        String spec = entry.strip();
        if (spec.isEmpty()) {
          continue;
        }
        int colon = spec.lastIndexOf(':');
        SimpleResolver r =
            colon > 0 && spec.indexOf(':') == colon
                ? new SimpleResolver(
                    new InetSocketAddress(
                        spec.substring(0, colon), Integer.parseInt(spec.substring(colon + 1))))
                : new SimpleResolver(spec);
        r.setTimeout(config.timeout());
        resolvers.add(r);
      }
      Resolver chosen =
          resolvers.isEmpty()
              ? new ExtendedResolver()
              : new ExtendedResolver(resolvers.toArray(Resolver[]::new));
      chosen.setTimeout(config.timeout());
      return chosen;
    } catch (java.net.UnknownHostException e) {
      throw new IllegalStateException("okta-adapter.aliases.dns.resolvers: " + e.getMessage(), e);
    }
  }

  @Override
  public List<String> txt(String name) {
    Lookup lookup;
    try {
      lookup = new Lookup(Name.fromString(name.endsWith(".") ? name : name + "."), Type.TXT);
    } catch (TextParseException e) {
      return List.of();
    }
    lookup.setResolver(resolver);
    lookup.setCache(null);
    var records = lookup.run();
    switch (lookup.getResult()) {
      case Lookup.SUCCESSFUL -> {
        List<String> out = new ArrayList<>();
        for (var record : records) {
          if (record instanceof TXTRecord txt) {
            out.add(String.join("", txt.getStrings()));
          }
        }
        return out;
      }
      case Lookup.HOST_NOT_FOUND, Lookup.TYPE_NOT_FOUND -> {
        return List.of();
      }
      default -> throw new DnsLookupException("TXT " + name + ": " + lookup.getErrorString());
    }
  }
}
