package io.oktaadapter.bootstrap.e2e;

import io.oktaadapter.testing.KafkaTestResource;
import io.oktaadapter.testing.PostgresTestResource;
import io.oktaadapter.testing.dns.LoopbackDnsTestResource;
import io.oktaadapter.testing.mail.SmtpTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Test resources for every end-to-end test of this module: a real PostgreSQL, a real KRaft Kafka
 * broker, an OIDC provider that signs real tokens, the Okta simulator as the Okta org and a real
 * SMTP server (GreenMail). Declared once here, applied to all tests.
 */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(OktaSimulatorTestResource.class)
@QuarkusTestResource(SmtpTestResource.class)
@QuarkusTestResource(LoopbackDnsTestResource.class)
public final class RealInfrastructure {

  private RealInfrastructure() {}
}
