package io.oktaadapter.simulator;

import java.util.Map;

/**
 * Simulator observation: one Management API request and the response the simulator gave, as handed
 * to exchange listeners (for example a specification validator in tests).
 *
 * @param method HTTP method
 * @param path request path without query
 * @param query raw query string, empty when absent
 * @param requestHeaders request headers (last value per name, lower-case names)
 * @param requestBody request body text, empty when absent
 * @param status response status
 * @param responseHeaders response headers (lower-case names)
 * @param responseBody response body text, empty when absent
 */
public record RecordedExchange(
    String method,
    String path,
    String query,
    Map<String, String> requestHeaders,
    String requestBody,
    int status,
    Map<String, String> responseHeaders,
    String responseBody) {}
