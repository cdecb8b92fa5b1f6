package io.oktaadapter.bootstrap.e2e;

import io.oktaadapter.application.port.out.persistence.OktaResourceRepository;
import io.oktaadapter.application.port.out.persistence.TenantRepository;
import io.oktaadapter.domain.okta.Fingerprint;
import io.oktaadapter.domain.okta.OktaId;
import io.oktaadapter.domain.okta.OktaResource;
import io.oktaadapter.domain.okta.OktaResourceType;
import io.oktaadapter.domain.tenant.Alias;
import io.oktaadapter.domain.tenant.EmailAddress;
import io.oktaadapter.domain.tenant.MfaMode;
import io.oktaadapter.domain.tenant.Tenant;
import io.oktaadapter.domain.tenant.TenantFeatures;
import io.oktaadapter.domain.tenant.TenantKey;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * Test data for the inline hooks: tenants with an OIDC application and a group recorded as Okta
 * resources, registration domains, and legacy password hashes, written through the real ports.
 */
final class InlineHookFixtures {

  private InlineHookFixtures() {}

  static void tenantWithApp(
      TenantRepository tenants,
      OktaResourceRepository resources,
      String key,
      String clientId,
      String groupId) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              TenantKey tenant = TenantKey.of(key);
              if (tenants.findByKey(tenant).isEmpty()) {
                tenants.save(
                    Tenant.register(
                        tenant,
                        key + " Ltd",
                        List.of(Alias.of(key + ".inline.example.com")),
                        List.of(EmailAddress.of("admin@" + key + ".example")),
                        new TenantFeatures(MfaMode.OPTIONAL),
                        Instant.parse("2026-11-24T10:00:00Z")));
              }
              resources.save(resource(OktaResourceType.OIDC_APPLICATION, clientId, tenant));
              resources.save(resource(OktaResourceType.GROUP, groupId, tenant));
            });
  }

  private static OktaResource resource(OktaResourceType type, String id, TenantKey tenant) {
    return new OktaResource(
        type, OktaId.of(id), tenant.value() + "-" + type, tenant, null, Fingerprint.of(id));
  }

  static void registrationDomain(EntityManager em, String domain, String tenant) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "insert into tenant_registration_domain (domain, tenant_key) values (?1, ?2)"
                            + " on conflict do nothing")
                    .setParameter(1, domain)
                    .setParameter(2, tenant)
                    .executeUpdate());
  }

  static void legacyCredential(EntityManager em, String login, String scheme, String hash) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "insert into legacy_credential (login, scheme, hash) values (?1, ?2, ?3)"
                            + " on conflict (login) do update set scheme = excluded.scheme,"
                            + " hash = excluded.hash")
                    .setParameter(1, login)
                    .setParameter(2, scheme)
                    .setParameter(3, hash)
                    .executeUpdate());
  }

  static String bcrypt(String password) {
    byte[] salt = new byte[16];
    new SecureRandom().nextBytes(salt);
    return OpenBSDBCrypt.generate("2b", password.toCharArray(), salt, 6);
  }

  static String pbkdf2(String password) throws Exception {
    byte[] salt = new byte[16];
    new SecureRandom().nextBytes(salt);
    byte[] hash =
        SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
            .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 10_000, 256))
            .getEncoded();
    Base64.Encoder b64 = Base64.getEncoder();
    return "10000:" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
  }

  static String saltedSha256(String password) throws Exception {
    byte[] salt = new byte[16];
    new SecureRandom().nextBytes(salt);
    var sha = java.security.MessageDigest.getInstance("SHA-256");
    sha.update(salt);
    byte[] hash = sha.digest(password.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Base64.Encoder b64 = Base64.getEncoder();
    return b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
  }

  /** A group membership event, in the System Log shape Okta documents. */
  static String membershipEvent(
      String uuid, String type, String userId, String login, String groupId, String published) {
    return """
        {"uuid":"%s","published":"%s","eventType":"%s","version":"0","severity":"INFO",
         "displayMessage":"Add user to group membership",
         "actor":{"id":"00uAdmin000000000000","type":"User","alternateId":"admin@example.com","displayName":"Admin"},
         "outcome":{"result":"SUCCESS"},
         "target":[{"id":"%s","type":"User","alternateId":"%s","displayName":"Member"},
                   {"id":"%s","type":"UserGroup","alternateId":"unknown","displayName":"Tenant users"}]}
        """
        .formatted(uuid, published, type, userId, login, groupId);
  }
}
