package vn.citizenhub.deploy.fuzz;

import static vn.citizenhub.deploy.fuzz.FuzzRandom.weight;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.citizenhub.testsupport.ExifBlock;
import vn.citizenhub.testsupport.MultipartForm;
import vn.citizenhub.testsupport.TestPhotos;

/**
 * Reports with photos (multipart form data) as the portal sends them and as an attacker would:
 * pictures (JPEG with and without EXIF, any GPS point and orientation tag; PNG; WebP), files that
 * are no picture (random bytes, text, a page, a PNG or JPEG signature with text behind it),
 * truncated pictures, pictures whose header claims up to billions of pixels, parts of other
 * names, too many photos, hostile file names and content types, no report or a spoiled one,
 * bodies cut off or with a boundary the header does not name.
 */
final class PhotoReportInputs {

  /** Made once: drawing a picture per case would make the run about drawing pictures. */
  private static final byte[] JPEG = TestPhotos.jpeg(640, 480);
  private static final byte[] SMALL_JPEG = TestPhotos.jpeg(48, 32);
  private static final byte[] PNG = TestPhotos.png(200, 150);
  private static final byte[] LARGE_JPEG = TestPhotos.jpeg(2200, 1400);

  private PhotoReportInputs() {}

  /** A part as drawn: its bytes and whether it alone makes the report one to refuse. */
  private record Part(String what, String name, String filename, String type, byte[] bytes,
      boolean bad, boolean photo) {}

  static PhotoCase cases(FuzzRandom r) {
    List<Part> parts = new ArrayList<>();
    String report = r.frequency(
        weight(6, x -> OrdinaryReport.json()),
        weight(2, WebReportInputs.form()),
        weight(1, x -> null));
    int photos = r.frequency(weight(3, x -> x.between(0, 2)), weight(3, x -> x.between(3, 5)),
        weight(1, x -> x.between(6, 8)));
    boolean refuse = report == null || photos > 5;
    for (int i = 0; i < photos; i++) {
      parts.add(photo(r));
    }
    if (r.between(0, 9) == 0) {
      parts.add(misnamed(r));
    }
    if (report != null) {
      parts.add(r.between(0, parts.size()), new Part("report", "report", "blob",
          r.oneOf("application/json", "text/plain", null), JsonText.bytes(report), false,
          false));
      if (r.between(0, 19) == 0) {
        parts.add(new Part("second report", "report", "blob", "application/json",
            JsonText.bytes(report), true, false));
      }
    }
    MultipartForm form = new MultipartForm();
    for (Part p : parts) {
      if (p.filename() == null) {
        form.part("form-data; name=\"" + p.name() + "\"", p.type(), p.bytes());
      } else {
        form.part("form-data; name=\"" + p.name() + "\"; filename=\"" + p.filename() + "\"",
            p.type(), p.bytes());
      }
    }
    List<String> shown = parts.stream().map(Part::what).toList();
    boolean refuseWhole = refuse;
    return r.frequency(
        weight(12, x -> new PhotoCase(form.contentType(), form.bytes(), shown, photos(parts),
            refuseWhole || parts.stream().anyMatch(Part::bad))),
        // No closing boundary: the server's decoder drops the unfinished last part (a browser
        // always closes the body; a body cut short of its Content-Length is refused). What is
        // before it must be judged as if sent alone.
        weight(1, x -> {
          List<Part> complete = parts.isEmpty() ? parts : parts.subList(0, parts.size() - 1);
          boolean noReport = complete.stream().noneMatch(p -> p.what().equals("report"));
          return new PhotoCase(form.contentType(), form.unterminated(), append(shown,
              "cut off"), photos(complete), noReport || photos(complete) > 5
              || complete.stream().anyMatch(Part::bad));
        }),
        weight(1, x -> new PhotoCase(x.oneOf("multipart/form-data",
            "multipart/form-data; boundary=other", "multipart/form-data; boundary=\"\""),
            form.bytes(), append(shown, "boundary not named"), photos(parts), true)));
  }

  private static int photos(List<Part> parts) {
    return (int) parts.stream().filter(Part::photo).count();
  }

  private static List<String> append(List<String> parts, String what) {
    List<String> more = new ArrayList<>(parts);
    more.add(what);
    return more;
  }

  private static Part photo(FuzzRandom r) {
    String filename = r.frequency(weight(4, x -> "IMG_" + x.between(1000, 9999) + ".jpg"),
        weight(1, x -> x.oneOf("anh.png", "../../etc/passwd", "a\\b.jpg", "ảnh.jpg",
            "x.jpg\u0000.html", "", "\u202egnp.exe", "a".repeat(300))));
    String type = r.oneOf("image/jpeg", "image/png", "image/webp", "application/octet-stream",
        "text/html", "image/svg+xml", null);
    return r.frequency(
        weight(8, x -> new Part("picture", "photo", filename, type, picture(x), false, true)),
        weight(3, x -> new Part("no picture", "photo", filename, type, noPicture(x), true,
            true)),
        weight(2, x -> {
          byte[] whole = x.oneOf(JPEG, PNG, LARGE_JPEG);
          return new Part("truncated", "photo", filename, type,
              TestPhotos.truncated(whole, x.between(1, whole.length * 9 / 10)), true, true);
        }),
        weight(2, x -> {
          int side = x.oneOf(7072, 8000, 20000, 65535, 100_000, Integer.MAX_VALUE);
          return new Part("claims " + side + "px", "photo", filename, type,
              TestPhotos.pngClaiming(side, x.oneOf(side, 7072, 1)), true, true);
        }));
  }

  /** A picture the hub keeps: plain, with a camera's EXIF (any point, any tag), PNG or WebP. */
  private static byte[] picture(FuzzRandom r) {
    return r.frequency(
        weight(3, x -> x.oneOf(JPEG, SMALL_JPEG)),
        weight(3, x -> TestPhotos.withExif(x.oneOf(JPEG, SMALL_JPEG, LARGE_JPEG),
            new ExifBlock(x.oneOf("Apple", "samsung", "<script>", "Đ"), x.oneOf("iPhone 15",
                "x".repeat(x.between(0, 300))), x.between(-1, 9), x.anyDouble() % 200,
                x.anyDouble() % 400))),
        weight(1, x -> PNG),
        weight(1, x -> TestPhotos.WEBP_1X1));
  }

  private static byte[] noPicture(FuzzRandom r) {
    return r.anyOf(
        x -> bytes(x, x.between(1, 3000)),
        x -> ("x" + x.anyString(200)).getBytes(StandardCharsets.UTF_8),
        x -> "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"
            .getBytes(StandardCharsets.UTF_8),
        x -> TestPhotos.pngSignatureWithText(),
        x -> concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, bytes(x, 500)),
        x -> concat("RIFF\0\0\0\0WEBP".getBytes(StandardCharsets.US_ASCII), bytes(x, 100)));
  }

  private static Part misnamed(FuzzRandom r) {
    String name = r.oneOf("file", "photos", "Photo", "photo[]", "", "ảnh", "report.photo");
    return new Part("part " + Shown.of(name), name, "a.jpg", "image/jpeg", SMALL_JPEG, true,
        false);
  }

  /**
   * Parts that are empty are left out by the server, as a browser's empty file input should be:
   * never drawn where a refusal is expected.
   */
  private static byte[] bytes(FuzzRandom r, int n) {
    byte[] out = new byte[n];
    for (int i = 0; i < n; i++) {
      out[i] = (byte) r.between(0, 255);
    }
    return out;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
