package vn.citizenhub.contract.intake;

/**
 * The citizen asks to be told the outcome of the ticket named by the envelope's tracking code, as
 * its reporter is, instead of reporting the same matter again (a web citizen who found it among
 * the similar open tickets). Unlike a {@link FollowUp} it says nothing to the agency and moves no
 * clock; it gives the contact details in the envelope for notices, so it carries its own consent.
 */
public record Follow(Consent consent) implements IntakePayload {}
