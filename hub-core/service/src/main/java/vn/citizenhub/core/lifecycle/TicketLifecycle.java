package vn.citizenhub.core.lifecycle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ticket state machine: which actions exist, who may take them, from which states. Plain Java:
 * the service around it loads and stores tickets; this decides.
 */
public final class TicketLifecycle {

  private final Map<String, LifecycleAction> actions = new LinkedHashMap<>();

  public TicketLifecycle(List<LifecycleAction> actions) {
    actions.forEach(a -> this.actions.put(a.name(), a));
  }

  public static TicketLifecycle standard() {
    return new TicketLifecycle(List.of(new RouteAction(), new AssignAction(),
        new AcknowledgeAction(), new ReplyAction(), new RequestInfoAction(),
        new TransferAction(), new ApproveTransferAction(), new RejectTransferAction(),
        new ExtendAction(), new ResolveAction(), new MergeAction(), new ReopenAction(),
        new CloseAction(), new NoteAction(), new CitizenAnsweredAction(),
        new CitizenNotFixedAction(), new EscalateAction()));
  }

  /** Applies an action to a copy of {@code current}; refuses with the reason if it may not be. */
  public Change apply(TicketState current, ActionInput input, Actor actor, LifecycleContext ctx) {
    LifecycleAction action = Optional.ofNullable(input.action()).map(actions::get)
        .orElseThrow(() -> LifecycleRefusal.invalid("UNKNOWN_ACTION",
            "Thao tác không tồn tại: " + input.action() + ".",
            "No such action: " + input.action() + "."));
    if (!action.allows(actor)) {
      throw LifecycleRefusal.notAllowed(action.labelVi());
    }
    if (!action.appliesTo(current)) {
      throw LifecycleRefusal.illegal(action.labelVi(), current);
    }
    return action.apply(current.copy(), input, actor, ctx);
  }

  /** The actions this actor can take on this ticket now, for the console's buttons. */
  public List<String> available(TicketState t, Actor actor) {
    return actions.values().stream()
        .filter(a -> a.allows(actor) && a.appliesTo(t))
        .map(LifecycleAction::name)
        .toList();
  }

  /** The Vietnamese label of an action, for buttons. */
  public String labelVi(String action) {
    LifecycleAction a = actions.get(action);
    return a == null ? action : a.labelVi();
  }

  /** Whether the hub's escalation has something to raise on this ticket today. */
  public boolean escalationDue(TicketState t, LifecycleContext ctx) {
    return actions.get(EscalateAction.NAME).appliesTo(t)
        && EscalateAction.levelDue(t, ctx) > t.escalation;
  }

  public static final String ESCALATE = EscalateAction.NAME;
  public static final String CLOSE = CloseAction.NAME;
  public static final String MERGE = MergeAction.NAME;
  public static final String CITIZEN_ANSWERED = CitizenAnsweredAction.NAME;
  public static final String CITIZEN_NOT_FIXED = CitizenNotFixedAction.NAME;
}
