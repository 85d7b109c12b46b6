package vn.citizenhub.attachments;

/** The attachment store could not do what was asked (disk, network, bucket); try again later. */
public class AttachmentStoreException extends RuntimeException {

  public AttachmentStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
