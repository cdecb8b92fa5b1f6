package io.oktaadapter.adapters.in.rest.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/**
 * REST adapter: an RFC 9457 problem details body ({@code application/problem+json}). Never holds
 * class names, stack traces or secret values.
 *
 * @param errors the offending fields, for validation problems
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    URI type, String title, int status, String detail, URI instance, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One offending field and why. */
  public record FieldError(String field, String message) {}
}
