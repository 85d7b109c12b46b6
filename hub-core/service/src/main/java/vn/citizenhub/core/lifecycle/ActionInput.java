package vn.citizenhub.core.lifecycle;

/**
 * What a staff member sends with an action; each action reads the fields it needs.
 *
 * @param version the ticket version the staff member saw: a stale one is a conflict
 * @param text the note, reply, question, answer or reason, in Vietnamese
 * @param textEn the English version of a public text, when the officer writes one
 */
public record ActionInput(
    String action,
    Integer version,
    String text,
    String textEn,
    Long assigneeId,
    String agencyCode,
    String closureCode,
    String competentBody,
    Long intoTicketId) {

  public static ActionInput of(String action) {
    return new ActionInput(action, null, null, null, null, null, null, null, null);
  }

  boolean hasText() {
    return text != null && !text.isBlank();
  }
}
