package io.oktaadapter.adapters.out.persistence.inline;

import io.oktaadapter.application.port.out.inline.LegacyPasswordHash;
import io.oktaadapter.application.port.out.inline.PasswordHashes;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * Persistence adapter: checks legacy hashes. Encodings: {@code bcrypt} = the usual {@code $2a$}/
 * {@code $2b$}/{@code $2y$} string (Bouncy Castle); {@code pbkdf2-sha256} = {@code
 * iterations:base64(salt):base64(hash)} (PBKDF2WithHmacSHA256); {@code sha256-salted} = {@code
 * base64(salt):base64(sha256(salt || utf8(password)))}. Comparisons take constant time.
 */
@ApplicationScoped
class StandardPasswordHashes implements PasswordHashes {

  @Override
  public boolean matches(LegacyPasswordHash hash, char[] password) {
    try {
      return switch (hash.scheme()) {
        case "bcrypt" -> OpenBSDBCrypt.checkPassword(hash.encoded(), password);
        case "pbkdf2-sha256" -> pbkdf2(hash.encoded(), password);
        case "sha256-salted" -> saltedSha256(hash.encoded(), password);
        default -> false;
      };
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      // A malformed stored hash verifies nothing; the message could quote it, so it is not kept.
      return false;
    }
  }

  private static boolean pbkdf2(String encoded, char[] password) throws GeneralSecurityException {
    String[] parts = encoded.split(":");
    if (parts.length != 3) {
      return false;
    }
    int iterations = Integer.parseInt(parts[0]);
    byte[] salt = Base64.getDecoder().decode(parts[1]);
    byte[] expected = Base64.getDecoder().decode(parts[2]);
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, expected.length * 8);
    try {
      byte[] actual =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
      return MessageDigest.isEqual(expected, actual);
    } finally {
      spec.clearPassword();
    }
  }

  private static boolean saltedSha256(String encoded, char[] password)
      throws GeneralSecurityException {
    String[] parts = encoded.split(":");
    if (parts.length != 2) {
      return false;
    }
    byte[] salt = Base64.getDecoder().decode(parts[0]);
    byte[] expected = Base64.getDecoder().decode(parts[1]);
    ByteBuffer utf8 = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
    byte[] bytes = new byte[utf8.remaining()];
    utf8.get(bytes);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt);
      return MessageDigest.isEqual(expected, sha.digest(bytes));
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }
}
