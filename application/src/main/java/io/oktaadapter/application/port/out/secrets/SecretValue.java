package io.oktaadapter.application.port.out.secrets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * Value object: a secret's value. It never shows itself in {@link #toString()}, so it can travel
 * through records, exceptions and log statements without leaking; only {@link #reveal()} hands it
 * out, and only to the code that must send it somewhere.
 */
public final class SecretValue {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final String value;

  private SecretValue(String value) {
    this.value = value;
  }

  public static SecretValue of(String value) {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("a secret value must not be empty");
    }
    return new SecretValue(value);
  }

  /** A new random secret of {@code bytes} random bytes, URL-safe Base64 encoded without padding. */
  public static SecretValue random(int bytes) {
    if (bytes < 16) {
      throw new IllegalArgumentException("a random secret needs at least 16 bytes, was " + bytes);
    }
    byte[] raw = new byte[bytes];
    RANDOM.nextBytes(raw);
    return new SecretValue(Base64.getUrlEncoder().withoutPadding().encodeToString(raw));
  }

  /** The plain value: call it only where the secret leaves the process (an HTTP header, Vault). */
  public String reveal() {
    return value;
  }

  /** Compares with a presented value in constant time, so timing does not hint at the secret. */
  public boolean matches(String presented) {
    if (presented == null) {
      return false;
    }
    return MessageDigest.isEqual(
        value.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SecretValue that && that.matches(value);
  }

  @Override
  public int hashCode() {
    // A constant: a hash derived from the value would be a (weak) hint at the value.
    return SecretValue.class.hashCode();
  }

  @Override
  public String toString() {
    return "SecretValue[redacted]";
  }
}
