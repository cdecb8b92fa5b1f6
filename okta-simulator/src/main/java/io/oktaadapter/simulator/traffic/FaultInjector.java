package io.oktaadapter.simulator.traffic;

import io.oktaadapter.simulator.Fault;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Simulator fault injection: counts calls per installed fault and picks the fault that fires. */
public final class FaultInjector {
  private final List<Armed> armed = new CopyOnWriteArrayList<>();

  public void add(Fault fault) {
    armed.add(new Armed(fault, new AtomicInteger()));
  }

  public void clear() {
    armed.clear();
  }

  public List<Fault> faults() {
    return armed.stream().map(Armed::fault).toList();
  }

  /** Counts this call against every matching fault; returns the first one whose turn it is. */
  public Optional<Fault> onCall(String method, String path) {
    Fault firing = null;
    for (Armed candidate : armed) {
      Fault fault = candidate.fault();
      if (!matches(fault.operation(), method, path)) {
        continue;
      }
      int call = candidate.calls().incrementAndGet();
      if (firing == null && call >= fault.nth() && call < fault.nth() + fault.times()) {
        firing = fault;
      }
    }
    return Optional.ofNullable(firing);
  }

  static boolean matches(String operation, String method, String path) {
    int space = operation.indexOf(' ');
    if (!operation.substring(0, space).equals(method)) {
      return false;
    }
    String[] expected = operation.substring(space + 1).split("/");
    String[] actual = path.split("/");
    if (expected.length != actual.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if (!expected[i].equals("*") && !expected[i].equals(actual[i])) {
        return false;
      }
    }
    return true;
  }

  private record Armed(Fault fault, AtomicInteger calls) {}
}
