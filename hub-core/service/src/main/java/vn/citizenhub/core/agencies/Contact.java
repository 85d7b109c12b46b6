package vn.citizenhub.core.agencies;

/**
 * An agency's published contact as checked and stored: trimmed, English texts null where none was
 * given (the focal point's English is then empty: its column holds no null).
 */
record Contact(
    String focalPointVi,
    String focalPointEn,
    String phone,
    String email,
    String addressVi,
    String addressEn,
    String hoursVi,
    String hoursEn,
    String rulesVi,
    String rulesEn,
    String infoRulesUrl) {}
