package io.oktaadapter.bootstrap.e2e;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Order;

/**
 * Test class order within Quarkus' profile-aware ordering (its secondary orderer): {@link Order}
 * (default {@link Order#DEFAULT}), then the class name, so that the order is deterministic and a
 * class can ask to run last.
 */
public final class OrderThenClassName implements ClassOrderer {

  @Override
  public void orderClasses(ClassOrdererContext context) {
    context
        .getClassDescriptors()
        .sort(
            Comparator.comparingInt(OrderThenClassName::order)
                .thenComparing(d -> d.getTestClass().getName()));
  }

  private static int order(ClassDescriptor descriptor) {
    return descriptor.findAnnotation(Order.class).map(Order::value).orElse(Order.DEFAULT);
  }
}
