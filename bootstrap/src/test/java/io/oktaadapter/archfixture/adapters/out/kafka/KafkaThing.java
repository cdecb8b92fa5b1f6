package io.oktaadapter.archfixture.adapters.out.kafka;

import io.oktaadapter.archfixture.adapters.out.persistence.JpaThing;
import io.oktaadapter.archfixture.application.service.LeakyService;

/** Architecture fixture: an adapter that wrongly uses another adapter and a service. */
public class KafkaThing {
  JpaThing jpa;
  LeakyService service;
}
