package vn.citizenhub.contract.intake;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Optional;

/**
 * A photo or file the citizen added, as a reference the hub can resolve.
 *
 * <p>A channel that keeps the file in the hub's attachment store (channel-support,
 * {@code vn.citizenhub.attachments}) writes {@code store:<key>} as the url, with the stored size;
 * hub-core records such attachments on the ticket and serves them to staff. Any other url (a
 * link the channel could not download) is kept on the ticket's internal timeline as text.
 *
 * @param bytes optional: the size of the stored file
 * @param publicAllowed optional (absent is false): the citizen allowed this photo on the public
 *     tracking page; only a channel that stripped the photo's metadata may set it
 */
public record Attachment(String url, String mediaType, Long bytes, Boolean publicAllowed) {

  /** The url scheme of a file in the hub's attachment store. */
  public static final String STORE_SCHEME = "store:";

  /** A link as before the attachment store: nothing known of its size, not public. */
  public Attachment(String url, String mediaType) {
    this(url, mediaType, null, null);
  }

  /** A file the channel put in the attachment store under {@code key}. */
  public static Attachment stored(String key, String mediaType, long bytes,
      boolean publicAllowed) {
    return new Attachment(STORE_SCHEME + key, mediaType, bytes, publicAllowed);
  }

  /** The attachment store's key when the url is {@code store:<key>}. */
  @JsonIgnore // derived, not part of the wire format
  public Optional<String> storeKey() {
    return url != null && url.startsWith(STORE_SCHEME)
        ? Optional.of(url.substring(STORE_SCHEME.length())) : Optional.empty();
  }

  /** True only when the citizen said yes. */
  @JsonIgnore // derived, not part of the wire format
  public boolean mayBePublic() {
    return Boolean.TRUE.equals(publicAllowed);
  }
}
