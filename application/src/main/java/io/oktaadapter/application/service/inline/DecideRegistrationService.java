package io.oktaadapter.application.service.inline;

import io.oktaadapter.application.port.in.inline.DecideRegistrationUseCase;
import io.oktaadapter.domain.DomainException;
import io.oktaadapter.domain.tenant.EmailAddress;
import io.oktaadapter.domain.tenant.TenantKey;
import java.util.Objects;

/** Use case: self-service sign-up only from e-mail domains that an active tenant lists. */
public final class DecideRegistrationService implements DecideRegistrationUseCase {

  private final InlineReadModel model;
  private final String denyMessage;

  /**
   * @param denyMessage what the person is told when the domain is not accepted
   */
  public DecideRegistrationService(InlineReadModel model, String denyMessage) {
    this.model = Objects.requireNonNull(model, "model");
    this.denyMessage = Objects.requireNonNull(denyMessage, "denyMessage");
  }

  @Override
  public RegistrationDecision decide(String email) {
    EmailAddress address;
    try {
      address = EmailAddress.of(email);
    } catch (DomainException | NullPointerException e) {
      return new Deny(denyMessage);
    }
    TenantKey tenant = model.snapshot().registrationDomains().get(address.domain());
    if (tenant == null || !model.snapshot().activeTenants().contains(tenant)) {
      return new Deny(denyMessage);
    }
    return new Allow(tenant);
  }
}
