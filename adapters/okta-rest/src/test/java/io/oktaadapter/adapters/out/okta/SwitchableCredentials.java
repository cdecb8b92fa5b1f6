package io.oktaadapter.adapters.out.okta;

import io.oktaadapter.application.port.out.okta.OktaApiCredentials;
import jakarta.inject.Singleton;

/**
 * Test double of the credentials port: the simulator's token, until a test revokes it (the way a
 * secret store would hand out a token an Okta admin has revoked). Replaces the configuration-backed
 * default bean in this module's tests.
 */
@Singleton
public class SwitchableCredentials implements OktaApiCredentials {

  private volatile Credential current = new ApiToken(OktaSimulatorResource.TOKEN);

  @Override
  public Credential current() {
    return current;
  }

  void revoke() {
    current = new ApiToken("revoked-token");
  }

  void restore() {
    current = new ApiToken(OktaSimulatorResource.TOKEN);
  }
}
