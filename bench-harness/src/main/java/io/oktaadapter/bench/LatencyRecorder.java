package io.oktaadapter.bench;

import java.util.Arrays;

/**
 * Benchmark helper: collects latencies (microseconds) from many threads and reports percentiles.
 */
final class LatencyRecorder {

  private long[] values = new long[1 << 16];
  private int size;

  synchronized void record(long micros) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = micros;
  }

  synchronized int count() {
    return size;
  }

  /** The p-th percentile (0-100) in milliseconds, or NaN when nothing was recorded. */
  synchronized double percentileMillis(double p) {
    if (size == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * size) - 1;
    return sorted[Math.max(0, Math.min(size - 1, index))] / 1000.0;
  }

  synchronized double maxMillis() {
    return size == 0 ? Double.NaN : Arrays.stream(values, 0, size).max().getAsLong() / 1000.0;
  }
}
