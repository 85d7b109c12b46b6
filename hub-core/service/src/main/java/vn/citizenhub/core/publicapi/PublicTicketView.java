package vn.citizenhub.core.publicapi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What anyone holding a tracking code may see of a ticket: no name, phone, address or text; of
 * the citizen's photos only those they allowed, with their metadata stripped by the channel.
 */
public record PublicTicketView(
    String trackingCode,
    String status,
    String statusLabel,
    String statusLabelEn,
    Named category,
    Named agency,
    Named commune,
    String channel,
    Instant receivedAt,
    LocalDate dueDate,
    List<Step> timeline,
    List<Photo> photos) {

  /** A code with its names. */
  public record Named(String code, String name, String nameEn) {}

  /** A photo the citizen allowed on this page: {@code url} serves it. */
  public record Photo(String url) {}

  /** One public step of the ticket's history. */
  public record Step(Instant at, String type, String text, String textEn) {}
}
