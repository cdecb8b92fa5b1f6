package io.oktaadapter.adapters.out.vault;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** The decrypted content of the local secret store: versioned secrets by path, and its encoding. */
final class LocalVault {

  static final int MAX_VERSIONS = 10;

  record Version(int number, Instant createdAt, String value) {}

  record Entry(TreeMap<Integer, Version> versions) {
    int current() {
      return versions.lastKey();
    }
  }

  private final Map<String, Entry> entries;

  private LocalVault(Map<String, Entry> entries) {
    this.entries = entries;
  }

  static LocalVault empty() {
    return new LocalVault(new TreeMap<>());
  }

  Map<String, Entry> entries() {
    return entries;
  }

  /** Adds a version to a path, dropping the oldest beyond {@value #MAX_VERSIONS}. */
  int append(String path, String value, Instant now) {
    Entry entry = entries.computeIfAbsent(path, p -> new Entry(new TreeMap<>()));
    int number = entry.versions().isEmpty() ? 1 : entry.current() + 1;
    entry.versions().put(number, new Version(number, now, value));
    while (entry.versions().size() > MAX_VERSIONS) {
      entry.versions().pollFirstEntry();
    }
    return number;
  }

  byte[] encode() {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(entries.size());
      for (Map.Entry<String, Entry> e : entries.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeInt(e.getValue().versions().size());
        for (Version v : e.getValue().versions().values()) {
          out.writeInt(v.number());
          out.writeLong(v.createdAt().getEpochSecond());
          out.writeInt(v.createdAt().getNano());
          out.writeUTF(v.value());
        }
      }
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static LocalVault decode(byte[] plain) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
      Map<String, Entry> entries = new TreeMap<>();
      int count = in.readInt();
      for (int i = 0; i < count; i++) {
        String path = in.readUTF();
        TreeMap<Integer, Version> versions = new TreeMap<>();
        int n = in.readInt();
        for (int j = 0; j < n; j++) {
          int number = in.readInt();
          Instant created = Instant.ofEpochSecond(in.readLong(), in.readInt());
          versions.put(number, new Version(number, created, in.readUTF()));
        }
        entries.put(path, new Entry(versions));
      }
      return new LocalVault(entries);
    } catch (IOException e) {
      throw new UncheckedIOException("local secret store is corrupt", e);
    }
  }
}
