package vn.citizenhub.core.publicapi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What anyone holding a tracking code may see of a ticket: no name, phone, address or text. */
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
    List<Step> timeline) {

  /** A code with its names. */
  public record Named(String code, String name, String nameEn) {}

  /** One public step of the ticket's history. */
  public record Step(Instant at, String type, String text, String textEn) {}
}
