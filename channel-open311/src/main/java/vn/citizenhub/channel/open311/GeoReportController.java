package vn.citizenhub.channel.open311;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.exceptions.BufferLengthExceededException;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import vn.citizenhub.channel.catalog.Catalog;
import vn.citizenhub.channel.catalog.CatalogCategory;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.channel.open311.intake.PostedParameters;
import vn.citizenhub.channel.open311.intake.PostedRequestFlow;
import vn.citizenhub.channel.open311.read.RequestFilters;
import vn.citizenhub.channel.open311.read.RequestViews;
import vn.citizenhub.channel.open311.read.ServiceViews;
import vn.citizenhub.channel.open311.read.Tokens;
import vn.citizenhub.channel.open311.wire.Answer;
import vn.citizenhub.channel.open311.wire.Fields;
import vn.citizenhub.channel.open311.wire.Format;
import vn.citizenhub.channel.open311.wire.Items;
import vn.citizenhub.channel.open311.wire.Open311Error;
import vn.citizenhub.channel.open311.wire.Open311Writer;
import vn.citizenhub.channel.requests.PublicRequest;
import vn.citizenhub.channel.requests.PublicRequests;
import vn.citizenhub.channel.requests.RequestQuery;
import vn.citizenhub.contract.TrackingCode;

/**
 * Open311 GeoReport v2 at {@code /open311/v2}: discovery, services, service definitions,
 * requests (post, one, many) and tokens, each as {@code .json} or {@code .xml}. The format is the
 * path's suffix; without a known one the answer is a 404 in XML, the specification's required
 * format. Reads come from hub-core's public data; posts go through {@link PostedRequestFlow}.
 */
@Controller("/open311/v2")
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = HandoffSettings.ENABLED, value = "true")
class GeoReportController {

  private final Catalog catalog;
  private final PublicRequests requests;
  private final RequestViews views;
  private final Tokens tokens;
  private final PostedRequestFlow posts;
  private final Open311Settings settings;
  private final String publicUrl;
  private final Clock clock = Clock.systemUTC();

  GeoReportController(Catalog catalog, PublicRequests requests, RequestViews views,
      Tokens tokens, PostedRequestFlow posts, Open311Settings settings,
      @Value("${hub.public-url:`http://localhost:8080`}") String publicUrl) {
    this.catalog = catalog;
    this.requests = requests;
    this.views = views;
    this.tokens = tokens;
    this.posts = posts;
    this.settings = settings;
    this.publicUrl = publicUrl.replaceAll("/+$", "");
  }

  @Get(uri = "/{file}", produces = MediaType.ALL)
  HttpResponse<String> top(@PathVariable String file,
      @Nullable @QueryValue("service_request_id") String ids,
      @Nullable @QueryValue("service_code") String serviceCodes,
      @Nullable @QueryValue("start_date") String start,
      @Nullable @QueryValue("end_date") String end,
      @Nullable @QueryValue("status") String status,
      @Nullable @QueryValue("page") String page,
      @Nullable @QueryValue("page_size") String pageSize) {
    Optional<Format.Suffixed> named = Format.of(file);
    if (named.isEmpty()) {
      return notFound(Format.XML);
    }
    Format format = named.get().format();
    return switch (named.get().name()) {
      case "discovery" -> Open311Writer.response(HttpStatus.OK, format, discovery());
      case "services" -> services(format);
      case "requests" -> list(format,
          RequestFilters.of(ids, serviceCodes, start, end, status, page, pageSize, clock));
      default -> notFound(format);
    };
  }

  @Get(uri = "/services/{file}", produces = MediaType.ALL)
  HttpResponse<String> service(@PathVariable String file) {
    Optional<Format.Suffixed> named = Format.of(file);
    if (named.isEmpty()) {
      return notFound(Format.XML);
    }
    Format format = named.get().format();
    Optional<List<CatalogCategory>> all = catalog.categories();
    if (all.isEmpty()) {
      return unavailable(format);
    }
    return all.get().stream().filter(c -> c.code().equals(named.get().name())).findFirst()
        .<HttpResponse<String>>map(c -> Open311Writer.response(HttpStatus.OK, format,
            Answer.object("service_definition", ServiceViews.definition(c))))
        .orElseGet(() -> Open311Error.answer(HttpStatus.NOT_FOUND, format, "404",
            "service_code: không có lĩnh vực này", "service_code: no such service"));
  }

  @Get(uri = "/requests/{file}", produces = MediaType.ALL)
  HttpResponse<String> request(@PathVariable String file) {
    Optional<Format.Suffixed> named = Format.of(file);
    if (named.isEmpty()) {
      return notFound(Format.XML);
    }
    Format format = named.get().format();
    Optional<TrackingCode> code = TrackingCode.parse(named.get().name());
    if (code.isEmpty()) {
      return noSuchRequest(format);
    }
    Optional<List<PublicRequest>> found = requests.find(RequestQuery.one(code.get().value()));
    if (found.isEmpty()) {
      return unavailable(format);
    }
    if (found.get().isEmpty()) {
      return noSuchRequest(format);
    }
    return requestList(format, found.get());
  }

  @Get(uri = "/tokens/{file}", produces = MediaType.ALL)
  HttpResponse<String> token(@PathVariable String file) throws SQLException {
    Optional<Format.Suffixed> named = Format.of(file);
    if (named.isEmpty()) {
      return notFound(Format.XML);
    }
    Format format = named.get().format();
    Optional<TrackingCode> code = TrackingCode.parse(named.get().name());
    if (code.isEmpty()) {
      return noSuchToken(format);
    }
    Optional<List<PublicRequest>> found = requests.find(RequestQuery.one(code.get().value()));
    boolean ticket = found.isPresent() && !found.get().isEmpty();
    if (!ticket && !tokens.taken(code.get().value())) {
      return found.isEmpty() ? unavailable(format) : noSuchToken(format);
    }
    Fields item = new Fields()
        .put("service_request_id", ticket ? code.get().display() : null)
        .put("token", named.get().name());
    return Open311Writer.response(HttpStatus.OK, format,
        Answer.list("service_requests", new Items("request", List.of(item))));
  }

  @Post(uri = "/{file}", consumes = MediaType.ALL, produces = MediaType.ALL)
  HttpResponse<String> post(HttpRequest<?> request, @PathVariable String file,
      @Body @Nullable String body, @Header("Idempotency-Key") @Nullable String idempotencyKey)
      throws SQLException {
    Optional<Format.Suffixed> named = Format.of(file);
    if (named.isEmpty() || !named.get().name().equals("requests")) {
      return notFound(named.map(Format.Suffixed::format).orElse(Format.XML));
    }
    boolean json = request.getContentType().map(t -> t.getSubtype().contains("json"))
        .orElse(false);
    Optional<PostedParameters> parsed = PostedParameters.parse(body, json);
    // Some clients put the key in the query string of the post.
    parsed.ifPresent(p -> p.addIfAbsent("api_key",
        request.getParameters().get("api_key")));
    return posts.post(named.get().format(), parsed, idempotencyKey);
  }

  /**
   * A body over the limit is refused before this controller reads it: answered here, in the
   * specification's errors and the format the path names, rather than by another channel's
   * handler in the all-in-one hub.
   */
  @Error(exception = ContentLengthExceededException.class)
  HttpResponse<String> tooLarge(HttpRequest<?> request) {
    return Open311Error.answer(HttpStatus.REQUEST_ENTITY_TOO_LARGE, Format.ofPath(request.getPath()), "413",
        "Nội dung gửi lên quá lớn (tối đa 64 KB)", "The request body is too large (at most 64 KB)");
  }

  @Error(exception = BufferLengthExceededException.class)
  HttpResponse<String> overBuffer(HttpRequest<?> request) {
    return tooLarge(request);
  }

  private Answer discovery() {
    Fields endpoint = new Fields()
        .put("specification", "http://wiki.open311.org/GeoReport_v2")
        .put("url", publicUrl + "/open311/v2")
        .put("changeset", settings.getChangeset())
        .put("type", "production")
        .put("formats", new Items("format", List.of("text/xml", "application/json")));
    return Answer.object("discovery", new Fields()
        .put("changeset", settings.getChangeset())
        .put("contact", settings.getContact())
        .put("key_service", settings.getKeyService())
        .put("endpoints", new Items("endpoint", List.of(endpoint))));
  }

  private HttpResponse<String> services(Format format) {
    Optional<List<CatalogCategory>> all = catalog.categories();
    if (all.isEmpty()) {
      return unavailable(format);
    }
    return Open311Writer.response(HttpStatus.OK, format, Answer.list("services",
        new Items("service", all.get().stream().map(ServiceViews::of).toList())));
  }

  private HttpResponse<String> list(Format format, RequestFilters.Result filters) {
    if (filters.query().isEmpty()) {
      return Open311Error.answer(HttpStatus.BAD_REQUEST, format, filters.errors());
    }
    Optional<List<PublicRequest>> found = requests.find(filters.query().get());
    return found.isEmpty() ? unavailable(format) : requestList(format, found.get());
  }

  private HttpResponse<String> requestList(Format format, List<PublicRequest> found) {
    return Open311Writer.response(HttpStatus.OK, format, Answer.list("service_requests",
        new Items("request", found.stream().map(views::of).toList())))
        .header(HttpHeaders.CACHE_CONTROL, "no-store");
  }

  private static HttpResponse<String> notFound(Format format) {
    return Open311Error.answer(HttpStatus.NOT_FOUND, format, "404",
        "Không có tài nguyên này (đường dẫn cần đuôi .json hoặc .xml)",
        "No such resource (paths end in .json or .xml)");
  }

  private static HttpResponse<String> noSuchRequest(Format format) {
    return Open311Error.answer(HttpStatus.NOT_FOUND, format, "404",
        "service_request_id: không có yêu cầu này", "service_request_id: no such request");
  }

  private static HttpResponse<String> noSuchToken(Format format) {
    return Open311Error.answer(HttpStatus.NOT_FOUND, format, "404",
        "token: không có mã này", "token: no such token");
  }

  private static HttpResponse<String> unavailable(Format format) {
    return Open311Error.answer(HttpStatus.SERVICE_UNAVAILABLE, format, "503",
        "Tạm thời chưa đọc được dữ liệu; vui lòng thử lại sau",
        "The data cannot be read right now; please try again later");
  }
}
