package vn.citizenhub.channel.app.api;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.multipart.Attribute;
import io.netty.handler.codec.http.multipart.DefaultHttpDataFactory;
import io.netty.handler.codec.http.multipart.FileUpload;
import io.netty.handler.codec.http.multipart.HttpData;
import io.netty.handler.codec.http.multipart.HttpPostMultipartRequestDecoder;
import io.netty.handler.codec.http.multipart.InterfaceHttpData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.citizenhub.channel.app.signing.SignedBody;
import vn.citizenhub.photos.PhotoRefusal;

/**
 * Reads a multipart report from the exact bytes the signature covered ({@link SignedBody}), with
 * Netty's multipart decoder (the one Micronaut's server uses): one part {@code report} (the JSON,
 * at most {@link #MAX_REPORT_BYTES}) and up to {@code maxPhotos} parts {@code photo}. Parts over
 * a quarter megabyte wait on disk until read; {@link Upload#close()} releases them.
 */
final class AppMultipart {

  static final int MAX_REPORT_BYTES = 65536;
  static final String REPORT_PART = "report";
  static final String PHOTO_PART = "photo";
  private static final long ON_DISK_ABOVE = 262144;

  private AppMultipart() {}

  /** The report's JSON and its photo parts; close it to release them. */
  static final class Upload implements AutoCloseable {
    private final HttpPostMultipartRequestDecoder decoder;
    private final String reportJson;
    private final List<HttpData> photos;

    Upload(HttpPostMultipartRequestDecoder decoder, String reportJson, List<HttpData> photos) {
      this.decoder = decoder;
      this.reportJson = reportJson;
      this.photos = photos;
    }

    String reportJson() {
      return reportJson;
    }

    int photoCount() {
      return photos.size();
    }

    /** The bytes of photo {@code index}; a photo over {@code maxBytes} is refused. */
    byte[] photoBytes(int index, long maxBytes) {
      HttpData part = photos.get(index);
      if (part.length() > maxBytes) {
        throw PhotoRefusal.tooLarge(index, maxBytes);
      }
      try {
        return part.get();
      } catch (IOException e) {
        throw PhotoRefusal.notAnImage(index);
      }
    }

    @Override
    public void close() {
      decoder.destroy();
    }
  }

  static Upload parse(SignedBody body, String contentType, int maxPhotos) {
    DefaultHttpRequest head =
        new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/api/app/v1/reports");
    head.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
    HttpPostMultipartRequestDecoder decoder;
    try {
      decoder = new HttpPostMultipartRequestDecoder(new DefaultHttpDataFactory(ON_DISK_ABOVE),
          head, StandardCharsets.UTF_8);
    } catch (RuntimeException e) {
      throw malformed();
    }
    try (InputStream in = body.open()) {
      byte[] chunk = new byte[65536];
      for (int n; (n = in.read(chunk)) != -1; ) {
        decoder.offer(new DefaultHttpContent(Unpooled.copiedBuffer(chunk, 0, n)));
      }
      decoder.offer(LastHttpContent.EMPTY_LAST_CONTENT);
      return collect(decoder, maxPhotos);
    } catch (PhotoRefusal refusal) {
      decoder.destroy();
      throw refusal;
    } catch (IOException | RuntimeException e) {
      decoder.destroy();
      throw malformed();
    }
  }

  private static Upload collect(HttpPostMultipartRequestDecoder decoder, int maxPhotos)
      throws IOException {
    String report = null;
    List<HttpData> photos = new ArrayList<>();
    for (InterfaceHttpData data : decoder.getBodyHttpDatas()) {
      String name = data.getName();
      if (PHOTO_PART.equals(name) && data instanceof FileUpload photo) {
        if (photos.size() >= maxPhotos) {
          throw PhotoRefusal.tooMany(maxPhotos);
        }
        photos.add(photo);
      } else if (REPORT_PART.equals(name) && report == null
          && (data instanceof FileUpload || data instanceof Attribute)) {
        HttpData part = (HttpData) data;
        if (part.length() > MAX_REPORT_BYTES) {
          throw PhotoRefusal.reportTooLarge();
        }
        report = part.getString(StandardCharsets.UTF_8);
      } else {
        throw PhotoRefusal.badForm("UNKNOWN_PART",
            "Biểu mẫu chỉ gồm một phần 'report' (nội dung phản ánh) và các phần 'photo' (ảnh).",
            "The form has one part 'report' (the report) and parts 'photo' (photos) only.");
      }
    }
    if (report == null) {
      throw PhotoRefusal.badForm("REPORT_PART_MISSING",
          "Thiếu phần 'report' (nội dung phản ánh dạng JSON).",
          "The part 'report' (the report as JSON) is missing.");
    }
    return new Upload(decoder, report, photos);
  }

  private static PhotoRefusal malformed() {
    return PhotoRefusal.badForm("MALFORMED_MULTIPART",
        "Nội dung gửi lên không phải biểu mẫu nhiều phần (multipart) hợp lệ.",
        "The request body is not valid multipart form data.");
  }
}
