package io.oktaadapter.adapters.out.persistence.job;

import io.oktaadapter.application.port.out.persistence.UnitOfWork;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/** Persistence adapter: new JTA transactions for use cases that commit step by step. */
@ApplicationScoped
class JpaUnitOfWork implements UnitOfWork {

  @Override
  public <T> T inNewTransaction(Supplier<T> work) {
    return QuarkusTransaction.requiringNew().call(work::get);
  }
}
