package io.oktaadapter.adapters.out.vault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The local secret store's file, encrypted with AES-256-GCM through the JDK: a magic header, a
 * fresh 12-byte nonce per write, and the ciphertext with its 128-bit tag. The plaintext never
 * touches the disk; writes replace the file atomically.
 */
final class EncryptedFile {

  static final String KEY_FILE = "secrets.key";
  static final String STORE_FILE = "secrets.enc";
  private static final byte[] MAGIC = "OKTA-ADAPTER-SECRETS-1".getBytes(StandardCharsets.US_ASCII);
  private static final int NONCE_BYTES = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path file;
  private final SecretKey key;

  private EncryptedFile(Path file, SecretKey key) {
    this.file = file;
    this.key = key;
  }

  /**
   * Opens the store in {@code directory}, with the given Base64 key or, without one, the key kept
   * in (or first generated into) {@value #KEY_FILE} there.
   */
  static EncryptedFile open(Path directory, Optional<String> base64Key) {
    try {
      Files.createDirectories(directory);
      byte[] key =
          base64Key.isPresent()
              ? Base64.getDecoder().decode(base64Key.get().trim())
              : keyFromFile(directory.resolve(KEY_FILE));
      if (key.length != 32) {
        throw new IllegalArgumentException("the local secrets key must be 256 bits (32 bytes)");
      }
      return new EncryptedFile(directory.resolve(STORE_FILE), new SecretKeySpec(key, "AES"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the local secret store", e);
    }
  }

  LocalVault load() {
    try {
      if (!Files.exists(file)) {
        return LocalVault.empty();
      }
      ByteBuffer content = ByteBuffer.wrap(Files.readAllBytes(file));
      byte[] magic = new byte[MAGIC.length];
      content.get(magic);
      if (!Arrays.equals(magic, MAGIC)) {
        throw new IllegalStateException("not a local secret store file: " + file);
      }
      byte[] nonce = new byte[NONCE_BYTES];
      content.get(nonce);
      byte[] sealed = new byte[content.remaining()];
      content.get(sealed);
      return LocalVault.decode(cipher(Cipher.DECRYPT_MODE, nonce).doFinal(sealed));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the local secret store", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("local secret store cannot be decrypted with this key", e);
    }
  }

  void save(LocalVault vault) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      RANDOM.nextBytes(nonce);
      byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce).doFinal(vault.encode());
      Path temp = Files.createTempFile(file.getParent(), STORE_FILE, ".tmp");
      restrict(temp);
      Files.write(
          temp,
          ByteBuffer.allocate(MAGIC.length + NONCE_BYTES + sealed.length)
              .put(MAGIC)
              .put(nonce)
              .put(sealed)
              .array());
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the local secret store", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot encrypt the local secret store", e);
    }
  }

  Path path() {
    return file;
  }

  private Cipher cipher(int mode, byte[] nonce) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, key, new GCMParameterSpec(128, nonce));
    // The header is authenticated too, so a file of another format cannot pass as this one.
    cipher.updateAAD(MAGIC);
    return cipher;
  }

  private static byte[] keyFromFile(Path keyFile) throws IOException {
    if (!Files.exists(keyFile)) {
      byte[] key = new byte[32];
      RANDOM.nextBytes(key);
      Path temp = Files.createTempFile(keyFile.getParent(), KEY_FILE, ".tmp");
      restrict(temp);
      Files.writeString(temp, Base64.getEncoder().encodeToString(key));
      Files.move(temp, keyFile, StandardCopyOption.ATOMIC_MOVE);
    }
    return Base64.getDecoder().decode(Files.readString(keyFile).trim());
  }

  private static void restrict(Path path) throws IOException {
    if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
    }
  }
}
