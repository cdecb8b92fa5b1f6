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
    if (existing.isPresent() && existing.get().uri().equals(registration.uri())) {
      hook = existing.get();
      hooks.updateEventHookAuth(hook.id(), auth);
    } else {
      hook =
          hooks.createEventHook(
              new EventHookDetails(settings.hookName(), registration.uri(), types, auth));
    }
    RegisteredHook verified = hooks.verifyEventHook(hook.id());
    return toStatus(verified, types);
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
    URI uri = null;
    try {
      uri = URI.create(registration.uri());
    } catch (IllegalArgumentException e) {
      v.reject("uri", "must be a URL");
    }
    if (uri != null && (uri.getHost() == null || !uri.getPath().endsWith("/hooks/okta/events"))) {
      v.reject("uri", "must be the adapter's absolute URL ending in /hooks/okta/events");
    }
    if (uri != null
        && !"https".equals(uri.getScheme())
        && !(settings.allowHttp() && "http".equals(uri.getScheme()))) {
      v.reject("uri", "must use https (Okta calls only https hook endpoints)");
    }
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
   * @param allowHttp whether plain http URIs are allowed (only against the Okta simulator)
   */
  public record Settings(
      String hookName, String authHeader, List<String> defaultEventTypes, boolean allowHttp) {
    public Settings {
      Objects.requireNonNull(hookName, "hookName");
      Objects.requireNonNull(authHeader, "authHeader");
      defaultEventTypes = List.copyOf(defaultEventTypes);
    }
  }
}
