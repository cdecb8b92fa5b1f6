package io.oktaadapter.application.port.out.aliases;

/**
 * Outbound port: the public suffix list (names under which anyone may register a domain: {@code
 * com}, {@code co.uk}, {@code github.io}). Kept up to date by a maintained library, never by hand.
 */
public interface PublicSuffixes {

  /** Whether {@code host} is itself a public suffix. */
  boolean isPublicSuffix(String host);

  /** Whether {@code host} lies under a public suffix, i.e. is a name someone can own. */
  boolean isUnderPublicSuffix(String host);
}
