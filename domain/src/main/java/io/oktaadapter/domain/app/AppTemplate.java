package io.oktaadapter.domain.app;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Value object: how the OIDC URIs of one application kind derive from an installation's base URL.
 * EFS and DV differ only by their template, which comes from configuration.
 *
 * @param redirectPaths paths of the sign-in redirect URIs, relative to each base URL
 * @param postLogoutPaths paths of the post-logout redirect URIs
 * @param initiateLoginPath path of the initiate-login URI (for the first base URL), or {@code null}
 */
public record AppTemplate(
    List<String> redirectPaths, List<String> postLogoutPaths, String initiateLoginPath) {

  public AppTemplate {
    redirectPaths = List.copyOf(redirectPaths);
    postLogoutPaths = List.copyOf(postLogoutPaths);
    if (redirectPaths.isEmpty()) {
      throw new IllegalArgumentException("a template needs at least one redirect path");
    }
  }

  /** The redirect URIs for every base URL, in base-URL order. */
  public List<String> redirectUris(List<BaseUrl> baseUrls) {
    return baseUrls.stream().flatMap(b -> redirectPaths.stream().map(b::resolve)).toList();
  }

  public List<String> postLogoutUris(List<BaseUrl> baseUrls) {
    return baseUrls.stream().flatMap(b -> postLogoutPaths.stream().map(b::resolve)).toList();
  }

  public Optional<String> initiateLoginUri(List<BaseUrl> baseUrls) {
    Objects.requireNonNull(baseUrls, "baseUrls");
    if (initiateLoginPath == null || baseUrls.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(baseUrls.get(0).resolve(initiateLoginPath));
  }
}
