package io.oktaadapter.simulator.org;

import java.security.SecureRandom;

/** Simulator identifiers: 20-character Okta-style ids with a type prefix, and client secrets. */
public final class OktaIds {
  private static final String ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final SecureRandom RANDOM = new SecureRandom();

  private OktaIds() {}

  /** A new id such as {@code 00g1emaKYZTWRYYRRTSK} for prefix {@code 00g}. */
  public static String next(String prefix) {
    return prefix + random(20 - prefix.length());
  }

  public static String secret() {
    return random(40);
  }

  private static String random(int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return text.toString();
  }
}
