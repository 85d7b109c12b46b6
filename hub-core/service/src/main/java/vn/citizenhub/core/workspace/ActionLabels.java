package vn.citizenhub.core.workspace;

import java.util.List;
import vn.citizenhub.core.lifecycle.TicketLifecycle;

/** Names the actions a staff member can take in words the console shows on its buttons. */
final class ActionLabels {

  private final TicketLifecycle lifecycle;

  ActionLabels(TicketLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  List<StaffTicketView.Action> of(List<String> names) {
    return names.stream().map(n -> new StaffTicketView.Action(n, lifecycle.labelVi(n))).toList();
  }
}
