package io.oktaadapter.simulator;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/** Simulator launcher: runs a standalone Okta simulator until the process is stopped. */
public final class Main {
  private static final String USAGE =
      "Usage: java -jar okta-simulator.jar [--port 8090] [--host 127.0.0.1]"
          + " [--token local-okta-token] [--tier INTEGRATOR_FREE|ONE_APP|ENTERPRISE|WORKFORCE]"
          + " [--time-scale 1] [--latency-ms 0]";

  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    if (args.length > 0 && args[0].equals("--help")) {
      System.out.println(USAGE);
      return;
    }
    OktaSimulator simulator = parse(args).start();
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

  /** Reads the command-line options into a builder (default port 8090). */
  static SimulatorBuilder parse(String[] args) {
    SimulatorBuilder builder = OktaSimulator.builder().port(8090);
    for (int i = 0; i < args.length; i += 2) {
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(args[i] + " needs a value. " + USAGE);
      }
      String value = args[i + 1];
      switch (args[i]) {
        case "--port" -> builder.port(Integer.parseInt(value));
        case "--host" -> builder.host(value);
        case "--token" -> builder.token(value);
        case "--tier" -> builder.tier(RateLimitTier.valueOf(value));
        case "--time-scale" -> builder.timeScale(Double.parseDouble(value));
        case "--latency-ms" -> builder.latency(Duration.ofMillis(Long.parseLong(value)));
        default -> throw new IllegalArgumentException("Unknown option " + args[i] + ". " + USAGE);
      }
    }
    return builder;
  }
}
