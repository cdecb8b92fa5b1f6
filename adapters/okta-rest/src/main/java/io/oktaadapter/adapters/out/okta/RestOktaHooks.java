package io.oktaadapter.adapters.out.okta;

import io.oktaadapter.adapters.out.okta.HooksApi.HookJson;
import io.oktaadapter.application.port.out.okta.OktaHooks;
import io.oktaadapter.domain.okta.OktaId;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.GenericType;
import java.util.List;
import java.util.Optional;

/** Okta REST adapter: {@link OktaHooks} over {@code /api/v1/eventHooks} and {@code inlineHooks}. */
@Singleton
class RestOktaHooks implements OktaHooks {

  private static final GenericType<List<HookJson>> LIST = new GenericType<>() {};
  private static final OktaBucket BUCKET = OktaBucket.OTHER;

  private final HooksApi api;
  private final OktaCalls calls;
  private final OktaPages pages;

  RestOktaHooks(HooksApi api, OktaCalls calls, OktaPages pages) {
    this.api = api;
    this.calls = calls;
    this.pages = pages;
  }

  @Override
  public RegisteredHook createEventHook(EventHookDetails d) {
    HookJson body =
        new HookJson(
            null,
            d.name(),
            null,
            null,
            null,
            null,
            new HookJson.Events("EVENT_TYPE", d.eventTypes()),
            HookBodies.channel(d.uri(), null, d.auth()));
    return calls.createOrFind(
        BUCKET, () -> toHook(api.createEventHook(body)), () -> byName(listEventHooks(), d.name()));
  }

  @Override
  public RegisteredHook verifyEventHook(OktaId id) {
    return toHook(calls.repeatable(BUCKET, () -> api.eventHookLifecycle(id.value(), "verify")));
  }

  @Override
  public void activateEventHook(OktaId id) {
    calls.repeatable(BUCKET, () -> api.eventHookLifecycle(id.value(), "activate"));
  }

  @Override
  public List<RegisteredHook> listEventHooks() {
    return pages.all(BUCKET, api::eventHooks, LIST).stream().map(RestOktaHooks::toHook).toList();
  }

  @Override
  public void deactivateEventHook(OktaId id) {
    calls.repeatable(BUCKET, () -> api.eventHookLifecycle(id.value(), "deactivate"));
  }

  @Override
  public void deleteEventHook(OktaId id) {
    calls.repeatable(BUCKET, () -> api.deleteEventHook(id.value()).close());
  }

  @Override
  public RegisteredHook createInlineHook(InlineHookDetails d) {
    HookJson body =
        new HookJson(
            null,
            d.name(),
            d.type(),
            "1.0.0",
            null,
            null,
            null,
            HookBodies.channel(d.uri(), "POST", d.auth()));
    return calls.createOrFind(
        BUCKET,
        () -> toHook(api.createInlineHook(body)),
        () -> byName(listInlineHooks(), d.name()));
  }

  @Override
  public void activateInlineHook(OktaId id) {
    calls.repeatable(BUCKET, () -> api.inlineHookLifecycle(id.value(), "activate"));
  }

  @Override
  public List<RegisteredHook> listInlineHooks() {
    return pages.all(BUCKET, api::inlineHooks, LIST).stream().map(RestOktaHooks::toHook).toList();
  }

  @Override
  public void updateEventHookAuth(OktaId id, AuthHeader header) {
    HookJson current = calls.repeatable(BUCKET, () -> api.eventHook(id.value()));
    HookJson changed = HookBodies.withAuth(current, header);
    calls.repeatable(BUCKET, () -> api.updateEventHook(id.value(), changed));
  }

  @Override
  public void updateInlineHookAuth(OktaId id, AuthHeader header) {
    HookJson current = calls.repeatable(BUCKET, () -> api.inlineHook(id.value()));
    HookJson changed = HookBodies.withAuth(current, header);
    calls.repeatable(BUCKET, () -> api.updateInlineHook(id.value(), changed));
  }

  private static Optional<RegisteredHook> byName(List<RegisteredHook> hooks, String name) {
    return hooks.stream().filter(h -> name.equals(h.name())).findFirst();
  }

  private static RegisteredHook toHook(HookJson json) {
    String uri =
        json.channel() == null || json.channel().config() == null
            ? null
            : json.channel().config().uri();
    return new RegisteredHook(
        OktaId.of(json.id()), json.name(), uri, json.status(), json.verificationStatus());
  }

  /** Builds the hook bodies' channel part. */
  static final class HookBodies {
    private HookBodies() {}

    static HookJson.Channel channel(String uri, String method, AuthHeader auth) {
      var scheme = new HookJson.AuthScheme("HEADER", auth.key(), auth.value());
      return new HookJson.Channel("HTTP", "1.0.0", new HookJson.Config(uri, method, scheme));
    }

    /** The same hook with a new header; Okta's PUT replaces the whole hook. */
    static HookJson withAuth(HookJson hook, AuthHeader auth) {
      HookJson.Config config = hook.channel().config();
      return new HookJson(
          null,
          hook.name(),
          hook.type(),
          hook.version(),
          null,
          null,
          hook.events(),
          channel(config.uri(), config.method(), auth));
    }
  }
}
