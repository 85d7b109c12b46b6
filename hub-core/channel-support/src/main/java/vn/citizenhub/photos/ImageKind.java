package vn.citizenhub.photos;

import java.util.Optional;

/**
 * The picture formats a report may carry, told by their first bytes (their "magic"), never by a
 * file name or a declared content type, both of which the sender chooses.
 */
enum ImageKind {
  /** SOI marker FF D8, then a marker's FF. */
  JPEG("jpeg"),
  /** The eight-byte PNG signature 89 'P' 'N' 'G' CR LF SUB LF. */
  PNG("png"),
  /** A RIFF container whose form type is "WEBP". */
  WEBP("webp");

  /** The ImageIO format name whose reader decodes it. */
  final String readerFormat;

  ImageKind(String readerFormat) {
    this.readerFormat = readerFormat;
  }

  static Optional<ImageKind> of(byte[] b) {
    if (b.length >= 3 && u(b[0]) == 0xFF && u(b[1]) == 0xD8 && u(b[2]) == 0xFF) {
      return Optional.of(JPEG);
    }
    if (b.length >= 8 && u(b[0]) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
        && b[4] == 0x0D && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
      return Optional.of(PNG);
    }
    if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
        && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
      return Optional.of(WEBP);
    }
    return Optional.empty();
  }

  private static int u(byte b) {
    return b & 0xFF;
  }
}
