package vn.citizenhub.core.workspace;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The ticket page: everything the handling agency needs, the citizen's contact included (their
 * opening it is audited), the whole timeline, the citizen's photos, and the actions this staff
 * member can take now.
 */
public record StaffTicketView(
    long id,
    int version,
    String trackingCode,
    String status,
    String statusLabel,
    String kind,
    Named category,
    Named commune,
    Named agency,
    String channel,
    Instant receivedAt,
    LocalDate firstResponseDue,
    Instant firstResponseAt,
    LocalDate dueDate,
    String dueState,
    String dueStateLabel,
    Instant resolvedAt,
    String closureCode,
    Boolean onTime,
    LocalDate pausedSince,
    boolean extended,
    int escalation,
    Related mergedInto,
    List<Related> duplicates,
    Named transferTo,
    String transferReason,
    Long assigneeId,
    String description,
    String address,
    BigDecimal latitude,
    BigDecimal longitude,
    Integer rating,
    List<GivenRating> ratings,
    Citizen citizen,
    List<Line> timeline,
    List<Action> actions,
    List<CannedAnswer> cannedAnswers,
    List<Colleague> agencyStaff,
    List<AttachedFile> attachments) {

  public record Named(String code, String name, String nameEn) {}

  public record Related(long id, String trackingCode) {}

  /** Personal data: shown only on this page, to staff in scope. */
  public record Citizen(String name, String phone, String email, String channel) {}

  /**
   * One citizen's rating of the answer (a citizen who rates again replaces their own): by the
   * reporter, or by a merged duplicate's reporter or a follower. The comment is their own words.
   */
  public record GivenRating(int score, String comment, String channel, Instant ratedAt,
      boolean byReporter) {}

  public record Line(Instant at, String type, String visibility, String textVi, String textEn,
      String actor) {}

  public record Action(String name, String label) {}

  public record CannedAnswer(int id, String title, String textVi, String textEn) {}

  public record Colleague(long id, String name, String role) {}

  /**
   * A photo or file the citizen sent; {@code url} serves its bytes to staff in scope. The photo
   * may show personal data (faces, number plates): it is on this page only.
   */
  public record AttachedFile(long id, String mediaType, String url, boolean publicAllowed,
      Long bytes, String channel, Instant receivedAt) {}
}
