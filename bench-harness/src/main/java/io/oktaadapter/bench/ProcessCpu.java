package io.oktaadapter.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time (user + system) of processes, from Linux's {@code /proc}. Unlike wall time it hardly
 * depends on what else runs on the machine, so figures per delivery stay comparable between a quiet
 * and a loaded machine.
 */
final class ProcessCpu {

  private static final double MILLIS_PER_TICK = 1000.0 / 100; // USER_HZ is 100 on Linux

  private final long appPid;
  private final long postgresPid;
  private final long brokerPid;

  ProcessCpu(long appPid, long postgresPid) {
    this(appPid, postgresPid, 0);
  }

  /**
   * @param brokerPid the JVM that runs the Kafka broker in-process (LocalInfrastructure); its own
   *     threads only, not its child processes such as PostgreSQL
   */
  ProcessCpu(long appPid, long postgresPid, long brokerPid) {
    this.appPid = appPid;
    this.postgresPid = postgresPid;
    this.brokerPid = brokerPid;
  }

  /** CPU time used so far by every process that takes part in a benchmark phase. */
  Split split() {
    long[] broker = brokerPid > 0 ? fields(brokerPid) : null;
    long[] self = fields(ProcessHandle.current().pid());
    return new Split(
        appMillis(),
        postgresMillis(),
        broker == null ? 0 : (broker[0] + broker[1]) * MILLIS_PER_TICK,
        self == null ? 0 : (self[0] + self[1]) * MILLIS_PER_TICK,
        self == null ? 0 : (self[2] + self[3]) * MILLIS_PER_TICK);
  }

  /**
   * CPU milliseconds, user + system, used so far.
   *
   * @param app the application
   * @param postgres the PostgreSQL server and its processes
   * @param broker the Kafka broker's JVM
   * @param harness this load generator's own JVM (the ceiling's JDBC client, the Kafka reader)
   * @param generators this JVM's finished child processes (wrk, once it exited)
   */
  record Split(double app, double postgres, double broker, double harness, double generators) {

    Split minus(Split start) {
      return new Split(
          app - start.app,
          postgres - start.postgres,
          broker - start.broker,
          harness - start.harness,
          generators - start.generators);
    }

    double total() {
      return app + postgres + broker + harness + generators;
    }
  }

  boolean available() {
    return appPid > 0 && Files.isReadable(stat(appPid));
  }

  /** CPU milliseconds the application process has used so far. */
  double appMillis() {
    long[] f = fields(appPid);
    return f == null ? 0 : (f[0] + f[1]) * MILLIS_PER_TICK;
  }

  /**
   * CPU milliseconds used so far by the PostgreSQL server: the postmaster, its live children
   * (backends, WAL writer, checkpointer) and its finished children.
   */
  double postgresMillis() {
    if (postgresPid <= 0) {
      return 0;
    }
    long[] own = fields(postgresPid);
    if (own == null) {
      return 0;
    }
    long ticks = own[0] + own[1] + own[2] + own[3];
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      for (Path p : (Iterable<Path>) procs::iterator) {
        String name = p.getFileName().toString();
        if (!name.chars().allMatch(Character::isDigit)) {
          continue;
        }
        long[] f = fields(Long.parseLong(name));
        if (f != null && f[4] == postgresPid) {
          ticks += f[0] + f[1];
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return ticks * MILLIS_PER_TICK;
  }

  /** utime, stime, cutime, cstime, ppid; null when the process is gone. */
  private static long[] fields(long pid) {
    try {
      String s = Files.readString(stat(pid));
      // The command name may hold spaces: fields are counted after its closing parenthesis.
      String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
      return new long[] {
        Long.parseLong(f[11]),
        Long.parseLong(f[12]),
        Long.parseLong(f[13]),
        Long.parseLong(f[14]),
        Long.parseLong(f[1])
      };
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static Path stat(long pid) {
    return Path.of("/proc", Long.toString(pid), "stat");
  }
}
