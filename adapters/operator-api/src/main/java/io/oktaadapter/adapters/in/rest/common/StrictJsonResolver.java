package io.oktaadapter.adapters.in.rest.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * REST adapter: request bodies are read with duplicate keys refused ({@code {"key":"a","key":"b"}}
 * is a 400 naming the key, not "last one wins"). The application's shared mapper stays lenient for
 * what others send (Okta's hook payloads are read from bytes by the hook adapter itself).
 */
@Provider
class StrictJsonResolver implements ContextResolver<ObjectMapper> {

  private final ObjectMapper strict;

  StrictJsonResolver(ObjectMapper base) {
    this.strict = base.copy().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  }

  @Override
  public ObjectMapper getContext(Class<?> type) {
    return strict;
  }
}
