package vn.citizenhub.core.lifecycle;

import vn.citizenhub.contract.event.TicketEventType;
import vn.citizenhub.core.ticket.TimelineEntry.Visibility;

/** An internal note between staff; the citizen never sees it. */
final class NoteAction extends LifecycleAction {

  NoteAction() {
    super("NOTE", "ghi chú nội bộ", ANY, EVERY_STAFF);
  }

  @Override
  protected Change apply(TicketState next, ActionInput input, Actor actor, LifecycleContext ctx) {
    String text = required(input, "note", "nội dung ghi chú");
    return new Change(next)
        .line("NOTE", Visibility.INTERNAL, text, text)
        .event(TicketEventType.NOTE_ADDED);
  }
}
