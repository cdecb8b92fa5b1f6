package io.oktaadapter.archfixture.application.service;

import io.oktaadapter.archfixture.adapters.out.persistence.JpaThing;

/** Architecture fixture: an application service that wrongly uses an adapter. */
public class LeakyService {
  JpaThing thing;
}
