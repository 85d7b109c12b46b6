package vn.citizenhub.photos;

import java.util.Optional;

/**
 * A photo as the hub keeps it: re-encoded as JPEG from its pixels alone (no metadata survives),
 * upright, at most {@link PhotoSettings#getLongSide()} pixels on its longer side; with the GPS
 * point its metadata had, read before it was stripped.
 *
 * @param originalSha256 hex SHA-256 of the bytes as sent: part of the request's identity for the
 *     Idempotency-Key
 */
public record CleanPhoto(byte[] jpeg, int width, int height, Optional<PhotoMetadata.Point> gps,
    String originalSha256) {

  public static final String MEDIA_TYPE = "image/jpeg";
}
