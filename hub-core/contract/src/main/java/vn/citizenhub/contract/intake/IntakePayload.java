package vn.citizenhub.contract.intake;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What an intake carries: a new report, or something about an existing ticket (more information,
 * a rating, a "not fixed" verdict, a channel's delivery report, a citizen who follows it).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = NewReport.class, name = "NEW_REPORT"),
  @JsonSubTypes.Type(value = FollowUp.class, name = "FOLLOW_UP"),
  @JsonSubTypes.Type(value = Rating.class, name = "RATING"),
  @JsonSubTypes.Type(value = NotFixedVerdict.class, name = "NOT_FIXED"),
  @JsonSubTypes.Type(value = DeliveryReport.class, name = "DELIVERY_REPORT"),
  @JsonSubTypes.Type(value = Follow.class, name = "FOLLOW")
})
public sealed interface IntakePayload
    permits NewReport, FollowUp, Rating, NotFixedVerdict, DeliveryReport, Follow {}
