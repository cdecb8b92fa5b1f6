package io.oktaadapter.testing.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataRootTest {

  @TempDir Path dir;

  @Test
  void givenFolderMadeByTheLauncher_prepareClean_wipesIt() throws Exception {
    DataRoot root = new DataRoot(dir.resolve(".local"));
    root.prepare(false);
    Files.createDirectories(dir.resolve(".local/postgres"));
    Files.writeString(dir.resolve(".local/postgres/PG_VERSION"), "14");

    root.prepare(true);

    assertThat(dir.resolve(".local/postgres")).doesNotExist();
    assertThat(dir.resolve(".local").resolve(DataRoot.MARKER)).exists();
  }

  @Test
  void givenForeignFolder_prepareClean_refusesAndKeepsItsFiles() throws Exception {
    Files.writeString(dir.resolve("precious.txt"), "keep me");
    DataRoot root = new DataRoot(dir);

    assertThatThrownBy(() -> root.prepare(true)).isInstanceOf(IllegalStateException.class);
    assertThat(dir.resolve("precious.txt")).hasContent("keep me");
  }

  @Test
  void givenEmptyFolderWithoutMarker_prepareClean_adoptsIt() throws Exception {
    DataRoot root = new DataRoot(dir);

    root.prepare(true);

    assertThat(dir.resolve(DataRoot.MARKER)).exists();
  }

  @Test
  void givenEndpoints_writeEnvFile_writesKeyValueLines() throws Exception {
    DataRoot root = new DataRoot(dir);
    root.prepare(false);

    root.writeEnvFile(List.of(new LocalService.Endpoint("A_PORT", "1234", "a port")));

    assertThat(Files.readAllLines(root.envFile())).contains("A_PORT=1234");
    root.deleteEnvFile();
    assertThat(root.envFile()).doesNotExist();
  }
}
