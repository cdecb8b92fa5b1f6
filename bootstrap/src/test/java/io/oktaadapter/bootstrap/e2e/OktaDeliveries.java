package io.oktaadapter.bootstrap.e2e;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Test fixtures: event-hook deliveries in the shape Okta documents (envelope with data.events[] of
 * System Log events), written for these tests.
 */
final class OktaDeliveries {

  static final String ORG = "https://acme-test.okta.com";

  private OktaDeliveries() {}

  /** A System Log event about a user. */
  static String userEvent(String uuid, String eventType, String userId, String published) {
    return """
        {"uuid":"%s","published":"%s","eventType":"%s","version":"0",
         "displayMessage":"test event","severity":"INFO",
         "client":{"userAgent":{"rawUserAgent":"test","os":"Linux","browser":"CHROME"},"zone":"null",
                   "device":"Computer","id":null,"ipAddress":"198.51.100.7","geographicalContext":null},
         "actor":{"id":"%s","type":"User","alternateId":"jane@example.com","displayName":"Jane Doe","detailEntry":null},
         "outcome":{"result":"SUCCESS","reason":null},
         "target":[{"id":"%s","type":"User","alternateId":"jane@example.com","displayName":"Jane Doe","detailEntry":null}],
         "transaction":{"type":"WEB","id":"tx-%s","detail":{}},
         "debugContext":{"debugData":{"requestUri":"/login"}},
         "legacyEventType":"core.user_auth.login_success",
         "authenticationContext":{"authenticationStep":0,"externalSessionId":"102abc"},
         "securityContext":{"asNumber":null,"asOrg":null,"isp":null,"domain":null,"isProxy":null}}
        """
        .formatted(uuid, published, eventType, userId, userId, uuid);
  }

  /** An event the way some real deliveries look: null actor, target and debugContext. */
  static String sparseEvent(String uuid, String eventType, String published) {
    return """
        {"uuid":"%s","published":"%s","eventType":"%s","version":"0","severity":"INFO",
         "actor":null,"target":null,"debugContext":null,"outcome":{"result":"Success"}}
        """
        .formatted(uuid, published, eventType);
  }

  static String delivery(String deliveryId, List<String> events) {
    return """
        {"eventType":"com.okta.event_hook","eventTypeVersion":"1.0","cloudEventsVersion":"0.1",
         "source":"%s/api/v1/eventHooks/whoTestHook0000000","eventId":"%s",
         "data":{"events":[%s]},"eventTime":"2026-11-24T10:00:01.000Z","contentType":"application/json"}
        """
        .formatted(ORG, deliveryId, events.stream().collect(Collectors.joining(",")));
  }
}
