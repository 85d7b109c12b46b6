package vn.citizenhub.channel.zalo.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A report being put together, kept in the channel's database between messages.
 *
 * @param askedPhone whether the citizen was already offered to share their phone in this draft
 */
public record Draft(
    String description,
    List<Photo> photos,
    Double latitude,
    Double longitude,
    String address,
    String categoryCode,
    boolean askedPhone,
    Instant startedAt) {

  public static final int MAX_PHOTOS = 5;

  public Draft {
    photos = photos == null ? List.of() : List.copyOf(photos);
  }

  public static Draft start(Instant now) {
    return new Draft(null, List.of(), null, null, null, null, false, now);
  }

  public boolean hasLocation() {
    return (latitude != null && longitude != null) || (address != null && !address.isBlank());
  }

  /** The step the citizen is at: the first thing still missing. */
  public Step step() {
    if (description == null) {
      return Step.DESCRIBE;
    }
    if (!hasLocation()) {
      return Step.LOCATE;
    }
    if (categoryCode == null) {
      return Step.CATEGORY;
    }
    return Step.CONSENT;
  }

  public Draft withDescription(String text) {
    return new Draft(text, photos, latitude, longitude, address, categoryCode, askedPhone,
        startedAt);
  }

  public Draft withPoint(double lat, double lon, String label) {
    return new Draft(description, photos, lat, lon, label != null ? label : address,
        categoryCode, askedPhone, startedAt);
  }

  public Draft withAddress(String text) {
    return new Draft(description, photos, latitude, longitude, text, categoryCode, askedPhone,
        startedAt);
  }

  public Draft withCategory(String code) {
    return new Draft(description, photos, latitude, longitude, address, code, askedPhone,
        startedAt);
  }

  public Draft withPhoneAsked() {
    return new Draft(description, photos, latitude, longitude, address, categoryCode, true,
        startedAt);
  }

  public Draft withPhotos(List<Photo> more) {
    List<Photo> all = new ArrayList<>(photos);
    for (Photo p : more) {
      if (all.size() < MAX_PHOTOS) {
        all.add(p);
      }
    }
    return new Draft(description, all, latitude, longitude, address, categoryCode, askedPhone,
        startedAt);
  }

  /** Where a report stands. */
  public enum Step { DESCRIBE, LOCATE, CATEGORY, CONSENT }
}
