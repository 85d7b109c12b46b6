package vn.citizenhub.channel.web.portal;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import vn.citizenhub.http.StaticFolder;

/**
 * Leaflet from its WebJar ({@code org.webjars.npm:leaflet}): {@code /portal/leaflet/leaflet.js},
 * {@code leaflet.css} and the marker images its stylesheet names relative to itself
 * ({@code images/marker-icon.png}). The version is read from the WebJar, so a new one needs only
 * the pom changed. The report form loads these only when the map has tiles.
 */
@Controller("/portal/leaflet")
class LeafletFilesController {

  private static final String WEBJAR = "META-INF/maven/org.webjars.npm/leaflet/pom.properties";

  private final StaticFolder dist;
  private final StaticFolder images;

  LeafletFilesController() {
    String folder = "META-INF/resources/webjars/leaflet/" + version() + "/dist/";
    this.dist = new StaticFolder(folder);
    this.images = new StaticFolder(folder + "images/");
  }

  @Get("/{file}")
  HttpResponse<?> file(@PathVariable String file, HttpRequest<?> request) {
    return dist.serve(file, request);
  }

  @Get("/images/{file}")
  HttpResponse<?> image(@PathVariable String file, HttpRequest<?> request) {
    return images.serve(file, request);
  }

  static String version() {
    Properties properties = new Properties();
    try (InputStream in = LeafletFilesController.class.getClassLoader()
        .getResourceAsStream(WEBJAR)) {
      if (in == null) {
        throw new IllegalStateException("the Leaflet WebJar is not on the class path");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }
}
