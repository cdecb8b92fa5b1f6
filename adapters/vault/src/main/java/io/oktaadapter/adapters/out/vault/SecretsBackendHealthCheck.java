package io.oktaadapter.adapters.out.vault;

import io.quarkus.vault.client.VaultClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the secrets backend: DOWN while Vault is unreachable, sealed or refuses the
 * adapter's token. Liveness is not affected, so an outage never restarts the pod or fails startup.
 */
@Readiness
@ApplicationScoped
class SecretsBackendHealthCheck implements HealthCheck {

  static final String NAME = "secrets-backend";

  private final SecretsConfig config;
  private final Instance<VaultClient> vault;

  SecretsBackendHealthCheck(SecretsConfig config, Instance<VaultClient> vault) {
    this.config = config;
    this.vault = vault;
  }

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named(NAME).withData("backend", config.backend().name().toLowerCase());
    if (config.backend() == SecretsConfig.Backend.LOCAL) {
      return response.up().build();
    }
    long timeout = config.vault().healthTimeout().toMillis();
    try {
      int status =
          vault
              .get()
              .sys()
              .health()
              .statusCode()
              .toCompletableFuture()
              .get(timeout, TimeUnit.MILLISECONDS);
      if (status == 503) {
        return response.down().withData("reason", "Vault is sealed").build();
      }
      vault
          .get()
          .auth()
          .token()
          .lookupSelf()
          .toCompletableFuture()
          .get(timeout, TimeUnit.MILLISECONDS);
      return response.up().build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return response.down().withData("reason", "interrupted").build();
    } catch (Exception e) {
      return response.down().withData("reason", reason(e)).build();
    }
  }

  private static String reason(Exception e) {
    String text = String.valueOf(e.getMessage()) + " " + e.getClass().getSimpleName();
    for (Throwable t = e; t != null; t = t.getCause()) {
      text += " " + t.getClass().getSimpleName() + " " + t.getMessage();
    }
    if (text.contains("permission denied")) {
      return "Vault refuses the adapter's token (permission denied)";
    }
    if (text.contains("Timeout")) {
      return "Vault did not answer in time";
    }
    return "Vault is unreachable";
  }
}
