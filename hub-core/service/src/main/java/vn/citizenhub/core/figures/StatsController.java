package vn.citizenhub.core.figures;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.intake.FieldChecks;
import vn.citizenhub.core.publicapi.PublicRefusal;
import vn.citizenhub.core.reference.AgencyRow;
import vn.citizenhub.core.reference.CommuneRow;
import vn.citizenhub.core.reference.ReferenceData;
import vn.citizenhub.core.reference.ReferenceSnapshot;

/**
 * The province's public figures and open data (docs/figures.md), read from the monthly rollup
 * ({@link FigureStore}), never from the tickets, except the CSV of one month's de-identified
 * tickets:
 * {@code GET /api/public/stats}, {@code /stats/agencies/{code}}, {@code /stats/communes/{code}},
 * {@code /stats/chart.svg}, {@code /stats/tickets.csv}, {@code /stats/dictionary} (and
 * {@code dictionary.csv}). Every figure carries its definition; the licence is CC BY 4.0.
 */
@Controller("/api/public/stats")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Public API")
class StatsController {

  static final int DEFAULT_MONTHS = 12;
  /** The oldest month offered as CSV: before the hub, there is nothing to give. */
  static final YearMonth OLDEST_MONTH = YearMonth.of(2000, 1);
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,40}");
  private static final String CACHE = "public, max-age=60";
  private static final MediaType CSV = new MediaType("text/csv; charset=utf-8");
  private static final MediaType SVG = new MediaType("image/svg+xml; charset=utf-8");
  /** Nulls written out: a rate with nothing to divide is null, and the page must see the key. */
  private static final ObjectMapper JSON = ContractJson.newMapper()
      .setSerializationInclusion(JsonInclude.Include.ALWAYS);

  private final FigureStore store;
  private final ReferenceData referenceData;
  private final TicketCsv csv;
  /** The whole province's answer per month count, for the snapshot it was drawn from. */
  private final Map<Integer, Rendered> rendered = new ConcurrentHashMap<>();

  StatsController(FigureStore store, ReferenceData referenceData, TicketCsv csv) {
    this.store = store;
    this.referenceData = referenceData;
    this.csv = csv;
  }

  private record Rendered(FigureStore.Snapshot from, String body) {}

  @Get(produces = MediaType.APPLICATION_JSON)
  HttpResponse<String> province(@Nullable @QueryValue("months") String months)
      throws SQLException {
    int count = months(months);
    FigureStore.Snapshot s = store.snapshot();
    Rendered r = rendered.get(count);
    if (r == null || r.from() != s) {
      r = new Rendered(s, write(provinceBody(s, count)));
      rendered.put(count, r);
    }
    return HttpResponse.ok(r.body()).header("Cache-Control", CACHE);
  }

  @Get(uris = "/agencies/{code}", produces = MediaType.APPLICATION_JSON)
  HttpResponse<String> agency(@PathVariable String code,
      @Nullable @QueryValue("months") String months) throws SQLException {
    int count = months(months);
    FigureStore.Snapshot s = store.snapshot();
    AgencyRow agency = knownAgency(s, code);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("name", agency == null ? code : agency.nameVi());
    body.put("nameEn", agency == null ? code : agency.nameEn());
    body.put("licence", OpenData.LICENCE);
    body.put("updatedAt", s.updatedAt());
    body.put("definitions", Definitions.ALL);
    body.put("months", s.figures(Scope.AGENCY, code, s.months(count)));
    return HttpResponse.ok(write(body)).header("Cache-Control", CACHE);
  }

  @Get(uris = "/communes/{code}", produces = MediaType.APPLICATION_JSON)
  HttpResponse<String> commune(@PathVariable String code,
      @Nullable @QueryValue("months") String months) throws SQLException {
    int count = months(months);
    FigureStore.Snapshot s = store.snapshot();
    CommuneRow commune = knownCommune(s, code);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("name", commune == null ? code : commune.name());
    body.put("licence", OpenData.LICENCE);
    body.put("updatedAt", s.updatedAt());
    body.put("definitions", Definitions.ALL);
    body.put("months", s.figures(Scope.COMMUNE, code, s.months(count)));
    return HttpResponse.ok(write(body)).header("Cache-Control", CACHE);
  }

  @Get(uris = "/chart.svg", produces = "image/svg+xml")
  HttpResponse<String> chart(@Nullable @QueryValue("scope") String scope,
      @Nullable @QueryValue("code") String code, @Nullable @QueryValue("measure") String measure,
      @Nullable @QueryValue("months") String months) throws SQLException {
    FieldChecks v = new FieldChecks();
    Scope sc = null;
    if (scope == null || scope.isBlank()) {
      sc = Scope.PROVINCE;
    } else {
      for (Scope each : Scope.values()) {
        if (each.name().equalsIgnoreCase(scope)) {
          sc = each;
        }
      }
      if (sc == null) {
        v.add("scope", "INVALID_SCOPE", "Phạm vi phải là province, agency hoặc commune",
            "scope must be province, agency or commune");
      }
    }
    Definitions.Definition d = measure == null || measure.isBlank()
        ? Definitions.find("onTimeRate").orElseThrow() : Definitions.find(measure).orElse(null);
    if (d == null) {
      v.add("measure", "INVALID_MEASURE", "Chỉ số không hợp lệ; xem danh sách trong definitions",
          "Unknown measure; see the keys in definitions");
    }
    int count = months(v, months);
    if ((sc == Scope.AGENCY || sc == Scope.COMMUNE) && (code == null || code.isBlank())) {
      v.add("code", "CODE_REQUIRED", "Cần mã cơ quan hoặc mã xã", "An agency or commune code"
          + " is required");
    }
    if (!v.isEmpty()) {
      throw PublicRefusal.invalid(v.errors());
    }
    FigureStore.Snapshot s = store.snapshot();
    String subjectVi = "Toàn tỉnh";
    String subjectEn = "Whole province";
    String scopeCode = Scope.PROVINCE_CODE;
    if (sc == Scope.AGENCY) {
      AgencyRow a = knownAgency(s, code);
      subjectVi = a == null ? code : a.nameVi();
      subjectEn = a == null ? code : a.nameEn();
      scopeCode = code;
    } else if (sc == Scope.COMMUNE) {
      CommuneRow c = knownCommune(s, code);
      subjectVi = c == null ? code : c.name();
      subjectEn = subjectVi;
      scopeCode = code;
    }
    String svg = ChartSvg.draw(d, subjectVi, subjectEn, s.figures(sc, scopeCode,
        s.months(count)));
    return HttpResponse.ok(svg).contentType(SVG).header("Cache-Control", CACHE)
        .header("X-Content-Type-Options", "nosniff");
  }

  @Get(uris = "/tickets.csv", produces = "text/csv")
  HttpResponse<byte[]> tickets(@Nullable @QueryValue("month") String month) throws SQLException {
    YearMonth m = null;
    YearMonth current = store.snapshot().current();
    if (month != null && !month.isBlank()) {
      try {
        m = month.length() == 7 ? YearMonth.parse(month) : null;
      } catch (DateTimeParseException e) {
        m = null;
      }
    }
    if (m == null || m.isAfter(current) || m.isBefore(OLDEST_MONTH)) {
      FieldChecks v = new FieldChecks();
      v.add("month", "INVALID_MONTH", "Tháng phải có dạng YYYY-MM, từ 2000-01 đến tháng hiện tại",
          "month must be YYYY-MM, from 2000-01 to the current month");
      throw PublicRefusal.invalid(v.errors());
    }
    return HttpResponse.ok(csv.month(m)).contentType(CSV)
        .header("Content-Disposition", "attachment; filename=\"phan-anh-" + m + "_"
            + OpenData.LICENCE_SHORT + ".csv\"")
        .header("Cache-Control", "public, max-age=300");
  }

  @Get(uris = "/dictionary", produces = MediaType.APPLICATION_JSON)
  HttpResponse<String> dictionary() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("licence", OpenData.LICENCE);
    body.put("source", OpenData.SOURCE);
    body.put("csv", "/api/public/stats/tickets.csv?month=YYYY-MM");
    body.put("columns", OpenData.COLUMNS);
    body.put("definitions", Definitions.ALL);
    return HttpResponse.ok(write(body)).header("Cache-Control", CACHE);
  }

  @Get(uris = "/dictionary.csv", produces = "text/csv")
  HttpResponse<byte[]> dictionaryCsv() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    TicketCsv.line(out, List.of("column", "type", "meaning_vi", "meaning_en"));
    for (OpenData.Column c : OpenData.COLUMNS) {
      TicketCsv.line(out, List.of(c.name(), c.type(), c.meaning(), c.meaningEn()));
    }
    TicketCsv.line(out, List.of("licence", "", OpenData.LICENCE, OpenData.LICENCE));
    return HttpResponse.ok(out.toByteArray()).contentType(CSV)
        .header("Content-Disposition", "attachment; filename=\"tu-dien-du-lieu_"
            + OpenData.LICENCE_SHORT + ".csv\"")
        .header("Cache-Control", CACHE);
  }

  private Map<String, Object> provinceBody(FigureStore.Snapshot s, int count) {
    List<String> months = s.months(count);
    ReferenceSnapshot ref = referenceData.current();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("licence", OpenData.LICENCE);
    body.put("source", OpenData.SOURCE);
    body.put("updatedAt", s.updatedAt());
    body.put("definitions", Definitions.ALL);
    body.put("months", months);
    body.put("province", s.figures(Scope.PROVINCE, Scope.PROVINCE_CODE, months));
    Set<String> agencies = new LinkedHashSet<>(ref.agencies().keySet());
    agencies.addAll(s.rows().getOrDefault(Scope.AGENCY, Map.of()).keySet());
    List<Map<String, Object>> agencyList = new ArrayList<>();
    for (String code : agencies) {
      AgencyRow a = ref.agencies().get(code);
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("code", code);
      one.put("name", a == null ? code : a.nameVi());
      one.put("nameEn", a == null ? code : a.nameEn());
      one.put("months", s.figures(Scope.AGENCY, code, months));
      agencyList.add(one);
    }
    body.put("agencies", agencyList);
    Set<String> communes = new LinkedHashSet<>(ref.communes().keySet());
    communes.addAll(s.rows().getOrDefault(Scope.COMMUNE, Map.of()).keySet());
    List<Map<String, Object>> communeList = new ArrayList<>();
    for (String code : communes) {
      CommuneRow c = ref.communes().get(code);
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("code", code);
      one.put("name", c == null ? code : c.name());
      one.put("months", s.figures(Scope.COMMUNE, code, months));
      communeList.add(one);
    }
    body.put("communes", communeList);
    return body;
  }

  /** An agency the province has, or that has figures; otherwise a bilingual 400 or 404. */
  private AgencyRow knownAgency(FigureStore.Snapshot s, String code) {
    checkCode(code);
    AgencyRow a = referenceData.current().agencies().get(code);
    if (a == null && !s.has(Scope.AGENCY, code)) {
      throw new PublicRefusal(HttpStatus.NOT_FOUND, "AGENCY_NOT_FOUND",
          "Không tìm thấy cơ quan có mã này.", "No agency has this code.");
    }
    return a;
  }

  private CommuneRow knownCommune(FigureStore.Snapshot s, String code) {
    checkCode(code);
    CommuneRow c = referenceData.current().communes().get(code);
    if (c == null && !s.has(Scope.COMMUNE, code)) {
      throw new PublicRefusal(HttpStatus.NOT_FOUND, "COMMUNE_NOT_FOUND",
          "Không tìm thấy xã, phường có mã này.", "No commune or ward has this code.");
    }
    return c;
  }

  private static void checkCode(String code) {
    if (code == null || !CODE.matcher(code).matches()) {
      FieldChecks v = new FieldChecks();
      v.add("code", "INVALID_CODE", "Mã không hợp lệ (chữ, số, dấu gạch; tối đa 40 ký tự)",
          "Invalid code (letters, digits, dashes; at most 40 characters)");
      throw PublicRefusal.invalid(v.errors());
    }
  }

  private static int months(String value) {
    FieldChecks v = new FieldChecks();
    int n = months(v, value);
    if (!v.isEmpty()) {
      throw PublicRefusal.invalid(v.errors());
    }
    return n;
  }

  private static int months(FieldChecks v, String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT_MONTHS;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= 1 && n <= FigureStore.MAX_MONTHS) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    v.add("months", "OUT_OF_RANGE", "months phải là số từ 1 đến " + FigureStore.MAX_MONTHS,
        "months must be a number from 1 to " + FigureStore.MAX_MONTHS);
    return DEFAULT_MONTHS;
  }

  private static String write(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Figures not writable as JSON", e);
    }
  }
}
