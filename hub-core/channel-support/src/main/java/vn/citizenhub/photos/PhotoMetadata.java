package vn.citizenhub.photos;

import com.drew.imaging.ImageMetadataReader;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import vn.citizenhub.contract.intake.IntakeValidator;

/**
 * What the hub reads from a photo's metadata before it strips all of it: where it was taken (a
 * GPS point within Vietnam, to pin a report that has none) and which way up it is (the camera's
 * orientation tag, applied to the pixels so the stripped copy stands upright).
 */
public record PhotoMetadata(Optional<Point> gps, int orientation) {

  /** A finite point inside Vietnam's bounds (the contract's). */
  public record Point(double latitude, double longitude) {}

  static final PhotoMetadata NONE = new PhotoMetadata(Optional.empty(), 1);

  /** Never fails: unreadable metadata is no metadata (the pixels are checked on their own). */
  static PhotoMetadata of(byte[] photo) {
    try {
      Metadata metadata = ImageMetadataReader.readMetadata(
          new ByteArrayInputStream(photo), photo.length);
      return new PhotoMetadata(gps(metadata), orientation(metadata));
    } catch (Exception | StackOverflowError e) {
      return NONE;
    }
  }

  private static Optional<Point> gps(Metadata metadata) {
    for (GpsDirectory gps : metadata.getDirectoriesOfType(GpsDirectory.class)) {
      GeoLocation at = gps.getGeoLocation();
      if (at != null && inVietnam(at.getLatitude(), at.getLongitude())) {
        return Optional.of(new Point(round(at.getLatitude()), round(at.getLongitude())));
      }
    }
    return Optional.empty();
  }

  static boolean inVietnam(double lat, double lon) {
    return Double.isFinite(lat) && Double.isFinite(lon)
        && lat >= IntakeValidator.MIN_LATITUDE && lat <= IntakeValidator.MAX_LATITUDE
        && lon >= IntakeValidator.MIN_LONGITUDE && lon <= IntakeValidator.MAX_LONGITUDE;
  }

  /** Six decimals (about 10 cm), as the ticket stores a point. */
  private static double round(double degrees) {
    return Math.round(degrees * 1e6) / 1e6;
  }

  private static int orientation(Metadata metadata) {
    ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
    if (ifd0 == null || !ifd0.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
      return 1;
    }
    try {
      int value = ifd0.getInt(ExifIFD0Directory.TAG_ORIENTATION);
      return value >= 1 && value <= 8 ? value : 1;
    } catch (Exception e) {
      return 1;
    }
  }
}
