package io.oktaadapter.adapters.in.rest.events;

import io.oktaadapter.adapters.in.rest.common.StrictInput;
import java.util.Set;

/**
 * REST adapter: body of {@code POST /api/v1/events/redeliveries}.
 *
 * @param from ISO-8601 instant, inclusive (events received from then)
 * @param to ISO-8601 instant, exclusive; defaults to now
 * @param eventTypes only these types; all when empty
 * @param limit at most this many events (default 1000)
 */
@StrictInput
public record RedeliveryRequestDto(String from, String to, Set<String> eventTypes, Integer limit) {}
