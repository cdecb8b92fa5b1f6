package io.oktaadapter.simulator.hooks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktaadapter.simulator.http.Json;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Simulator inline-hook payloads: request bodies in the documented shape for token, registration,
 * user import, SAML, password import and telephony hooks.
 */
public final class InlineHookRequests {
  private InlineHookRequests() {}

  /** Token hook: {@code data.identity} and {@code data.access} claims for a user and client. */
  public static ObjectNode token(String orgUrl, String userId, String login, String clientId) {
    ObjectNode body =
        envelope("com.okta.oauth2.tokens.transform", orgUrl + "/oauth2/default/v1/authorize");
    ObjectNode data = body.withObjectProperty("data");
    ObjectNode context = data.withObjectProperty("context");
    context.putObject("session").put("userId", userId).put("login", login);
    context.putObject("user").put("id", userId).putObject("profile").put("login", login);
    ObjectNode protocol = context.putObject("protocol").put("type", "OAUTH2.0");
    protocol.putObject("client").put("id", clientId).put("type", "PUBLIC");
    protocol.putObject("issuer").put("uri", orgUrl + "/oauth2/default");
    data.putObject("identity")
        .putObject("claims")
        .put("sub", userId)
        .put("preferred_username", login);
    ObjectNode access = data.putObject("access");
    access.putObject("claims").put("sub", login).put("cid", clientId).put("uid", userId);
    access.putObject("token").putObject("lifetime").put("expiration", 3600);
    access.putObject("scopes").putObject("openid").put("id", "scp" + id().substring(0, 17));
    return body;
  }

  /** Registration hook (self-service registration) with the submitted profile. */
  public static ObjectNode registration(String orgUrl, Map<String, String> userProfile) {
    ObjectNode body = envelope("com.okta.user.pre-registration", orgUrl + "/api/v1/registration");
    body.put("requestType", "self.service.registration");
    ObjectNode data = body.withObjectProperty("data");
    ObjectNode profile = data.putObject("userProfile");
    userProfile.forEach(profile::put);
    data.put("action", "ALLOW");
    return body;
  }

  /** User import hook for an app user, proposing {@code CREATE_USER}. */
  public static ObjectNode userImport(String orgUrl, String appId, Map<String, String> appProfile) {
    ObjectNode body = envelope("com.okta.import.transform", orgUrl + "/api/v1/apps/" + appId);
    ObjectNode data = body.withObjectProperty("data");
    data.withObjectProperty("context")
        .putObject("application")
        .put("id", appId)
        .put("name", "simulator_app");
    ObjectNode app = data.putObject("appUser").putObject("profile");
    appProfile.forEach(app::put);
    ObjectNode user = data.putObject("user").putObject("profile");
    appProfile.forEach(user::put);
    data.putObject("action").put("result", "CREATE_USER");
    return body;
  }

  /** SAML assertion hook for a user signing in to an app. */
  public static ObjectNode saml(String orgUrl, String userId, String login) {
    ObjectNode body = envelope("com.okta.saml.tokens.transform", orgUrl + "/app/saml/sso/saml");
    ObjectNode data = body.withObjectProperty("data");
    data.withObjectProperty("context")
        .putObject("user")
        .put("id", userId)
        .putObject("profile")
        .put("login", login);
    ObjectNode assertion = data.putObject("assertion");
    assertion
        .putObject("subject")
        .put("nameId", login)
        .put("nameFormat", "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified");
    assertion
        .putObject("authentication")
        .put("sessionIndex", "id" + id())
        .putObject("authnContext")
        .put(
            "authnContextClassRef",
            "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport");
    assertion.putObject("conditions").putArray("audienceRestriction").add(orgUrl);
    assertion.putObject("claims");
    assertion.putObject("lifetime").put("expiration", 300);
    return body;
  }

  /** Password import hook carrying the cleartext credential, as Okta sends it. */
  public static ObjectNode passwordImport(String orgUrl, String username, String password) {
    ObjectNode body =
        envelope("com.okta.user.credential.password.import", orgUrl + "/api/v1/authn");
    ObjectNode data = body.withObjectProperty("data");
    data.withObjectProperty("context")
        .putObject("credential")
        .put("username", username)
        .put("password", password);
    data.putObject("action").put("credential", "UNVERIFIED");
    return body;
  }

  /** Telephony hook asking the provider to send an OTP by SMS. */
  public static ObjectNode telephony(
      String orgUrl, String userId, String login, String phone, String otp) {
    ObjectNode body =
        envelope("com.okta.telephony.provider", orgUrl + "/api/v1/users/" + userId + "/factors");
    ObjectNode data = body.withObjectProperty("data");
    data.putObject("userProfile")
        .put("login", login)
        .put("userId", userId)
        .put("firstName", "")
        .put("lastName", "");
    data.putObject("messageProfile")
        .put("msgTemplate", "Your code is " + otp)
        .put("phoneNumber", phone)
        .put("otpExpires", Instant.now().plusSeconds(300).toString())
        .put("deliveryChannel", "SMS")
        .put("otpCode", otp)
        .put("locale", "EN-US");
    return body;
  }

  private static ObjectNode envelope(String eventType, String source) {
    ObjectNode body = Json.object();
    body.put("source", source);
    body.put("eventId", id());
    body.put("eventTime", Instant.now().toString());
    body.put("eventTypeVersion", "1.0");
    body.put("cloudEventVersion", "0.1");
    body.put("contentType", "application/json");
    body.put("eventType", eventType);
    ObjectNode request = body.putObject("data").putObject("context").putObject("request");
    request.put("id", "req" + id().substring(0, 22));
    request.put("method", "POST");
    request.putObject("url").put("value", source);
    request.put("ipAddress", "127.0.0.1");
    return body;
  }

  private static String id() {
    return UUID.randomUUID().toString().replace("-", "");
  }
}
