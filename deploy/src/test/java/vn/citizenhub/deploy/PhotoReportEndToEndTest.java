package vn.citizenhub.deploy;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.core.staff.PasswordHasher;
import vn.citizenhub.core.staff.StaffAccounts;
import vn.citizenhub.core.staff.StaffRole;
import vn.citizenhub.testsupport.ExifBlock;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.ScanLogsForPersonalData;
import vn.citizenhub.testsupport.TestPhotos;

/**
 * A report with a camera's photo through the whole hub (channel-web, Kafka, hub-core, the
 * attachment folder): the photo's GPS pins the ticket, staff of its agency see the photo without
 * its metadata, others do not, and the public page shows it only when the citizen allowed it.
 */
@ScanLogsForPersonalData({WebReports.NAME, WebReports.PHONE, WebReports.EMAIL})
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhotoReportEndToEndTest implements TestPropertyProvider {

  private static final String PASSWORD = "mật-khẩu-thử-9x";
  /** Phường Kiến Tường, Tây Ninh. */
  private static final double LAT = 10.775312;
  private static final double LON = 105.928041;

  @Inject EmbeddedServer server;
  @Inject StaffAccounts accounts;
  @Inject PasswordHasher hasher;
  private WebReports citizen;
  private StaffDesk officer;
  private StaffDesk outsider;
  private StaffDesk operator;

  @Override
  public Map<String, String> getProperties() {
    return HubTestProperties.realServices("e2e_photos");
  }

  @BeforeAll
  void staff() throws Exception {
    citizen = new WebReports(server.getURL().toString());
    accounts.create("canbo.anh", "Cán bộ Kiến Tường", StaffRole.AGENCY_OFFICER, "UBND-27787",
        hasher.hash(PASSWORD), Instant.now());
    accounts.create("canbo.sxd.anh", "Cán bộ Sở Xây dựng", StaffRole.AGENCY_OFFICER, "SXD",
        hasher.hash(PASSWORD), Instant.now());
    accounts.create("tongdai.anh", "Điện thoại viên", StaffRole.HOTLINE_OPERATOR, null,
        hasher.hash(PASSWORD), Instant.now());
    officer = new StaffDesk(server.getURL().toString());
    officer.signIn("canbo.anh", PASSWORD);
    outsider = new StaffDesk(server.getURL().toString());
    outsider.signIn("canbo.sxd.anh", PASSWORD);
    operator = new StaffDesk(server.getURL().toString());
    operator.signIn("tongdai.anh", PASSWORD);
  }

  private static String report(boolean photosPublic) {
    return WebReports.form("ROAD_DAMAGE", "Đầu hẻm 5").replace("\"address\"",
        "\"communeCode\": \"27787\", \"address\"").replace("\"consent\"",
        "\"photosPublic\": " + photosPublic + ", \"consent\"");
  }

  private long ticketOf(String code) {
    return await().atMost(Duration.ofSeconds(20)).until(() -> officer.find(code), i -> i > 0);
  }

  @Test
  void aCameraPhotoPinsTheTicketAndReachesStaffAndThePublicWithoutItsMetadata()
      throws Exception {
    byte[] camera = TestPhotos.cameraJpeg(2000, 1500,
        new ExifBlock("Samsung", "Galaxy A54", 1, LAT, LON));
    WebReports.Answer answer = citizen.postWithPhotos(report(true), null, camera);
    assertEquals(202, answer.status(), answer.body().toString());
    long id = ticketOf(answer.code());

    JsonNode ticket = officer.ticket(id);
    assertEquals(LAT, ticket.path("latitude").asDouble(), 1e-6, "pinned by the photo's GPS");
    assertEquals(LON, ticket.path("longitude").asDouble(), 1e-6);
    JsonNode files = ticket.path("attachments");
    assertEquals(1, files.size(), files.toString());
    assertTrue(files.get(0).path("publicAllowed").asBoolean());
    HttpResponse<byte[]> photo = officer.file(files.get(0).path("url").asText());
    assertEquals(200, photo.statusCode());
    assertEquals("image/jpeg", photo.headers().firstValue("Content-Type").orElseThrow());
    Metadata kept = ImageMetadataReader.readMetadata(new ByteArrayInputStream(photo.body()));
    assertNull(kept.getFirstDirectoryOfType(ExifIFD0Directory.class), "no camera, no EXIF");
    assertNull(kept.getFirstDirectoryOfType(GpsDirectory.class), "no GPS");
    assertTrue(photo.body().length < camera.length, "shrunk to 1600 px");

    assertEquals(404, outsider.file(files.get(0).path("url").asText()).statusCode(),
        "another agency's officer: no such ticket");
    assertEquals(403, operator.file(files.get(0).path("url").asText()).statusCode(),
        "a hotline operator opens no ticket's photos");

    String code = TrackingCode.parse(answer.code()).orElseThrow().value();
    JsonNode view = citizen.track(code);
    assertEquals(1, view.path("photos").size());
    HttpResponse<byte[]> shown = citizen.bytes(view.path("photos").get(0).path("url").asText());
    assertEquals(200, shown.statusCode());
    assertArrayEquals(photo.body(), shown.body(), "the public sees the same stripped copy");
  }

  @Test
  void aPhotoTheCitizenKeptPrivateIsNotOnThePublicPage() throws Exception {
    WebReports.Answer answer = citizen.postWithPhotos(report(false), null,
        TestPhotos.jpeg(640, 480));
    assertEquals(202, answer.status());
    long id = ticketOf(answer.code());
    assertEquals(1, officer.ticket(id).path("attachments").size());
    String code = TrackingCode.parse(answer.code()).orElseThrow().value();
    assertEquals(0, citizen.track(code).path("photos").size());
    assertEquals(404, citizen.bytes("/api/public/tickets/" + code + "/photos/1").statusCode());
  }

  @Test
  void aFileThatIsNoPictureIsRefusedAndNoTicketIsMade() throws Exception {
    WebReports.Answer refused = citizen.postWithPhotos(report(true), null,
        TestPhotos.pngSignatureWithText());
    assertEquals(400, refused.status());
    assertEquals("NOT_AN_IMAGE", refused.body().path("error").asText());
    assertFalse(refused.body().has("trackingCode"));
  }
}
