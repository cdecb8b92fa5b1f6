package io.oktaadapter.adapters.out.okta;

import io.oktaadapter.adapters.out.okta.HooksApi.HookJson;
import io.oktaadapter.application.port.out.okta.OktaHookAuthentication;
import io.oktaadapter.application.port.out.okta.OktaHooks.AuthHeader;
import io.oktaadapter.application.port.out.secrets.SecretValue;
import io.oktaadapter.domain.hook.HookKind;
import io.quarkus.logging.Log;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.GenericType;
import java.util.List;
import java.util.function.Predicate;

/**
 * Okta REST adapter: {@link OktaHookAuthentication}, switching the authorization header of every
 * event or inline hook of the org that calls the adapter (recognised by its URI, see {@link
 * OktaConfig#hookUriPrefix()}).
 */
@Singleton
class RestOktaHookAuthentication implements OktaHookAuthentication {

  private static final GenericType<List<HookJson>> LIST = new GenericType<>() {};
  private static final String DEFAULT_HEADER = "Authorization";
  private static final String ADAPTER_HOOK_PATH = "/hooks/okta/";

  private final HooksApi api;
  private final OktaCalls calls;
  private final OktaPages pages;
  private final Predicate<String> callsTheAdapter;

  RestOktaHookAuthentication(HooksApi api, OktaCalls calls, OktaPages pages, OktaConfig config) {
    this.api = api;
    this.calls = calls;
    this.pages = pages;
    this.callsTheAdapter =
        config
            .hookUriPrefix()
            .<Predicate<String>>map(prefix -> uri -> uri.startsWith(prefix))
            .orElse(uri -> uri.contains(ADAPTER_HOOK_PATH));
  }

  @Override
  public void updateAuthHeader(HookKind kind, SecretValue secret) {
    List<HookJson> hooks =
        pages.all(
            OktaBucket.OTHER, kind == HookKind.EVENT ? api::eventHooks : api::inlineHooks, LIST);
    for (HookJson hook : hooks) {
      if (hook.channel() != null && callsTheAdapter.test(hook.channel().config().uri())) {
        update(kind, hook, new AuthHeader(headerName(hook), secret.reveal()));
      }
    }
  }

  private void update(HookKind kind, HookJson hook, AuthHeader header) {
    HookJson changed = RestOktaHooks.HookBodies.withAuth(hook, header);
    if (kind == HookKind.EVENT) {
      calls.repeatable(OktaBucket.OTHER, () -> api.updateEventHook(hook.id(), changed));
    } else {
      calls.repeatable(OktaBucket.OTHER, () -> api.updateInlineHook(hook.id(), changed));
    }
    Log.infof("Okta %s hook %s now sends the new secret", kind, hook.id());
  }

  private static String headerName(HookJson hook) {
    HookJson.AuthScheme scheme = hook.channel().config().authScheme();
    return scheme == null || scheme.key() == null ? DEFAULT_HEADER : scheme.key();
  }
}
