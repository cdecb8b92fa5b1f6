package io.oktaadapter.adapters.out.okta;

import java.util.List;

/** Okta REST adapter: Okta's error body ({@code errorCode}, summary, id and causes). */
record OktaErrorBody(
    String errorCode, String errorSummary, String errorId, List<Cause> errorCauses) {

  /** One of Okta's reasons for refusing a request. */
  record Cause(String errorSummary) {}

  List<String> causes() {
    return errorCauses == null
        ? List.of()
        : errorCauses.stream().map(Cause::errorSummary).filter(c -> c != null).toList();
  }
}
