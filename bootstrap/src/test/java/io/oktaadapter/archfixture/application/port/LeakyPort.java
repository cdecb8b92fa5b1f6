package io.oktaadapter.archfixture.application.port;

import io.oktaadapter.archfixture.application.service.LeakyService;

/** Architecture fixture: a port that wrongly knows a service. */
public interface LeakyPort {
  LeakyService service();
}
