package vn.citizenhub.core.lifecycle;

import java.util.Set;
import vn.citizenhub.core.staff.StaffRole;
import vn.citizenhub.core.ticket.TicketStatus;

/**
 * One thing that can happen to a ticket. A new kind of action is a new subclass added to
 * {@link TicketLifecycle#standard}, not a new branch in a switch.
 */
public abstract class LifecycleAction {

  private final String name;
  private final String labelVi;
  private final Set<TicketStatus> from;
  private final Set<StaffRole> roles;

  /**
   * @param from the statuses the action starts from
   * @param roles the staff roles that may take it; empty for actions only intake or the hub takes
   */
  protected LifecycleAction(String name, String labelVi, Set<TicketStatus> from,
      Set<StaffRole> roles) {
    this.name = name;
    this.labelVi = labelVi;
    this.from = from;
    this.roles = roles;
  }

  public String name() {
    return name;
  }

  public String labelVi() {
    return labelVi;
  }

  public boolean allows(Actor actor) {
    return actor.isStaff() ? roles.contains(actor.role()) : roles.isEmpty();
  }

  /** Whether the action can start from this ticket's state (status, and any extra condition). */
  public boolean appliesTo(TicketState t) {
    return from.contains(t.status);
  }

  /** Applies the action to {@code next}, a copy of the ticket the action may change. */
  protected abstract Change apply(TicketState next, ActionInput input, Actor actor,
      LifecycleContext ctx);

  protected static String required(ActionInput input, String field, String fieldVi) {
    return required(input, field, fieldVi, ActionLimits.MAX_TEXT);
  }

  /** The action's text, at most {@code max} characters, and its English version if given. */
  protected static String required(ActionInput input, String field, String fieldVi, int max) {
    if (!input.hasText()) {
      throw LifecycleRefusal.invalid("TEXT_REQUIRED", "Vui lòng nhập " + fieldVi + ".",
          "Please enter the " + field + ".");
    }
    String text = ActionLimits.checked(input.text(), max, true, fieldVi, "the " + field);
    if (input.textEn() != null) {
      ActionLimits.checked(input.textEn(), ActionLimits.MAX_TEXT, true,
          "bản tiếng Anh", "the English text");
    }
    return text;
  }

  /** An optional text of the action (a coordinator's note), checked like a required one. */
  protected static String optional(ActionInput input, String field, String fieldVi) {
    return input.hasText()
        ? ActionLimits.checked(input.text(), ActionLimits.MAX_TEXT, true, fieldVi, "the " + field)
        : null;
  }

  /** The English text of a public line: the officer's own, or the Vietnamese one marked as such. */
  protected static String english(ActionInput input, String vietnamese) {
    return input.textEn() != null && !input.textEn().isBlank() ? input.textEn().trim()
        : "(in Vietnamese) " + vietnamese;
  }

  static final Set<StaffRole> HANDLERS = Set.of(StaffRole.AGENCY_OFFICER, StaffRole.AGENCY_LEAD,
      StaffRole.COORDINATOR, StaffRole.ADMINISTRATOR);
  static final Set<StaffRole> LEADS = Set.of(StaffRole.AGENCY_LEAD, StaffRole.COORDINATOR,
      StaffRole.ADMINISTRATOR);
  static final Set<StaffRole> COORDINATORS = Set.of(StaffRole.COORDINATOR,
      StaffRole.ADMINISTRATOR);
  static final Set<StaffRole> EVERY_STAFF = Set.of(StaffRole.values());
  static final Set<StaffRole> NO_STAFF = Set.of();

  static final Set<TicketStatus> WORKABLE = Set.of(TicketStatus.ROUTED, TicketStatus.ASSIGNED,
      TicketStatus.IN_PROGRESS, TicketStatus.REOPENED);
  static final Set<TicketStatus> OPEN = Set.of(TicketStatus.RECEIVED, TicketStatus.ROUTED,
      TicketStatus.TRIAGE, TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS,
      TicketStatus.WAITING_FOR_CITIZEN, TicketStatus.REOPENED);
  static final Set<TicketStatus> ANY = Set.of(TicketStatus.values());
}
