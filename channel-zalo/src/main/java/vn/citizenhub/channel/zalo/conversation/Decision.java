package vn.citizenhub.channel.zalo.conversation;

import java.util.List;

/** The draft after a message (null: none) and what to do about it. */
public record Decision(Draft draft, List<Action> actions) {
  public Decision {
    actions = List.copyOf(actions);
  }
}
