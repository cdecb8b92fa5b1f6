package io.oktaadapter.application.port.in.events;

/** Inbound port: keeps an authenticated but malformed delivery for operators. */
public interface QuarantineDeliveryUseCase {

  /**
   * @param rawBody the body as received; cut to the configured limit before it is stored
   * @param reason why the delivery was refused, as told to Okta
   */
  void quarantine(String rawBody, String reason);
}
