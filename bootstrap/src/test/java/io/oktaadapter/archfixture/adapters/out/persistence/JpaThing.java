package io.oktaadapter.archfixture.adapters.out.persistence;

import io.oktaadapter.archfixture.bootstrap.Wiring;

/** Architecture fixture: an adapter that wrongly uses bootstrap. */
public class JpaThing {
  Wiring wiring;
}
