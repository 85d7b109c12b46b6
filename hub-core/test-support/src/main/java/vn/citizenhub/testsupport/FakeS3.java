package vn.citizenhub.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local S3-compatible server for tests, speaking the object calls the hub makes as the Amazon
 * S3 API reference describes them, path-style ({@code /<bucket>/<key>}): PutObject (plain or
 * {@code aws-chunked} body; {@code x-amz-content-sha256} and {@code Content-MD5} verified),
 * GetObject, HeadObject, DeleteObject (204 whether or not the key was there), with S3's XML
 * errors ({@code NoSuchKey}, {@code NoSuchBucket}, {@code AccessDenied},
 * {@code InvalidAccessKeyId}, {@code BadDigest}, {@code XAmzContentSHA256Mismatch},
 * {@code SlowDown}). Signatures are not recomputed; every request must carry a SigV4
 * {@code Authorization} header of the documented shape with the expected access key and an
 * {@code x-amz-date}. {@link #failNext} makes it answer 503 for a while, as a struggling server.
 */
public final class FakeS3 implements AutoCloseable {

  /** {@code AWS4-HMAC-SHA256 Credential=<key>/<yyyymmdd>/<region>/s3/aws4_request, ...}. */
  public static final Pattern SIGV4 = Pattern.compile("^AWS4-HMAC-SHA256 Credential=([^/\\s]+)/"
      + "(\\d{8})/([a-z0-9-]+)/s3/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?"
      + "Signature=([0-9a-f]{64})$");
  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME
      .withZone(ZoneOffset.UTC);

  /** An object as stored. */
  public record StoredObject(byte[] bytes, String contentType, Instant modified) {}

  /** What a request looked like, for assertions. */
  public record Request(String method, String path, String authorization) {}

  private final HttpServer server;
  private final String accessKey;
  private final Set<String> buckets;
  private final Map<String, StoredObject> objects = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger failures = new AtomicInteger();

  public FakeS3(String accessKey, String... buckets) {
    this.accessKey = accessKey;
    this.buckets = Set.of(buckets);
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    } catch (IOException e) {
      throw new IllegalStateException("cannot open the fake S3's port", e);
    }
    server.setExecutor(Executors.newFixedThreadPool(8, r -> {
      Thread t = new Thread(r, "fake-s3");
      t.setDaemon(true);
      return t;
    }));
    server.createContext("/", this::handle);
    server.start();
  }

  public String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The next {@code count} requests are answered 503 SlowDown. */
  public void failNext(int count) {
    failures.set(count);
  }

  public StoredObject object(String bucket, String key) {
    return objects.get(bucket + "/" + key);
  }

  /** Keys of one bucket, e.g. to count what a test stored. */
  public List<String> keys(String bucket) {
    return objects.keySet().stream().filter(k -> k.startsWith(bucket + "/"))
        .map(k -> k.substring(bucket.length() + 1)).sorted().toList();
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange x) throws IOException {
    try (x) {
      String path = URLDecoder.decode(x.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
      String auth = x.getRequestHeaders().getFirst("Authorization");
      requests.add(new Request(x.getRequestMethod(), path, auth));
      Matcher sig = auth == null ? null : SIGV4.matcher(auth);
      if (sig == null || !sig.matches() || x.getRequestHeaders().getFirst("x-amz-date") == null
          || !List.of(sig.group(4).split(";")).containsAll(List.of("host", "x-amz-date"))) {
        error(x, 403, "AccessDenied", "Access Denied");
        return;
      }
      if (!sig.group(1).equals(accessKey)) {
        error(x, 403, "InvalidAccessKeyId", "The AWS access key Id you provided does not exist");
        return;
      }
      if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        error(x, 503, "SlowDown", "Please reduce your request rate.");
        return;
      }
      int slash = path.indexOf('/', 1);
      String bucket = slash < 0 ? path.substring(1) : path.substring(1, slash);
      String key = slash < 0 ? "" : path.substring(slash + 1);
      if (!buckets.contains(bucket)) {
        error(x, 404, "NoSuchBucket", "The specified bucket does not exist");
      } else if (key.isEmpty()) {
        error(x, 501, "NotImplemented", "Only object operations are implemented");
      } else {
        object(x, bucket + "/" + key);
      }
    } catch (RuntimeException | IOException e) {
      error(x, 500, "InternalError", "We encountered an internal error. Please try again.");
    }
  }

  private void object(HttpExchange x, String id) throws IOException {
    switch (x.getRequestMethod()) {
      case "PUT" -> put(x, id);
      case "GET", "HEAD" -> {
        StoredObject o = objects.get(id);
        if (o == null) {
          error(x, 404, "NoSuchKey", "The specified key does not exist.");
          return;
        }
        x.getResponseHeaders().set("Content-Type", o.contentType());
        x.getResponseHeaders().set("ETag", etag(o.bytes()));
        x.getResponseHeaders().set("Last-Modified", HTTP_DATE.format(o.modified()));
        if (x.getRequestMethod().equals("HEAD")) {
          x.getResponseHeaders().set("Content-Length", String.valueOf(o.bytes().length));
          x.sendResponseHeaders(200, -1);
        } else {
          x.sendResponseHeaders(200, o.bytes().length);
          x.getResponseBody().write(o.bytes());
        }
      }
      case "DELETE" -> {
        objects.remove(id);
        x.sendResponseHeaders(204, -1);
      }
      default -> error(x, 405, "MethodNotAllowed",
          "The specified method is not allowed against this resource.");
    }
  }

  private void put(HttpExchange x, String id) throws IOException {
    String declared = x.getRequestHeaders().getFirst("x-amz-content-sha256");
    String encoding = x.getRequestHeaders().getFirst("Content-Encoding");
    byte[] body;
    try (InputStream in = x.getRequestBody()) {
      if ((encoding != null && encoding.contains("aws-chunked"))
          || (declared != null && declared.startsWith("STREAMING-"))) {
        body = AwsChunkedBody.decode(in).data();
        String length = x.getRequestHeaders().getFirst("x-amz-decoded-content-length");
        if (length != null && Long.parseLong(length) != body.length) {
          error(x, 400, "IncompleteBody", "You did not provide the number of bytes specified");
          return;
        }
      } else {
        body = in.readAllBytes();
      }
    }
    if (declared != null && declared.matches("[0-9a-f]{64}")
        && !declared.equals(hex("SHA-256", body))) {
      error(x, 400, "XAmzContentSHA256Mismatch",
          "The provided 'x-amz-content-sha256' header does not match what was computed.");
      return;
    }
    String md5 = x.getRequestHeaders().getFirst("Content-MD5");
    if (md5 != null && !md5.equals(Base64.getEncoder().encodeToString(digest("MD5", body)))) {
      error(x, 400, "BadDigest", "The Content-MD5 you specified did not match what we received.");
      return;
    }
    String type = x.getRequestHeaders().getFirst("Content-Type");
    objects.put(id, new StoredObject(body, type == null ? "binary/octet-stream" : type,
        Instant.now()));
    x.getResponseHeaders().set("ETag", etag(body));
    x.sendResponseHeaders(200, -1);
  }

  private static void error(HttpExchange x, int status, String code, String message) {
    byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code
        + "</Code><Message>" + message + "</Message><RequestId>fake</RequestId></Error>")
        .getBytes(StandardCharsets.UTF_8);
    try {
      x.getResponseHeaders().set("Content-Type", "application/xml");
      boolean head = x.getRequestMethod().equals("HEAD");
      x.sendResponseHeaders(status, head ? -1 : xml.length);
      if (!head) {
        x.getResponseBody().write(xml);
      }
    } catch (IOException e) {
      // The client went away; nothing to tell it.
    }
  }

  private static String etag(byte[] body) {
    return "\"" + hex("MD5", body) + "\"";
  }

  private static String hex(String algorithm, byte[] body) {
    return HexFormat.of().formatHex(digest(algorithm, body));
  }

  private static byte[] digest(String algorithm, byte[] body) {
    try {
      return MessageDigest.getInstance(algorithm).digest(body);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
