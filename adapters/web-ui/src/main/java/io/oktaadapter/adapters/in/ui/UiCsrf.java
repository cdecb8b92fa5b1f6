package io.oktaadapter.adapters.in.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Web UI: the CSRF token of the current request (double-submit cookie, ADR 0015), for the forms'
 * hidden field ({@code {inject:csrf.parameterName}}, {@code {inject:csrf.token}}). The token comes
 * from the {@value #COOKIE} cookie, or is new (then {@link UiCsrfFilter} sets the cookie).
 */
@RequestScoped
@Named("csrf")
public class UiCsrf {

  static final String COOKIE = "csrf-token";
  static final String FIELD = "csrf-token";
  static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private String token;
  private boolean fresh;

  /** Adopts the cookie's token when well-formed, else draws a new one. */
  void init(String cookieValue) {
    if (cookieValue != null && SHAPE.matcher(cookieValue).matches()) {
      token = cookieValue;
      fresh = false;
    } else {
      byte[] bytes = new byte[32];
      RANDOM.nextBytes(bytes);
      token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      fresh = true;
    }
  }

  public String getToken() {
    return token;
  }

  public String getParameterName() {
    return FIELD;
  }

  boolean fresh() {
    return fresh;
  }
}
