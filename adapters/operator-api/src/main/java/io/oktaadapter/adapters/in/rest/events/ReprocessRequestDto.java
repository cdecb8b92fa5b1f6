package io.oktaadapter.adapters.in.rest.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.oktaadapter.adapters.in.rest.common.StrictInput;

/**
 * REST adapter: body of {@code POST /api/v1/events/quarantine/{id}/reprocessing} (optional).
 *
 * @param correctedBody the corrected System Log event (for an event entry) or delivery (for a
 *     delivery entry), as a JSON object; absent to reprocess the stored body after a fix of the
 *     adapter
 */
@StrictInput
public record ReprocessRequestDto(JsonNode correctedBody) {}
