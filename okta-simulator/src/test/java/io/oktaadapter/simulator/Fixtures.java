package io.oktaadapter.simulator;

/** Test fixtures: request bodies in Okta's documented shapes, written for these tests. */
final class Fixtures {
  private Fixtures() {}

  static String rule(String name, String groupId) {
    return """
        {"type":"group_rule","name":"%s",
         "conditions":{"expression":{"value":"user.role==\\"Engineer\\"","type":"urn:okta:expression:1.0"}},
         "actions":{"assignUserToGroups":{"groupIds":["%s"]}}}"""
        .formatted(name, groupId);
  }

  static String oidcApp(String label) {
    return """
        {"name":"oidc_client","label":"%s","signOnMode":"OPENID_CONNECT",
         "credentials":{"oauthClient":{"token_endpoint_auth_method":"client_secret_basic"}},
         "settings":{"oauthClient":{
           "redirect_uris":["https://tenant.example.com/callback"],
           "post_logout_redirect_uris":["https://tenant.example.com/"],
           "initiate_login_uri":"https://tenant.example.com/login",
           "response_types":["code"],"grant_types":["authorization_code","refresh_token"],
           "application_type":"web"}}}"""
        .formatted(label);
  }

  static String origin(String name, String url) {
    return """
        {"name":"%s","origin":"%s","scopes":[{"type":"CORS"},{"type":"REDIRECT"}]}"""
        .formatted(name, url);
  }

  static String user(String login) {
    return """
        {"profile":{"firstName":"Ada","lastName":"Lovelace","email":"%s","login":"%s"}}"""
        .formatted(login, login);
  }

  static String mfaPolicy(String name, String groupId) {
    return """
        {"type":"MFA_ENROLL","name":"%s","description":"per-tenant MFA",
         "conditions":{"people":{"groups":{"include":["%s"]}}},
         "settings":{"factors":{"okta_otp":{"enroll":{"self":"REQUIRED"}}}}}"""
        .formatted(name, groupId);
  }

  static String eventHook(String name, String uri) {
    return """
        {"name":"%s","events":{"type":"EVENT_TYPE","items":["user.lifecycle.deactivate"]},
         "channel":{"type":"HTTP","version":"1.0.0",
           "config":{"uri":"%s","headers":[{"key":"X-Extra","value":"extra"}],
             "authScheme":{"type":"HEADER","key":"Authorization","value":"hook-secret"}}}}"""
        .formatted(name, uri);
  }

  static String inlineHook(String name, String type, String uri) {
    return """
        {"name":"%s","type":"%s","version":"1.0.0",
         "channel":{"type":"HTTP","version":"1.0.0",
           "config":{"uri":"%s","method":"POST",
             "authScheme":{"type":"HEADER","key":"Authorization","value":"inline-secret"}}}}"""
        .formatted(name, type, uri);
  }
}
