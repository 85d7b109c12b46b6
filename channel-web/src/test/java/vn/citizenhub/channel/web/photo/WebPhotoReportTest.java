package vn.citizenhub.channel.web.photo;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.attachments.AttachmentStore;
import vn.citizenhub.channel.web.report.RecordedCatalogServer;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.Topics;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.ExifBlock;
import vn.citizenhub.testsupport.FakeS3;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.KafkaProbe;
import vn.citizenhub.testsupport.SqlProbe;
import vn.citizenhub.testsupport.TestPhotos;

/**
 * Reports with photos through the web channel, against a real broker and database and an
 * S3-compatible bucket (a local server speaking S3): what is kept of a photo, what pins a
 * report, what is refused before anything is stored.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPhotoReportTest implements TestPropertyProvider {

  static final RecordedCatalogServer CATALOG = new RecordedCatalogServer();
  static final String BUCKET = "web-photos";
  static final FakeS3 S3 = new FakeS3("web-test-key", BUCKET);
  /** Phường Tân An, Tây Ninh. */
  static final double LAT = 10.535912;
  static final double LON = 106.413654;

  @Inject @Client("/") HttpClient http;
  @Inject JdbcDatabase database;
  @Inject AttachmentStore store;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("web_photos"));
    p.put("hub.core.url", CATALOG.url());
    p.put("hub.attachments.store", "s3");
    p.put("hub.attachments.s3.endpoint", S3.endpoint());
    p.put("hub.attachments.s3.bucket", BUCKET);
    p.put("hub.attachments.s3.access-key", "web-test-key");
    p.put("hub.attachments.s3.secret-key", "web-test-secret");
    p.put("hub.attachments.s3.retry-wait", "10ms");
    p.put("hub.attachments.s3.breaker-open-for", "100ms");
    // Photos over 2 MB are the channel's refusal; over 8 MB the server's (multipart limit).
    p.put("hub.web.photos.max-bytes", "2097152");
    return p;
  }

  @AfterAll
  void stop() {
    CATALOG.close();
    S3.close();
  }

  static String report(String location, boolean photosPublic) {
    return """
        {"kind": "REPORT", "categoryCode": "STREET_LIGHT",
         "description": "Đèn đường tắt, ảnh chụp kèm theo.", %s
         "name": "Phạm Văn Đức", "phone": "0903 111 222",
         "consent": {"given": true, "textVersion": "web-2025-07"}, "photosPublic": %s}
        """.formatted(location == null ? "" : "\"location\": " + location + ",", photosPublic);
  }

  static MultipartBody.Builder form(String report) {
    return MultipartBody.builder().addPart("report", "report.json",
        MediaType.APPLICATION_JSON_TYPE, report.getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> post(MultipartBody body, String key) {
    var request = HttpRequest.POST("/api/web/reports", body)
        .contentType(MediaType.MULTIPART_FORM_DATA_TYPE);
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    try {
      return http.toBlocking().exchange(request, String.class);
    } catch (HttpClientResponseException e) {
      return (HttpResponse<String>) e.getResponse();
    }
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    return ContractJson.mapper().readTree(response.getBody(String.class).orElse("null"));
  }

  private JsonNode envelopeOf(HttpResponse<String> accepted) throws Exception {
    String code = TrackingCode.parse(json(accepted).path("trackingCode").asText()).orElseThrow()
        .value();
    var records = KafkaProbe.readUntil(Topics.INTAKE, seen -> seen.stream()
        .anyMatch(r -> KafkaProbe.text(r).contains(code)), Duration.ofSeconds(20));
    return ContractJson.mapper().readTree(records.stream().map(KafkaProbe::text)
        .filter(t -> t.contains(code)).findFirst().orElseThrow());
  }

  private long intakeRows() {
    return new SqlProbe(database.pool()).count("SELECT COUNT(*) FROM channel_intake_outbox");
  }

  @Test
  void aCameraPhotoIsKeptUprightSmallerAndWithoutMetadataAndItsGpsPinsTheReport()
      throws Exception {
    byte[] camera = TestPhotos.cameraJpeg(2400, 1800,
        new ExifBlock("Canon", "Canon EOS 90D", 6, LAT, LON));
    assertEquals("Canon EOS 90D", ImageMetadataReader.readMetadata(new ByteArrayInputStream(
        camera)).getFirstDirectoryOfType(ExifIFD0Directory.class).getString(0x0110),
        "the photo as sent carries its camera");
    HttpResponse<String> answer = post(form(report(null, true))
        .addPart("photo", "IMG_0001.JPG", MediaType.IMAGE_JPEG_TYPE, camera).build(), null);
    assertEquals(202, answer.code(), answer.body());

    JsonNode payload = envelopeOf(answer).path("payload");
    assertEquals(LAT, payload.path("location").path("latitude").asDouble(), 1e-6);
    assertEquals(LON, payload.path("location").path("longitude").asDouble(), 1e-6);
    JsonNode files = payload.path("attachments");
    assertEquals(1, files.size());
    assertEquals("image/jpeg", files.get(0).path("mediaType").asText());
    assertTrue(files.get(0).path("publicAllowed").asBoolean());
    String url = files.get(0).path("url").asText();
    assertTrue(url.matches("store:web/\\d{4}-\\d{2}/[0-9a-f]{40}\\.jpg"), url);

    byte[] kept = S3.object(BUCKET, url.substring("store:".length())).bytes();
    assertEquals(files.get(0).path("bytes").asLong(), kept.length);
    Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(kept));
    assertNull(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class), "no EXIF left");
    assertNull(metadata.getFirstDirectoryOfType(GpsDirectory.class), "no GPS left");
    for (Directory d : metadata.getDirectories()) {
      d.getTags().forEach(tag -> assertFalse(String.valueOf(tag.getDescription())
          .contains("Canon"), tag.toString()));
    }
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(kept));
    assertEquals(1200, image.getWidth(), "turned upright (orientation 6) and scaled");
    assertEquals(1600, image.getHeight());
  }

  @Test
  void aLocationTheCitizenGaveIsKeptAndPhotosArePrivateUnlessAllowed() throws Exception {
    byte[] camera = TestPhotos.cameraJpeg(800, 600, new ExifBlock("Apple", "iPhone 13", 1,
        11.31, 106.1));
    HttpResponse<String> answer = post(form(report(
        "{\"communeCode\": \"27712\", \"latitude\": 10.54, \"longitude\": 106.41}", false))
        .addPart("photo", "a.jpg", MediaType.IMAGE_JPEG_TYPE, camera)
        .addPart("photo", "b.png", MediaType.IMAGE_PNG_TYPE, TestPhotos.png(300, 200))
        .addPart("photo", "c.webp", new MediaType("image/webp"), TestPhotos.WEBP_1X1)
        .build(), null);
    assertEquals(202, answer.code(), answer.body());
    JsonNode payload = envelopeOf(answer).path("payload");
    assertEquals(10.54, payload.path("location").path("latitude").asDouble(), 1e-9);
    assertEquals(3, payload.path("attachments").size());
    payload.path("attachments").forEach(f -> {
      assertFalse(f.path("publicAllowed").asBoolean());
      assertNotNull(S3.object(BUCKET, f.path("url").asText().substring(6)));
    });
  }

  @Test
  void aPngSignatureWithTextBehindItIsNoPhotoAndNothingIsStored() throws Exception {
    assertRefusedStoringNothing(form(report("{\"communeCode\": \"27712\"}", true))
        .addPart("photo", "photo.jpg", MediaType.IMAGE_JPEG_TYPE,
            TestPhotos.pngSignatureWithText()).build(), 400, "NOT_AN_IMAGE");
  }

  @Test
  void aTruncatedPhotoOrAPageCalledPhotoIsRefused() throws Exception {
    byte[] whole = TestPhotos.jpeg(640, 480);
    assertRefusedStoringNothing(form(report("{\"communeCode\": \"27712\"}", true))
        .addPart("photo", "a.jpg", MediaType.IMAGE_JPEG_TYPE, TestPhotos.jpeg(10, 10))
        .addPart("photo", "b.jpg", MediaType.IMAGE_JPEG_TYPE,
            TestPhotos.truncated(whole, whole.length / 2)).build(), 400, "NOT_AN_IMAGE");
    assertRefusedStoringNothing(form(report("{\"communeCode\": \"27712\"}", true))
        .addPart("photo", "x.jpg", MediaType.IMAGE_JPEG_TYPE,
            "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)).build(),
        400, "NOT_AN_IMAGE");
  }

  @Test
  void sixPhotosAreOneTooMany() throws Exception {
    MultipartBody.Builder six = form(report("{\"communeCode\": \"27712\"}", true));
    for (int i = 0; i < 6; i++) {
      six.addPart("photo", i + ".jpg", MediaType.IMAGE_JPEG_TYPE, TestPhotos.jpeg(50, 50));
    }
    assertRefusedStoringNothing(six.build(), 400, "TOO_MANY_PHOTOS");
  }

  @Test
  void aPictureClaimingBillionsOfPixelsIsRefusedBeforeItIsDecoded() throws Exception {
    byte[] bomb = TestPhotos.pngClaiming(100_000, 100_000);
    assertTrue(bomb.length < 100, "a few dozen bytes");
    assertRefusedStoringNothing(form(report("{\"communeCode\": \"27712\"}", true))
        .addPart("photo", "bomb.png", MediaType.IMAGE_PNG_TYPE, bomb).build(), 413,
        "PHOTO_TOO_LARGE");
  }

  @Test
  void photosOverTheChannelsOrTheServersSizeLimitAreTooLarge() throws Exception {
    byte[] three = new byte[3 * 1024 * 1024];
    System.arraycopy(TestPhotos.jpeg(100, 100), 0, three, 0, 100);
    assertRefusedStoringNothing(form(report("{\"communeCode\": \"27712\"}", true))
        .addPart("photo", "big.jpg", MediaType.IMAGE_JPEG_TYPE, three).build(), 413,
        "PHOTO_TOO_LARGE");
    byte[] nine = new byte[9 * 1024 * 1024];
    assertRefusedStoringNothing(form(report("{\"communeCode\": \"27712\"}", true))
        .addPart("photo", "huge.jpg", MediaType.IMAGE_JPEG_TYPE, nine).build(), 413,
        "PHOTO_TOO_LARGE");
  }

  @Test
  void onlyTheReportAndPhotoPartsAreTaken() throws Exception {
    assertRefusedStoringNothing(form(report("{\"communeCode\": \"27712\"}", true))
        .addPart("file", "a.jpg", MediaType.IMAGE_JPEG_TYPE, TestPhotos.jpeg(20, 20)).build(),
        400, "UNKNOWN_PART");
    assertRefusedStoringNothing(MultipartBody.builder().addPart("photo", "a.jpg",
        MediaType.IMAGE_JPEG_TYPE, TestPhotos.jpeg(20, 20)).build(), 400, "REPORT_PART_MISSING");
    assertRefusedStoringNothing(form(report("{\"communeCode\": \"27712\"}", true))
        .addPart("report", "again.json", MediaType.APPLICATION_JSON_TYPE,
            "{}".getBytes(StandardCharsets.UTF_8)).build(), 400, "DUPLICATE_PART");
    assertRefusedStoringNothing(MultipartBody.builder().addPart("report", "r.json",
        MediaType.APPLICATION_JSON_TYPE, "{\"kind\": ".getBytes(StandardCharsets.UTF_8))
        .addPart("photo", "a.jpg", MediaType.IMAGE_JPEG_TYPE, TestPhotos.jpeg(20, 20)).build(),
        400, "MALFORMED_JSON");
  }

  @Test
  void aReportWithNoPlaceAndNoGpsIsStillAFieldError() throws Exception {
    HttpResponse<String> refused = assertRefusedStoringNothing(form(report(null, true))
        .addPart("photo", "a.jpg", MediaType.IMAGE_JPEG_TYPE, TestPhotos.jpeg(64, 48)).build(),
        400, "VALIDATION_FAILED");
    assertEquals("LOCATION_REQUIRED", json(refused).path("fields").get(0).path("code").asText());
    // A GPS point outside Vietnam pins nothing.
    assertRefusedStoringNothing(form(report(null, true)).addPart("photo", "a.jpg",
        MediaType.IMAGE_JPEG_TYPE, TestPhotos.cameraJpeg(64, 48, new ExifBlock("Sony", "A7",
            1, 48.8566, 2.3522))).build(), 400, "VALIDATION_FAILED");
  }

  @Test
  void theSameKeyTwiceIsOneReportWithItsPhotosStoredOnce() throws Exception {
    String key = UUID.randomUUID().toString();
    byte[] photo = TestPhotos.cameraJpeg(320, 240, new ExifBlock("Xiaomi", "Redmi", 1, LAT,
        LON));
    String body = report("{\"communeCode\": \"27712\"}", true);
    HttpResponse<String> first = post(form(body).addPart("photo", "a.jpg",
        MediaType.IMAGE_JPEG_TYPE, photo).build(), key);
    assertEquals(202, first.code(), first.body());
    int objects = S3.keys(BUCKET).size();
    long rows = intakeRows();
    HttpResponse<String> again = post(form(body).addPart("photo", "a.jpg",
        MediaType.IMAGE_JPEG_TYPE, photo).build(), key);
    assertEquals(202, again.code());
    assertEquals("true", again.header("Idempotent-Replayed"));
    assertEquals(json(first).path("trackingCode").asText(),
        json(again).path("trackingCode").asText());
    assertEquals(rows, intakeRows());
    assertEquals(objects, S3.keys(BUCKET).size(), "the photo is stored once");

    HttpResponse<String> other = post(form(body).addPart("photo", "b.jpg",
        MediaType.IMAGE_JPEG_TYPE, TestPhotos.jpeg(321, 240)).build(), key);
    assertEquals(422, other.code());
    assertEquals(objects, S3.keys(BUCKET).size(), "a reused key stores nothing");
  }

  @Test
  void whenTheBucketIsDownTheReportIsNotTakenAndNothingIsHandedOff() throws Exception {
    long rows = intakeRows();
    S3.failNext(1000);
    HttpResponse<String> down;
    try {
      down = post(form(report("{\"communeCode\": \"27712\"}", true)).addPart("photo", "a.jpg",
          MediaType.IMAGE_JPEG_TYPE, TestPhotos.jpeg(100, 80)).build(), null);
    } finally {
      S3.failNext(0);
    }
    assertEquals(503, down.code());
    assertEquals("PHOTOS_NOT_STORED", json(down).path("error").asText());
    assertEquals(rows, intakeRows());
    // The breaker lets calls through again once the bucket answers.
    await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
        .until(() -> store.get("web/probe.jpg").isEmpty());
  }

  private HttpResponse<String> assertRefusedStoringNothing(MultipartBody body, int status,
      String code) throws Exception {
    List<String> before = S3.keys(BUCKET);
    long rows = intakeRows();
    HttpResponse<String> refused = post(body, null);
    assertEquals(status, refused.code(), refused.body());
    JsonNode error = json(refused);
    assertEquals(code, error.path("error").asText(), error.toString());
    assertFalse(error.path("message").asText().isBlank());
    assertFalse(error.path("messageEn").asText().isBlank());
    assertEquals(rows, intakeRows(), "nothing handed off");
    assertEquals(before, S3.keys(BUCKET), "nothing stored");
    return refused;
  }
}
