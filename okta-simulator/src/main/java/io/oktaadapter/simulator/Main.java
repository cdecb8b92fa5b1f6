package io.oktaadapter.simulator;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/** Simulator launcher: runs a standalone Okta simulator until the process is stopped. */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    SimulatorBuilder builder = OktaSimulator.builder().port(8090);
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--port" -> builder.port(Integer.parseInt(require(args[i], value)));
        case "--host" -> builder.host(require(args[i], value));
        case "--token" -> builder.token(require(args[i], value));
        case "--tier" -> builder.tier(RateLimitTier.valueOf(require(args[i], value)));
        case "--time-scale" -> builder.timeScale(Double.parseDouble(require(args[i], value)));
        case "--latency-ms" ->
            builder.latency(Duration.ofMillis(Long.parseLong(require(args[i], value))));
        case "--help" -> {
          usage();
          return;
        }
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
      i++;
    }
    OktaSimulator simulator = builder.start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  simulator.close();
                  stopped.countDown();
                }));
    System.out.println("Okta simulator listening on " + simulator.baseUrl());
    System.out.println("API token: Authorization: SSWS " + simulator.token());
    System.out.println("Admin API: " + simulator.baseUrl() + "/__simulator/config");
    stopped.await();
  }

  private static String require(String option, String value) {
    if (value == null) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
  }

  private static void usage() {
    System.out.println(
        "Usage: java -jar okta-simulator.jar [--port 8090] [--host 127.0.0.1]"
            + " [--token local-okta-token] [--tier INTEGRATOR_FREE|ONE_APP|ENTERPRISE|WORKFORCE]"
            + " [--time-scale 1] [--latency-ms 0]");
  }
}
