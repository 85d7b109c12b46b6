package vn.citizenhub.channel.web.portal;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import java.util.Optional;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.http.ApiError;
import vn.citizenhub.http.PublicUrl;

/**
 * {@code GET /api/web/tracking-qr/{code}}: the QR code of a tracking page's link
 * ({@code {hub.public-url}/track?code=…}) as SVG, for the citizen to photograph or print after
 * sending a report. The code is public already (it is all the tracking page needs), so this
 * reveals nothing; anything that is not a tracking code is refused.
 */
@Controller("/api/web/tracking-qr")
class TrackingQrController {

  private static final MediaType SVG = MediaType.of("image/svg+xml");

  private final PublicUrl publicUrl;

  TrackingQrController(PublicUrl publicUrl) {
    this.publicUrl = publicUrl;
  }

  @Get("/{code}")
  HttpResponse<?> qr(@PathVariable String code) {
    Optional<TrackingCode> parsed = TrackingCode.parse(code);
    if (parsed.isEmpty()) {
      return HttpResponse.badRequest(ApiError.of("INVALID_TRACKING_CODE",
          "Mã tra cứu không đúng.", "This is not a valid tracking code."));
    }
    String shown = parsed.get().display();
    String svg = QrSvg.of(publicUrl.link("/track?code=" + shown),
        "Mã QR tra cứu " + shown + " / Tracking QR code " + shown);
    return HttpResponse.ok(svg).contentType(SVG)
        // The same code always draws the same picture; the public address changes rarely.
        .header("Cache-Control", "public, max-age=86400")
        .header("Content-Security-Policy", "default-src 'none'")
        .header("X-Content-Type-Options", "nosniff");
  }
}
