package vn.citizenhub.testsupport.channel;

/**
 * How a channel refused bad input, read off its own edge.
 *
 * @param httpStatus the status an HTTP edge answered, or {@code null} where the refusal reaches
 *     the citizen in the channel's own medium (a Zalo message, say)
 * @param messageVi what the citizen was told, Vietnamese
 * @param messageEn the same, English
 */
public record ChannelRefusal(Integer httpStatus, String messageVi, String messageEn) {

  /** An HTTP edge's answer (the contract expects 400). */
  public static ChannelRefusal http(int status, String messageVi, String messageEn) {
    return new ChannelRefusal(status, messageVi, messageEn);
  }

  /** A refusal told in the channel's medium, where there is no HTTP status to judge. */
  public static ChannelRefusal inMedium(String messageVi, String messageEn) {
    return new ChannelRefusal(null, messageVi, messageEn);
  }
}
