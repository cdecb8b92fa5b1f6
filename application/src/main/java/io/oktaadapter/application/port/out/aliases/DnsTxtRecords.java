package io.oktaadapter.application.port.out.aliases;

import java.util.List;

/** Outbound port: TXT records of the public DNS, through the configured resolvers. */
public interface DnsTxtRecords {

  /**
   * The strings of the TXT records at {@code name} (each record's strings joined); empty when the
   * name has none or does not exist.
   *
   * @throws DnsLookupException when no resolver answered
   */
  List<String> txt(String name);

  /** No resolver answered (timeout, refused, unreachable): the check is tried again later. */
  final class DnsLookupException extends RuntimeException {
    public DnsLookupException(String message) {
      super(message);
    }
  }
}
