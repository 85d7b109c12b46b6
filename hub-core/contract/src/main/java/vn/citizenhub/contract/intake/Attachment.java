package vn.citizenhub.contract.intake;

/** A photo or file the citizen added, as a reference the channel can resolve. */
public record Attachment(String url, String mediaType) {}
