package vn.citizenhub.core.knowledge;

import java.time.Instant;
import java.util.List;

/**
 * A ticket's question and answer as the lead reviews it: the masked texts, what the masking hid
 * (kinds and counts, never the values), the status, and where it shows once published. The
 * English texts are null until the lead writes them.
 */
public record PublicationView(
    long id, long ticketId, String trackingCode, String status, String questionVi,
    String answerVi, String questionEn, String answerEn, List<MaskedCount> masked, String draftedBy, Instant draftedAt,
    String publishedBy, Instant publishedAt, Instant updatedAt, String publicPath) {

  /** One kind of personal data the masking hid, and how many times. */
  public record MaskedCount(String kind, int count, String labelVi, String labelEn) {}
}
