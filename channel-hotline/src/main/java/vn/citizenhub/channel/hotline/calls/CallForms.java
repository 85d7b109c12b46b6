package vn.citizenhub.channel.hotline.calls;

import vn.citizenhub.contract.ItemKind;

/** What the console posts about a call. */
public final class CallForms {

  private CallForms() {}

  /** A call typed in by the operator (no phone system, or a call back). */
  public record StartCall(String caller) {}

  /**
   * A new report taken on the call; with {@code answer}, a matter answered there and then
   * (first-contact resolution), kept as a resolved ticket.
   *
   * @param callerPhone the number to link and text, when the call's own is withheld or wrong
   * @param consent the caller agreed after the consent text was read out
   */
  public record Report(ItemKind kind, String categoryCode, String communeCode, String address,
      String description, String callerName, String callerPhone, Boolean consent,
      String answer) {}

  /** What the caller adds to an existing ticket, instead of a new one. */
  public record FollowUp(String trackingCode, String message) {}

  /** A call with no matter: a wrong number or a nuisance. */
  public record Close(Outcome outcome) {}
}
