package io.oktaadapter.domain.okta;

import io.oktaadapter.domain.InvalidFieldException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Value object: SHA-256 of the canonical form of a resource's desired state. When the desired
 * state's fingerprint differs from the recorded one, the resource needs an update.
 */
public record Fingerprint(String hex) {

  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  public Fingerprint {
    if (hex == null || !HEX.matcher(hex).matches()) {
      throw InvalidFieldException.ofValue("must be 64 lowercase hexadecimal digits (SHA-256)");
    }
  }

  /** Fingerprint of a canonical text form (the caller makes it canonical: sorted, trimmed). */
  public static Fingerprint of(String canonicalDesiredState) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest(canonicalDesiredState.getBytes(StandardCharsets.UTF_8));
      return new Fingerprint(HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return hex;
  }
}
