package io.oktaadapter.archfixture.domain;

/** Architecture fixture: a domain class that wrongly uses a framework annotation. */
public class LeakyEntity {
  @jakarta.inject.Inject Object injected;
}
