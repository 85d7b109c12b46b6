package vn.citizenhub.channel.web.follow;

import vn.citizenhub.channel.web.report.WebReportForm.ConsentForm;

/**
 * The JSON the portal posts when a citizen chooses to follow an open ticket (one of the similar
 * tickets it showed) instead of reporting the same matter again. A phone or an e-mail is needed:
 * it is how they will be told the outcome.
 *
 * @param citizenRef the portal's own stable id for the person, as on a report
 */
public record WebFollowForm(
    String trackingCode,
    String name,
    String phone,
    String email,
    String citizenRef,
    ConsentForm consent) {}
