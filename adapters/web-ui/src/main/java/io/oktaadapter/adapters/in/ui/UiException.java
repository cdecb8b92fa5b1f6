package io.oktaadapter.adapters.in.ui;

/** Web UI: a page that cannot be shown (404) or is not allowed (403); rendered as an error page. */
final class UiException extends RuntimeException {

  private final int status;

  private UiException(int status, String message) {
    super(message);
    this.status = status;
  }

  static UiException notFound(String message) {
    return new UiException(404, message);
  }

  static UiException forbidden(String message) {
    return new UiException(403, message);
  }

  int status() {
    return status;
  }
}
