package vn.citizenhub.channel.zalo.conversation;

/**
 * A photo of the citizen's: where the kept copy is ({@code store:<key>} in the attachment store,
 * or the CDN link when it could not be fetched), its media type, and its size when kept.
 */
public record Photo(String url, String mediaType, Long bytes) {

  /** A photo as drafts written before the attachment store hold it. */
  public Photo(String url, String mediaType) {
    this(url, mediaType, null);
  }
}
