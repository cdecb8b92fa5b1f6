package io.oktaadapter.simulator.hooks;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiPredicate;

/**
 * Simulator hook transport: sends Okta's hook requests with its timeout (3 s by default), no
 * redirects, and at most one retry after a timeout, connection failure or 5xx.
 */
public final class HookTransport {
  private final HttpClient client =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final Duration timeout;

  public HookTransport(Duration timeout) {
    this.timeout = timeout;
  }

  /**
   * Sends the request, retrying once when allowed and the attempt is retryable.
   *
   * @param accepted decides whether a response (status, body) counts as success
   */
  public CompletableFuture<HookResult> send(
      HttpRequest.Builder request, boolean mayRetry, BiPredicate<Integer, String> accepted) {
    HttpRequest built = request.timeout(timeout).build();
    List<HookAttempt> attempts = new ArrayList<>();
    return attempt(built, attempts)
        .thenCompose(
            first ->
                mayRetry && attempts.get(0).retryable()
                    ? attempt(built, attempts)
                    : CompletableFuture.completedFuture(first))
        .thenApply(
            last -> {
              HookAttempt lastAttempt = attempts.get(attempts.size() - 1);
              boolean ok = lastAttempt.is2xx() && accepted.test(lastAttempt.status(), last);
              return new HookResult(ok, attempts, lastAttempt.status(), last == null ? "" : last);
            });
  }

  private CompletableFuture<String> attempt(HttpRequest request, List<HookAttempt> attempts) {
    long start = System.nanoTime();
    return client
        .sendAsync(request, HttpResponse.BodyHandlers.ofString())
        .handle(
            (response, error) -> {
              long millis = (System.nanoTime() - start) / 1_000_000;
              if (error == null) {
                attempts.add(new HookAttempt(response.statusCode(), null, millis));
                return response.body();
              }
              Throwable cause = error instanceof CompletionException ? error.getCause() : error;
              String failure = cause instanceof HttpTimeoutException ? "TIMEOUT" : "CONNECTION";
              attempts.add(new HookAttempt(0, failure, millis));
              return null;
            });
  }
}
