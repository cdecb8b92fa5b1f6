package io.oktaadapter.adapters.out.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedFileTest {

  @TempDir Path dir;

  private static LocalVault vaultWith(String value) {
    LocalVault vault = LocalVault.empty();
    vault.append("hooks/event/current", value, Instant.now());
    return vault;
  }

  @Test
  void givenSavedSecret_file_neverHoldsThePlaintext() throws Exception {
    EncryptedFile file = EncryptedFile.open(dir, Optional.empty());

    file.save(vaultWith("plaintext-hook-secret"));

    String onDisk = new String(Files.readAllBytes(file.path()), StandardCharsets.ISO_8859_1);
    assertThat(onDisk).doesNotContain("plaintext-hook-secret").doesNotContain("hooks/event");
    assertThat(file.load().entries().get("hooks/event/current").versions().get(1).value())
        .isEqualTo("plaintext-hook-secret");
  }

  @Test
  void givenNoKeyConfigured_open_generatesAKeyFileReadableOnlyByTheOwner() throws Exception {
    EncryptedFile.open(dir, Optional.empty());

    Path key = dir.resolve(EncryptedFile.KEY_FILE);
    assertThat(Base64.getDecoder().decode(Files.readString(key).trim())).hasSize(32);
    assertThat(Files.getPosixFilePermissions(key))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
  }

  @Test
  void givenOtherKey_load_failsInsteadOfReturningGarbage() {
    EncryptedFile.open(dir, Optional.empty()).save(vaultWith("s3cret"));
    String otherKey = Base64.getEncoder().encodeToString(new byte[32]);

    assertThatThrownBy(() -> EncryptedFile.open(dir, Optional.of(otherKey)).load())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageNotContaining("s3cret");
  }
}
