package vn.citizenhub.channel.open311.wire;

/**
 * One answer of the API: its XML root element and its body, either one element's
 * {@link Fields} (discovery, a service definition) or a list ({@link Items}: services, requests,
 * errors). In JSON the root's name does not appear: an object or an array.
 */
public record Answer(String root, Object body) {

  public static Answer list(String root, Items items) {
    return new Answer(root, items);
  }

  public static Answer object(String root, Fields fields) {
    return new Answer(root, fields);
  }
}
