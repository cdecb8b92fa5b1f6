package io.oktaadapter.simulator;

import com.okta.sdk.authc.credentials.TokenClientCredentials;
import com.okta.sdk.cache.Caches;
import com.okta.sdk.client.Clients;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.common.PagedList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Test helper: an official Okta Java management SDK client pointed at a simulator. */
final class SdkScenario {
  private SdkScenario() {}

  /**
   * Collects every page the way SDK users page: each call returns a {@link PagedList} whose {@code
   * after} cursor comes from the {@code rel="next"} Link header.
   */
  static <T> List<List<T>> pages(Function<String, List<T>> listCall) {
    List<List<T>> pages = new ArrayList<>();
    String after = null;
    do {
      PagedList<T> page = (PagedList<T>) listCall.apply(after);
      pages.add(List.copyOf(page));
      after = page.hasMoreItems() ? page.getAfter() : null;
    } while (after != null);
    return pages;
  }

  /** Needs system property {@code okta.testing.disableHttpsCheck=true} (set by surefire). */
  static ApiClient client(OktaSimulator simulator) {
    return Clients.builder()
        .setOrgUrl(simulator.baseUrl())
        .setClientCredentials(new TokenClientCredentials(simulator.token()))
        // Caching would hide requests from the simulator; retries would hide its 429s.
        .setCacheManager(Caches.newDisabledCacheManager())
        .setRetryMaxAttempts(0)
        .build();
  }
}
