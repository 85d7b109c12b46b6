package vn.citizenhub.channel.requests;

import java.time.Instant;
import java.util.List;

/**
 * Which public requests to list: by tracking code (then nothing else narrows), or by category,
 * time received and state, newest first, one page at a time.
 *
 * @param trackingCodes stored forms; non-empty means "these and only these"
 * @param open true: only open ones, false: only closed ones, null: both
 * @param page from 1
 */
public record RequestQuery(
    List<String> trackingCodes,
    List<String> categoryCodes,
    Instant receivedFrom,
    Instant receivedTo,
    Boolean open,
    int page,
    int pageSize) {

  public RequestQuery {
    trackingCodes = trackingCodes == null ? List.of() : List.copyOf(trackingCodes);
    categoryCodes = categoryCodes == null ? List.of() : List.copyOf(categoryCodes);
  }

  /** The ticket with this code alone. */
  public static RequestQuery one(String trackingCode) {
    return new RequestQuery(List.of(trackingCode), List.of(), null, null, null, 1, 1);
  }
}
