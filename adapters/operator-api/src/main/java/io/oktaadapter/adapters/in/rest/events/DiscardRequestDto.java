package io.oktaadapter.adapters.in.rest.events;

import io.oktaadapter.adapters.in.rest.common.StrictInput;

/**
 * REST adapter: body of {@code POST /api/v1/events/quarantine/{id}/discarding}.
 *
 * @param reason why the entry is dropped (1 to 2000 characters; recorded in the audit log)
 */
@StrictInput
public record DiscardRequestDto(String reason) {}
