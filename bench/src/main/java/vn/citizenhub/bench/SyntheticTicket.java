package vn.citizenhub.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One generated ticket: a row of the ticket table and its timeline, as hub-core would have left it. */
final class SyntheticTicket {

  /** One timeline_entry row. */
  record Line(Instant at, String type, boolean internal, String textVi, String textEn,
      String actor) {}

  long id;
  String trackingCode;
  String kind;
  String category;
  String clock;
  String commune;
  BigDecimal latitude;
  BigDecimal longitude;
  String address;
  String description;
  long citizenId;
  String channel;
  String status;
  String agency;
  Instant receivedAt;
  LocalDate firstResponseDue;
  LocalDate dueDate;
  Integer rating;
  Long assignee;
  Instant firstResponseAt;
  Instant resolvedAt;
  Instant closedAt;
  String closureCode;
  Boolean onTime;
  LocalDate pausedSince;
  boolean extended;
  int escalation;
  Long duplicateOf;
  String transferTo;
  String transferReason;
  final List<Line> timeline = new ArrayList<>();

  void line(Instant at, String type, boolean internal, String textVi, String textEn,
      String actor) {
    timeline.add(new Line(at, type, internal, textVi, textEn, actor));
  }

  Instant updatedAt() {
    Instant last = receivedAt;
    for (Line line : timeline) {
      if (line.at().isAfter(last)) {
        last = line.at();
      }
    }
    return last;
  }

  /** One version per change after the ticket was created, as optimistic locking counts them. */
  int version() {
    return Math.max(0, timeline.size() - 1);
  }

  boolean open() {
    return !"RESOLVED".equals(status) && !"CLOSED".equals(status);
  }
}
