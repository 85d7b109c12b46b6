package vn.citizenhub.contract.intake;

/** The citizen says a resolved ticket is not fixed; the ticket is reopened. */
public record NotFixedVerdict(String comment) implements IntakePayload {}
