package vn.citizenhub.testsupport;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An EXIF block as a camera writes it into a JPEG's APP1 segment (EXIF 2.32, TIFF 6.0,
 * big-endian): IFD0 with Make, Model and Orientation and a pointer to the GPS IFD, which holds
 * the version, latitude and longitude (degrees, minutes, seconds as rationals, with N/S and E/W).
 *
 * @param orientation 1 (upright) to 8
 */
public record ExifBlock(String make, String model, int orientation, double latitude,
    double longitude) {

  private static final int BYTE = 1;
  private static final int ASCII = 2;
  private static final int SHORT = 3;
  private static final int LONG = 4;
  private static final int RATIONAL = 5;

  private record Entry(int tag, int type, int count, byte[] value) {}

  /** {@code FF E1}, its length, "Exif\0\0" and the TIFF structure. */
  public byte[] app1Segment() {
    byte[] tiff = tiff();
    ByteBuffer app1 = ByteBuffer.allocate(4 + 6 + tiff.length);
    app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiff.length));
    app1.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(tiff);
    return app1.array();
  }

  private byte[] tiff() {
    List<Entry> gps = List.of(
        new Entry(0x0000, BYTE, 4, new byte[] {2, 3, 0, 0}),
        new Entry(0x0001, ASCII, 2, ascii(latitude >= 0 ? "N" : "S")),
        new Entry(0x0002, RATIONAL, 3, dms(Math.abs(latitude))),
        new Entry(0x0003, ASCII, 2, ascii(longitude >= 0 ? "E" : "W")),
        new Entry(0x0004, RATIONAL, 3, dms(Math.abs(longitude))));
    List<Entry> ifd0 = new ArrayList<>(List.of(
        new Entry(0x010F, ASCII, make.length() + 1, ascii(make)),
        new Entry(0x0110, ASCII, model.length() + 1, ascii(model)),
        new Entry(0x0112, SHORT, 1, ByteBuffer.allocate(2).putShort((short) orientation)
            .array())));
    int ifd0Offset = 8;
    int gpsOffset = ifd0Offset + size(ifd0.size() + 1) + dataSize(ifd0);
    ifd0.add(new Entry(0x8825, LONG, 1, ByteBuffer.allocate(4).putInt(gpsOffset).array()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {'M', 'M', 0, 0x2A, 0, 0, 0, 8});
    write(out, ifd0, ifd0Offset);
    write(out, gps, gpsOffset);
    return out.toByteArray();
  }

  /** An IFD: its entry count, its entries, no next IFD, then the values too long to inline. */
  private static void write(ByteArrayOutputStream out, List<Entry> entries, int offset) {
    int data = offset + size(entries.size());
    ByteArrayOutputStream values = new ByteArrayOutputStream();
    out.writeBytes(ByteBuffer.allocate(2).putShort((short) entries.size()).array());
    for (Entry e : entries) {
      ByteBuffer entry = ByteBuffer.allocate(12).putShort((short) e.tag())
          .putShort((short) e.type()).putInt(e.count());
      if (e.value().length <= 4) {
        entry.put(e.value());
      } else {
        entry.putInt(data + values.size());
        values.writeBytes(e.value());
        if (values.size() % 2 == 1) {
          values.write(0); // values start on a word boundary
        }
      }
      out.writeBytes(entry.array());
    }
    out.writeBytes(new byte[4]);
    out.writeBytes(values.toByteArray());
  }

  private static int size(int entries) {
    return 2 + 12 * entries + 4;
  }

  private static int dataSize(List<Entry> entries) {
    return entries.stream().mapToInt(e -> e.value().length <= 4 ? 0
        : e.value().length + e.value().length % 2).sum();
  }

  private static byte[] ascii(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    byte[] withNul = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, withNul, 0, bytes.length);
    return withNul;
  }

  /** Degrees, minutes and seconds (to a ten-thousandth) as three unsigned rationals. */
  private static byte[] dms(double value) {
    int degrees = (int) value;
    double rest = (value - degrees) * 60;
    int minutes = (int) rest;
    long seconds = Math.round((rest - minutes) * 60 * 10_000);
    return ByteBuffer.allocate(24).putInt(degrees).putInt(1).putInt(minutes).putInt(1)
        .putInt((int) seconds).putInt(10_000).array();
  }
}
