package io.oktaadapter.adapters.in.rest.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * REST adapter: marks a request body type whose unknown properties are refused with a 400 problem
 * naming the property, instead of being silently dropped. Read-only fields a client might try to
 * set (status, version, Okta ids, timestamps) are unknown to these types, so mass assignment fails
 * loudly (ADR 0014).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface StrictInput {}
