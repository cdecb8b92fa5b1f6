package io.oktaadapter.testing.local;

import io.oktaadapter.testing.dns.LoopbackDnsServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Local-run service: a small authoritative DNS server on 127.0.0.1 (UDP), the adapter's resolver in
 * the dev profile, so that alias claims can be proven on a machine without a public zone. It
 * answers TXT queries from {@code <data>/dns/txt-records}, one {@code <name> <value>} per line,
 * read at every query: append a line and the next check sees it.
 */
public final class LocalDns implements LocalService {

  static final int DEFAULT_PORT = 5354;

  private LoopbackDnsServer server;

  @Override
  public String name() {
    return "dns";
  }

  @Override
  public List<Endpoint> start(LocalSettings settings) throws IOException {
    int port = settings.port("dns", DEFAULT_PORT);
    Path records = settings.dataDir("dns").resolve("txt-records");
    Files.createDirectories(records.getParent());
    if (!Files.exists(records)) {
      Files.writeString(
          records,
          "# <name> <value>, e.g. _okta-adapter-challenge.shop.acme-corp.com <token>\n",
          StandardCharsets.UTF_8);
    }
    server = LoopbackDnsServer.start(port, name -> read(records, name));
    return List.of(
        new Endpoint("OKTA_ADAPTER_LOCAL_DNS_PORT", String.valueOf(port), "DNS (UDP, TXT only)"),
        new Endpoint("OKTA_ADAPTER_LOCAL_DNS_RECORDS", records.toString(), "its TXT records"));
  }

  private static List<String> read(Path file, String name) {
    List<String> values = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
          continue;
        }
        String[] parts = text.split("\\s+", 2);
        String recordName = parts[0].toLowerCase(Locale.ROOT);
        recordName = recordName.endsWith(".") ? recordName : recordName + ".";
        if (parts.length == 2 && recordName.equals(name)) {
          values.add(parts[1].strip());
        }
      }
    } catch (IOException e) {
      return List.of();
    }
    return values;
  }

  @Override
  public void close() {
    if (server != null) {
      server.close();
      server = null;
    }
  }
}
