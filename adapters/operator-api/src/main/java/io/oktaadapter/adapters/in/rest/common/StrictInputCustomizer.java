package io.oktaadapter.adapters.in.rest.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * REST adapter: makes Jackson refuse unknown properties of {@link StrictInput} types only; other
 * JSON read by the application (Okta's payloads, for instance) keeps ignoring what it does not
 * know.
 */
@Singleton
class StrictInputCustomizer implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.addHandler(new Refuser());
  }

  private static final class Refuser extends DeserializationProblemHandler {
    @Override
    public boolean handleUnknownProperty(
        DeserializationContext ctxt,
        JsonParser p,
        JsonDeserializer<?> deserializer,
        Object beanOrClass,
        String propertyName)
        throws IOException {
      Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
      if (type.isAnnotationPresent(StrictInput.class)) {
        throw UnrecognizedPropertyException.from(p, beanOrClass, propertyName, null);
      }
      return false;
    }
  }
}
