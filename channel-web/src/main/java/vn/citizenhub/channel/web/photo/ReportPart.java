package vn.citizenhub.channel.web.photo;

import io.micronaut.http.multipart.CompletedPart;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import vn.citizenhub.photos.PhotoRefusal;

/** The {@code report} part: UTF-8 text of at most {@link PhotoUploads#MAX_REPORT_BYTES}. */
final class ReportPart {

  private ReportPart() {}

  static String text(CompletedPart part) {
    byte[] bytes;
    try (InputStream in = part.getInputStream()) {
      bytes = in.readNBytes(PhotoUploads.MAX_REPORT_BYTES + 1);
    } catch (IOException e) {
      throw notUtf8();
    }
    if (bytes.length > PhotoUploads.MAX_REPORT_BYTES) {
      throw PhotoRefusal.reportTooLarge();
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw notUtf8();
    }
  }

  private static PhotoRefusal notUtf8() {
    return PhotoRefusal.badForm("MALFORMED_JSON",
        "Nội dung gửi lên không phải JSON hợp lệ.", "The request body is not valid JSON.");
  }
}
