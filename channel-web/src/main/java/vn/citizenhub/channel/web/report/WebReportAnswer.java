package vn.citizenhub.channel.web.report;

/** What the portal shows the citizen after they send a report. */
public record WebReportAnswer(
    String trackingCode, String status, String message, String messageEn, String trackingUrl) {}
