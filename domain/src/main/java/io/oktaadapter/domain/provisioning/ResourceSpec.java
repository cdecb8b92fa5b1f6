package io.oktaadapter.domain.provisioning;

import io.oktaadapter.domain.app.ApplicationId;
import io.oktaadapter.domain.okta.Fingerprint;
import io.oktaadapter.domain.okta.OktaResourceType;
import java.util.List;
import java.util.Objects;

/**
 * Value object: the desired state of one Okta resource of a tenant, named by the adapter's naming
 * convention (see {@link TenantResources}). Resources that refer to a group name it; the executor
 * resolves the name to the recorded Okta id.
 */
public sealed interface ResourceSpec {

  OktaResourceType type();

  /** The resource's unique name in Okta; the plan matches desired and recorded by type and name. */
  String name();

  /** Canonical text of the desired state; its fingerprint decides whether an update is due. */
  String canonical();

  /** The application the resource belongs to, or {@code null} for a tenant-level resource. */
  default ApplicationId application() {
    return null;
  }

  default Fingerprint fingerprint() {
    return Fingerprint.of(type() + "|" + canonical());
  }

  /** An {@code OKTA_GROUP}. */
  record Group(String name, String description) implements ResourceSpec {
    public Group {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(description, "description");
    }

    @Override
    public OktaResourceType type() {
      return OktaResourceType.GROUP;
    }

    @Override
    public String canonical() {
      return name + "|" + description;
    }
  }

  /** A group rule that places the users matching {@code expression} into {@code groupName}. */
  record GroupRule(String name, String expression, String groupName) implements ResourceSpec {
    public GroupRule {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(expression, "expression");
      Objects.requireNonNull(groupName, "groupName");
    }

    @Override
    public OktaResourceType type() {
      return OktaResourceType.GROUP_RULE;
    }

    @Override
    public String canonical() {
      return name + "|" + expression + "|" + groupName + "|ACTIVE";
    }
  }

  /** A trusted origin for CORS and redirects. */
  record TrustedOrigin(String name, String origin) implements ResourceSpec {
    public TrustedOrigin {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(origin, "origin");
    }

    @Override
    public OktaResourceType type() {
      return OktaResourceType.TRUSTED_ORIGIN;
    }

    @Override
    public String canonical() {
      return name + "|" + origin + "|CORS,REDIRECT";
    }
  }

  /** The tenant's MFA sign-on policy, limited to {@code groupName}. */
  record MfaPolicy(String name, String groupName, boolean factorRequired) implements ResourceSpec {
    public MfaPolicy {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(groupName, "groupName");
    }

    @Override
    public OktaResourceType type() {
      return OktaResourceType.SIGN_ON_POLICY;
    }

    @Override
    public String canonical() {
      return name + "|" + groupName + "|" + factorRequired;
    }
  }

  /** An OIDC web application (confidential client) of one of the tenant's installations. */
  record OidcApp(
      String name,
      ApplicationId application,
      List<String> redirectUris,
      List<String> postLogoutUris,
      String initiateLoginUri)
      implements ResourceSpec {
    public OidcApp {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(application, "application");
      redirectUris = List.copyOf(redirectUris);
      postLogoutUris = List.copyOf(postLogoutUris);
    }

    @Override
    public OktaResourceType type() {
      return OktaResourceType.OIDC_APPLICATION;
    }

    @Override
    public String canonical() {
      return name + "|" + redirectUris + "|" + postLogoutUris + "|" + initiateLoginUri;
    }
  }

  /** The assignment of a tenant group to an application (its users may sign in). */
  record AppGroupAssignment(
      String name, ApplicationId application, String appName, String groupName)
      implements ResourceSpec {
    public AppGroupAssignment {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(application, "application");
      Objects.requireNonNull(appName, "appName");
      Objects.requireNonNull(groupName, "groupName");
    }

    @Override
    public OktaResourceType type() {
      return OktaResourceType.APPLICATION_GROUP_ASSIGNMENT;
    }

    @Override
    public String canonical() {
      return name + "|" + appName + "|" + groupName;
    }
  }
}
