package vn.citizenhub.channel.handoff;

/** Property names of the intake hand-off; a module that takes intake from citizens enables it. */
public final class HandoffSettings {
  /** {@code hub.intake-handoff.enabled}: true in every channel, false in hub-core alone. */
  public static final String ENABLED = "hub.intake-handoff.enabled";

  private HandoffSettings() {}
}
