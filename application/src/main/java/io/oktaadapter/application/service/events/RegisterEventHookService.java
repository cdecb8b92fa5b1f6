package io.oktaadapter.application.service.events;

import io.oktaadapter.application.port.in.events.RegisterEventHookUseCase;
import io.oktaadapter.application.port.out.okta.OktaHooks;
import io.oktaadapter.application.port.out.okta.OktaHooks.AuthHeader;
import io.oktaadapter.application.port.out.okta.OktaHooks.EventHookDetails;
import io.oktaadapter.application.port.out.okta.OktaHooks.RegisteredHook;
import io.oktaadapter.application.port.out.secrets.HookSecretSlot;
import io.oktaadapter.application.port.out.secrets.SecretRef;
import io.oktaadapter.application.port.out.secrets.SecretStore;
import io.oktaadapter.domain.Validation;
import io.oktaadapter.domain.hook.HookKind;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Use case: registers (or re-points) the adapter's event hook in Okta, with the current event-hook
 * secret read from the secrets store, and has Okta verify it. Okta verifies by calling the
 * endpoint, so the adapter must be reachable at the URI.
 */
public final class RegisterEventHookService implements RegisterEventHookUseCase {

  private static final String HOOK_PATH = "/hooks/okta/events";
  private static final Pattern IPV4 = Pattern.compile("[0-9.]+");
  private static final Pattern EVENT_TYPE = Pattern.compile("[a-z0-9_]+(\\.[a-z0-9_]+)+");

  private final OktaHooks hooks;
  private final SecretStore secrets;
  private final Settings settings;

  public RegisterEventHookService(OktaHooks hooks, SecretStore secrets, Settings settings) {
    this.hooks = Objects.requireNonNull(hooks);
    this.secrets = Objects.requireNonNull(secrets);
    this.settings = Objects.requireNonNull(settings);
  }

  @Override
  public EventHookStatus register(Registration registration) {
    List<String> types = validate(registration);
    AuthHeader auth =
        new AuthHeader(
            settings.authHeader(),
            secrets
                .read(SecretRef.hookSecret(HookKind.EVENT, HookSecretSlot.CURRENT))
                .value()
                .reveal());
    Optional<RegisteredHook> existing = find();
    RegisteredHook hook;
    boolean created;
    if (existing.isPresent() && existing.get().uri().equals(registration.uri())) {
      hook = existing.get();
      hooks.updateEventHookAuth(hook.id(), auth);
      created = false;
    } else {
      RegisteredHook made =
          hooks.createEventHook(
              new EventHookDetails(settings.hookName(), registration.uri(), types, auth));
      hook = made;
      // A create whose answer was lost is resolved by name and may find the earlier hook.
      created = existing.map(e -> !e.id().equals(made.id())).orElse(true);
    }
    RegisteredHook verified;
    try {
      verified = hooks.verifyEventHook(hook.id());
    } catch (RuntimeException e) {
      if (created) {
        rollBack(hook, e);
      }
      throw e;
    }
    return toStatus(verified, types);
  }

  @Override
  public void check(Registration registration) {
    validate(registration);
  }

  /**
   * Removes the hook this attempt created (Okta deletes only inactive hooks); a hook registered
   * earlier is never touched. A failed rollback is attached to the verification failure.
   */
  private void rollBack(RegisteredHook hook, RuntimeException failure) {
    try {
      hooks.deactivateEventHook(hook.id());
      hooks.deleteEventHook(hook.id());
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  @Override
  public Optional<EventHookStatus> status() {
    return find().map(h -> toStatus(h, List.of()));
  }

  private Optional<RegisteredHook> find() {
    return hooks.listEventHooks().stream()
        .filter(h -> h.name().equals(settings.hookName()))
        .findFirst();
  }

  private List<String> validate(Registration registration) {
    Validation v = new Validation();
    uriProblem(registration.uri()).ifPresent(problem -> v.reject("uri", problem));
    List<String> types =
        registration.eventTypes().isEmpty()
            ? settings.defaultEventTypes()
            : registration.eventTypes();
    if (types.isEmpty() || types.size() > 300) {
      v.reject("eventTypes", "must name 1 to 300 event types (Okta's limit per hook)");
    }
    for (int i = 0; i < types.size(); i++) {
      if (!EVENT_TYPE.matcher(types.get(i)).matches()) {
        v.reject(
            "eventTypes[" + i + "]",
            "must be a System Log event type such as user.lifecycle.create");
      }
    }
    v.throwIfInvalid();
    return types;
  }

  /**
   * Why the URI may not be registered, if it may not: only {@code https} (plain {@code http} only
   * for {@code localhost} when allowed, against the Okta simulator), no user info, query or
   * fragment, a host name (not an IP literal) on the allow-list written in lower case, and a
   * normalised path ending in {@code /hooks/okta/events}.
   */
  private Optional<String> uriProblem(String raw) {
    URI uri;
    try {
      uri = new URI(raw);
    } catch (URISyntaxException e) {
      return Optional.of("must be a URL");
    }
    String scheme = uri.getScheme();
    String host = uri.getHost();
    if (!uri.isAbsolute() || uri.isOpaque() || host == null) {
      return Optional.of("must be the adapter's absolute https URL ending in " + HOOK_PATH);
    }
    boolean plainAllowed = settings.allowHttp() && "localhost".equals(host);
    if (!"https".equals(scheme) && !(plainAllowed && "http".equals(scheme))) {
      return Optional.of("must use https (Okta calls only https hook endpoints)");
    }
    if (uri.getRawUserInfo() != null) {
      return Optional.of("must not carry user info");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      return Optional.of("must not carry a query or a fragment");
    }
    if (host.startsWith("[") || IPV4.matcher(host).matches()) {
      return Optional.of("must name a host, not an IP address");
    }
    if (!settings.allowedHosts().contains(host)) {
      return Optional.of(
          "host must be one of the adapter's public hosts (okta-adapter.events.registration"
              + ".allowed-hosts)");
    }
    String path = uri.getRawPath();
    if (path == null
        || !path.endsWith(HOOK_PATH)
        || !path.equals(uri.normalize().getRawPath())
        || path.contains("%")) {
      return Optional.of("must be the adapter's absolute https URL ending in " + HOOK_PATH);
    }
    return Optional.empty();
  }

  private static EventHookStatus toStatus(RegisteredHook hook, List<String> types) {
    return new EventHookStatus(
        hook.id().value(),
        hook.name(),
        hook.uri(),
        hook.status(),
        hook.verificationStatus(),
        types);
  }

  /**
   * Registration settings.
   *
   * @param hookName the hook's name in Okta, by which the adapter finds its own hook again
   * @param authHeader the header Okta sends the secret in
   * @param allowHttp whether plain http URIs are allowed for {@code localhost} (only against the
   *     Okta simulator)
   * @param allowedHosts the adapter's public host names a hook URI may name (lower case); empty
   *     refuses every registration
   */
  public record Settings(
      String hookName,
      String authHeader,
      List<String> defaultEventTypes,
      boolean allowHttp,
      List<String> allowedHosts) {
    public Settings {
      Objects.requireNonNull(hookName, "hookName");
      Objects.requireNonNull(authHeader, "authHeader");
      defaultEventTypes = List.copyOf(defaultEventTypes);
      allowedHosts =
          allowedHosts == null
              ? List.of()
              : allowedHosts.stream()
                  .map(String::strip)
                  .filter(h -> !h.isEmpty())
                  .map(h -> h.toLowerCase(java.util.Locale.ROOT))
                  .toList();
    }
  }
}
