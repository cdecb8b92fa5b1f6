package io.oktaadapter.adapters.out.okta;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Okta REST adapter: the org authorization server's token endpoint, for the client-credentials flow
 * with a {@code private_key_jwt} client assertion.
 */
@Path("/oauth2/v1/token")
interface OktaTokenApi {

  String CLIENT_ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  TokenResponse token(
      @FormParam("grant_type") String grantType,
      @FormParam("scope") String scope,
      @FormParam("client_assertion_type") String clientAssertionType,
      @FormParam("client_assertion") String clientAssertion);

  /** The token endpoint's answer. */
  record TokenResponse(
      @JsonProperty("access_token") String accessToken,
      @JsonProperty("token_type") String tokenType,
      @JsonProperty("expires_in") long expiresIn) {}
}
