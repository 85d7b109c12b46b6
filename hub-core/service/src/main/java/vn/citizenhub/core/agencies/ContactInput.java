package vn.citizenhub.core.agencies;

/**
 * What an administrator sends to change an agency's published contact, hours and rules; the same
 * names as the public catalog's agency. Every field is replaced: a left-out English text is
 * cleared (the pages then show the Vietnamese).
 */
public record ContactInput(
    String focalPoint,
    String focalPointEn,
    String contactPhone,
    String contactEmail,
    String address,
    String addressEn,
    String hours,
    String hoursEn,
    String rules,
    String rulesEn,
    String infoRulesUrl) {}
