package vn.citizenhub.channel.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A tile URL template is checked at start, and gives the one origin the policy allows. */
class TileSourceTest {

  @Test
  void noTemplateMeansNoMap() {
    assertTrue(TileSource.of(null).isEmpty());
    assertTrue(TileSource.of("  ").isEmpty());
  }

  @Test
  void theOriginIsTheTemplatesHostWithItsSubdomainsWhenItNamesThem() {
    assertEquals("https://*.tile.example.org",
        TileSource.of("https://{s}.tile.example.org/{z}/{x}/{y}.png").orElseThrow().imageOrigin());
    assertEquals("https://tiles.tayninh.gov.vn:8443",
        TileSource.of("https://Tiles.TayNinh.gov.vn:8443/osm/{z}/{x}/{y}{r}.png").orElseThrow()
            .imageOrigin());
    assertEquals("http://10.0.0.5",
        TileSource.of(" http://10.0.0.5/{z}/{x}/{y}.png ").orElseThrow().imageOrigin());
    assertEquals("http://10.0.0.5/{z}/{x}/{y}.png",
        TileSource.of(" http://10.0.0.5/{z}/{x}/{y}.png ").orElseThrow().urlTemplate());
  }

  @Test
  void aTemplateNoPolicyCanNameExactlyIsRefused() {
    for (String bad : new String[] {
        "https://tile.example.org/{z}/{x}.png", // no {y}
        "//tile.example.org/{z}/{x}/{y}.png", // no scheme
        "ftp://tile.example.org/{z}/{x}/{y}.png",
        "https://tile-{s}.example.org/{z}/{x}/{y}.png", // {s} not a whole first label
        "https://tile.example.org;img-src */{z}/{x}/{y}.png", // policy injection
        "https://tile.example.org {z}/{x}/{y}.png",
        "javascript:alert(1)//{z}/{x}/{y}"}) {
      assertThrows(IllegalArgumentException.class, () -> TileSource.of(bad), bad);
    }
  }
}
