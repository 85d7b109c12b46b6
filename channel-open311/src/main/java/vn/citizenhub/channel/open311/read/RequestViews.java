package vn.citizenhub.channel.open311.read;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import vn.citizenhub.channel.open311.wire.Fields;
import vn.citizenhub.channel.requests.PublicRequest;
import vn.citizenhub.contract.TrackingCode;

/**
 * One request as GeoReport v2 names its fields, every one present. Public data only: the place
 * is the commune's name (never the address the citizen typed) and the point rounded to about
 * 110 m; the description is null, as the hub never publishes a citizen's own words; the photo
 * only when the citizen allowed it in public. Times in Vietnam's offset (+07:00).
 */
@Singleton
public class RequestViews {

  static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private final String publicUrl;

  RequestViews(@Value("${hub.public-url:`http://localhost:8080`}") String publicUrl) {
    this.publicUrl = publicUrl.replaceAll("/+$", "");
  }

  public Fields of(PublicRequest r) {
    return new Fields()
        .put("service_request_id", new TrackingCode(r.trackingCode()).display())
        .put("status", r.open() ? "open" : "closed")
        .put("status_notes", r.statusLabel() + " / " + r.statusLabelEn())
        .put("service_name", r.categoryName())
        .put("service_code", r.categoryCode())
        .put("description", null)
        .put("agency_responsible", r.agencyName())
        .put("service_notice", null)
        .put("requested_datetime", time(r.receivedAt()))
        .put("updated_datetime", time(r.updatedAt()))
        .put("expected_datetime", endOf(r.dueDate()))
        .put("address", r.communeName())
        .put("address_id", null)
        .put("zipcode", null)
        .put("lat", r.latitude())
        .put("long", r.longitude())
        .put("media_url", r.photoPath() == null ? null : publicUrl + r.photoPath());
  }

  static String time(Instant at) {
    return at == null ? null
        : TIME.format(at.truncatedTo(ChronoUnit.SECONDS).atOffset(VIETNAM));
  }

  /** A due date is due by the end of that day in Vietnam. */
  static String endOf(LocalDate day) {
    return day == null ? null : TIME.format(day.atTime(LocalTime.of(23, 59, 59))
        .atOffset(VIETNAM));
  }
}
