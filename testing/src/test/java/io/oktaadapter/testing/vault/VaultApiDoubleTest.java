package io.oktaadapter.testing.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VaultApiDoubleTest {

  private final VaultApiDouble vault = VaultApiDouble.start();
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    vault.close();
  }

  private HttpResponse<String> call(String method, String path, String token, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(vault.url() + "/v1/" + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("X-Vault-Token", token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void givenNoToken_readSecret_isPermissionDenied() throws Exception {
    HttpResponse<String> response = call("GET", "secret/data/a", null, null);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).isEqualTo("{\"errors\":[\"permission denied\"]}");
  }

  @Test
  void givenMissingSecret_read_isNotFoundWithEmptyErrors() throws Exception {
    HttpResponse<String> response = call("GET", "secret/data/a", vault.rootToken(), null);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo("{\"errors\":[]}");
  }

  @Test
  void givenTwoWrites_readVersion_returnsThatVersion() throws Exception {
    call("POST", "secret/data/a", vault.rootToken(), "{\"data\":{\"value\":\"one\"}}");
    call("POST", "secret/data/a", vault.rootToken(), "{\"data\":{\"value\":\"two\"}}");

    HttpResponse<String> first = call("GET", "secret/data/a?version=1", vault.rootToken(), null);
    HttpResponse<String> latest = call("GET", "secret/data/a", vault.rootToken(), null);

    assertThat(first.body()).contains("\"value\":\"one\"", "\"version\":1");
    assertThat(latest.body()).contains("\"value\":\"two\"", "\"version\":2");
  }

  @Test
  void givenStaleCas_write_isRejected() throws Exception {
    call("POST", "secret/data/a", vault.rootToken(), "{\"data\":{\"value\":\"one\"}}");

    HttpResponse<String> response =
        call(
            "POST",
            "secret/data/a",
            vault.rootToken(),
            "{\"options\":{\"cas\":0},\"data\":{\"value\":\"two\"}}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("check-and-set parameter did not match");
  }

  @Test
  void givenSealedVault_read_isServiceUnavailable() throws Exception {
    vault.seal();

    HttpResponse<String> response = call("GET", "secret/data/a", vault.rootToken(), null);
    HttpResponse<String> health = call("GET", "sys/health", null, null);

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.body()).isEqualTo("{\"errors\":[\"Vault is sealed\"]}");
    assertThat(health.statusCode()).isEqualTo(503);
    assertThat(health.body()).contains("\"sealed\":true");
  }

  @Test
  void givenTokenWithoutPolicyForPath_read_isPermissionDenied() throws Exception {
    String token = vault.createToken(VaultPolicy.named("p").allowAll("secret/data/mine/*"));
    call("POST", "secret/data/other", vault.rootToken(), "{\"data\":{\"value\":\"x\"}}");

    assertThat(call("GET", "secret/data/other", token, null).statusCode()).isEqualTo(403);
    assertThat(call("GET", "secret/data/mine/x", token, null).statusCode()).isEqualTo(404);
  }

  @Test
  void givenAppRole_login_issuesTokenThatLooksItselfUp() throws Exception {
    vault.addAppRole("role", "secret-id", VaultPolicy.named("p"));

    HttpResponse<String> login =
        call(
            "POST",
            "auth/approle/login",
            null,
            "{\"role_id\":\"role\",\"secret_id\":\"secret-id\"}");
    String token = login.body().replaceAll(".*\"client_token\":\"([^\"]+)\".*", "$1");
    HttpResponse<String> lookup = call("GET", "auth/token/lookup-self", token, null);

    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(lookup.statusCode()).isEqualTo(200);
    assertThat(lookup.body()).contains("\"policies\":[\"default\",\"p\"]");
  }

  @Test
  void givenSoftDeletedVersion_read_isNotFoundWithMetadata() throws Exception {
    call("POST", "secret/data/a", vault.rootToken(), "{\"data\":{\"value\":\"one\"}}");
    call("DELETE", "secret/data/a", vault.rootToken(), null);

    HttpResponse<String> response = call("GET", "secret/data/a", vault.rootToken(), null);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("\"data\":null").doesNotContain("one");
  }

  @Test
  void givenOfflineThenOnline_read_reachesSameStateOnSamePort() throws Exception {
    call("POST", "secret/data/a", vault.rootToken(), "{\"data\":{\"value\":\"one\"}}");
    vault.offline();
    vault.online();

    assertThat(call("GET", "secret/data/a", vault.rootToken(), null).statusCode()).isEqualTo(200);
  }

  @Test
  void givenSecretsInFolders_list_returnsKeysAndSubfolders() throws Exception {
    call("POST", "secret/data/app/a", vault.rootToken(), "{\"data\":{\"v\":\"1\"}}");
    call("POST", "secret/data/app/sub/b", vault.rootToken(), "{\"data\":{\"v\":\"2\"}}");

    HttpResponse<String> list = call("LIST", "secret/metadata/app", vault.rootToken(), null);
    HttpResponse<String> viaQuery =
        call("GET", "secret/metadata/app?list=true", vault.rootToken(), null);

    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("\"keys\":[\"a\",\"sub/\"]");
    assertThat(viaQuery.body()).isNotNull().contains("\"keys\":[\"a\",\"sub/\"]");
  }

  @Test
  void givenDeletedVersion_undelete_makesItReadableAndDestroy_removesItForGood() throws Exception {
    String token = vault.rootToken();
    call("POST", "secret/data/a", token, "{\"data\":{\"value\":\"one\"}}");
    call("POST", "secret/delete/a", token, "{\"versions\":[1]}");
    call("POST", "secret/undelete/a", token, "{\"versions\":[1]}");
    int afterUndelete = call("GET", "secret/data/a?version=1", token, null).statusCode();
    call("PUT", "secret/destroy/a", token, "{\"versions\":[1]}");

    HttpResponse<String> metadata = call("GET", "secret/metadata/a", token, null);

    assertThat(afterUndelete).isEqualTo(200);
    assertThat(call("GET", "secret/data/a?version=1", token, null).statusCode()).isEqualTo(404);
    assertThat(metadata.body()).contains("\"current_version\":1", "\"destroyed\":true");
  }

  @Test
  void givenLoginToken_renewSelf_extendsTheLease() throws Exception {
    vault.addKubernetesRole("role", "jwt", VaultPolicy.named("p"));
    HttpResponse<String> login =
        call("POST", "auth/kubernetes/login", null, "{\"role\":\"role\",\"jwt\":\"jwt\"}");
    String token = login.body().replaceAll(".*\"client_token\":\"([^\"]+)\".*", "$1");

    HttpResponse<String> renew =
        call("POST", "auth/token/renew-self", token, "{\"increment\":\"1h\"}");

    assertThat(renew.statusCode()).isEqualTo(200);
    assertThat(renew.body()).contains("\"renewable\":true", "\"client_token\":\"" + token);
  }

  @Test
  void givenWrongKubernetesJwt_login_isPermissionDenied() throws Exception {
    vault.addKubernetesRole("role", "jwt", VaultPolicy.named("p"));

    HttpResponse<String> login =
        call("POST", "auth/kubernetes/login", null, "{\"role\":\"role\",\"jwt\":\"forged\"}");

    assertThat(login.statusCode()).isEqualTo(403);
  }
}
