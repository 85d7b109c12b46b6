package vn.citizenhub.testsupport.channel;

/**
 * What a channel told its citizen after an intake, read off the channel's own edge (the HTTP
 * answer, the message sent back in the medium, the operator's screen).
 *
 * @param status whether the channel said the intake is on its way or delayed
 * @param trackingCode the code the citizen was given, in any form a citizen may type it
 * @param told what the citizen read or heard (must show the tracking code)
 */
public record ChannelIntake(Status status, String trackingCode, String told) {

  /** The two honest answers to an intake the channel kept. */
  public enum Status {
    /** Kafka has it (or had it the first time the same key was seen). */
    RECEIVED,
    /** The channel kept it and will send it when Kafka is back: "processing delayed". */
    RECEIVED_PROCESSING_DELAYED
  }
}
