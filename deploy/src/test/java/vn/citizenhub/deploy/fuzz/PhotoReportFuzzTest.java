package vn.citizenhub.deploy.fuzz;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.TrackingCode;

/**
 * {@code POST /api/web/reports} with photos (multipart form data) against the whole hub: no
 * server error; a refusal stores nothing (no intake, no file); what must be refused is (no
 * picture, truncated, too many pixels, another part, too many photos, no report, a body cut off);
 * an accepted report keeps one file per photo, none with EXIF or GPS left, and its code becomes a
 * ticket.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhotoReportFuzzTest {

  private static final String PATH = "/api/web/reports";
  private static final Tally TALLY = new Tally("photos");
  private static final Map<String, String> GIVEN = new ConcurrentHashMap<>();
  private static FuzzHub hub;

  @BeforeAll
  void start() {
    hub = FuzzHub.start();
  }

  @AfterAll
  void finish() {
    try {
      hub.assertPromisesKept(GIVEN, TALLY);
    } finally {
      TALLY.write();
      hub.close();
    }
  }

  @Test
  void aReportWithPhotosIsRefusedWithNothingStoredOrKeepsEachPhotoStripped() {
    FuzzCases.check("photos", FuzzCases.CASES, PhotoReportInputs::cases, this::send);
  }

  private void send(PhotoCase c) {
    long rowsBefore = outboxRows();
    Set<Path> filesBefore = files();
    Answer answer = TALLY.answered(hub.http.post(PATH, c.contentType(), c.body(), c.headers()),
        c);
    if (answer.refused()) {
      if (outboxRows() != rowsBefore) {
        TALLY.storedWhenRefused(c, answer, "an intake outbox row");
      }
      if (!files().equals(filesBefore)) {
        TALLY.storedWhenRefused(c, answer, "a photo");
      }
      return;
    }
    if (!answer.accepted()) {
      return;
    }
    if (c.mustRefuse()) {
      throw new AssertionError("accepted although it must be refused: " + c + " -> " + answer);
    }
    Set<Path> stored = new HashSet<>(files());
    stored.removeAll(filesBefore);
    if (stored.size() != c.photos()) {
      throw new AssertionError(c.photos() + " photos sent, " + stored.size() + " kept: " + c);
    }
    stored.forEach(f -> assertNoMetadata(f, c));
    String shown = answer.json().path("trackingCode").asText("");
    GIVEN.putIfAbsent(TrackingCode.parse(shown).map(TrackingCode::value).orElseThrow(
        () -> new AssertionError("accepted without a tracking code: " + c + " -> " + answer)),
        c.toString());
  }

  private static void assertNoMetadata(Path file, PhotoCase c) {
    try {
      Metadata metadata = ImageMetadataReader.readMetadata(file.toFile());
      if (metadata.getFirstDirectoryOfType(ExifIFD0Directory.class) != null
          || metadata.getFirstDirectoryOfType(GpsDirectory.class) != null) {
        throw new AssertionError("a kept photo still has EXIF or GPS: " + c);
      }
    } catch (IOException | com.drew.imaging.ImageProcessingException e) {
      throw new AssertionError("a kept photo cannot be read: " + c, e);
    }
  }

  /** The photos kept so far (a refused report must add none). */
  private static Set<Path> files() {
    try (Stream<Path> all = Files.walk(hub.attachments)) {
      return new HashSet<>(all.filter(Files::isRegularFile).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long outboxRows() {
    return hub.intakeRows(Channel.WEB);
  }
}
