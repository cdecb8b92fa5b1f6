package io.oktaadapter.adapters.out.dns;

import com.google.common.net.InternetDomainName;
import io.oktaadapter.application.port.out.aliases.PublicSuffixes;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * DNS adapter: the public suffix list as Guava ships it ({@link InternetDomainName}, both the ICANN
 * and the private sections), updated with the library.
 */
@ApplicationScoped
class GuavaPublicSuffixes implements PublicSuffixes {

  @Override
  public boolean isPublicSuffix(String host) {
    InternetDomainName name = parse(host);
    return name != null && name.isPublicSuffix();
  }

  @Override
  public boolean isUnderPublicSuffix(String host) {
    InternetDomainName name = parse(host);
    return name != null && name.isUnderPublicSuffix();
  }

  private static InternetDomainName parse(String host) {
    try {
      return InternetDomainName.from(host);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
