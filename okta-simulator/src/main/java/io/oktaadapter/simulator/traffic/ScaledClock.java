package io.oktaadapter.simulator.traffic;

/**
 * Simulator time: an epoch clock that runs {@code scale} times faster than real time from the
 * moment it was (re)anchored, so a rate-limit minute can last one real second at scale 60.
 */
public final class ScaledClock {
  private long anchorReal;
  private long anchorScaled;
  private double scale;

  public ScaledClock(double scale) {
    this.anchorReal = System.currentTimeMillis();
    this.anchorScaled = anchorReal;
    setScale(scale);
  }

  /** Current time in scaled epoch milliseconds. */
  public synchronized long nowMillis() {
    return anchorScaled + (long) ((System.currentTimeMillis() - anchorReal) * scale);
  }

  public synchronized double scale() {
    return scale;
  }

  /** Changes the speed from now on, keeping scaled time continuous. */
  public synchronized void setScale(double newScale) {
    if (!(newScale > 0)) {
      throw new IllegalArgumentException("time scale must be > 0");
    }
    long now = System.currentTimeMillis();
    anchorScaled = anchorScaled + (long) ((now - anchorReal) * scale);
    anchorReal = now;
    scale = newScale;
  }

  /** Real milliseconds that pass while the scaled clock advances by the given amount. */
  public synchronized long realMillisFor(long scaledMillis) {
    return (long) Math.ceil(scaledMillis / scale);
  }
}
