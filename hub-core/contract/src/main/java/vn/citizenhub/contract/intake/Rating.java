package vn.citizenhub.contract.intake;

/** The citizen's rating (1 to 5) of how a resolved ticket was handled. */
public record Rating(int score, String comment) implements IntakePayload {}
