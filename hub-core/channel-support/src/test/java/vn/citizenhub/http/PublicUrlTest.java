package vn.citizenhub.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** hub.public-url: an absolute http(s) base, kept without its trailing slash. */
class PublicUrlTest {

  @Test
  void linksAreMadeOnTheBaseWithoutADoubleSlash() {
    PublicUrl url = new PublicUrl();
    assertEquals(PublicUrl.DEFAULT + "/track?code=W", url.link("/track?code=W"));
    url.setPublicUrl(" https://phananh.tayninh.gov.vn/ ");
    assertEquals("https://phananh.tayninh.gov.vn", url.base());
    assertEquals("https://phananh.tayninh.gov.vn/api/web/unsubscribe?t=x",
        url.link("/api/web/unsubscribe?t=x"));
    url.setPublicUrl("http://10.0.0.5:8080/hub");
    assertEquals("http://10.0.0.5:8080/hub/track", url.link("/track"));
  }

  @Test
  void theTrackingLinkCarriesAPrivateTokenOnlyInItsFragment() {
    PublicUrl url = new PublicUrl();
    url.setPublicUrl("https://phananh.tayninh.gov.vn");
    assertEquals("https://phananh.tayninh.gov.vn/track?code=H7K3M-9QX23",
        url.trackingLink("H7K3M9QX23", null));
    java.net.URI link = java.net.URI.create(url.trackingLink("H7K3M9QX23",
        "Ab3_-kQ9zXcVbNm1234567890qw"));
    assertEquals("/track", link.getPath());
    assertEquals("code=H7K3M-9QX23", link.getQuery());
    assertEquals("k=Ab3_-kQ9zXcVbNm1234567890qw", link.getFragment());
  }

  @Test
  void anythingButAnAbsoluteHttpUrlIsRefusedAtStart() {
    PublicUrl url = new PublicUrl();
    for (String bad : new String[] {"", "phananh.tayninh.gov.vn", "ftp://x.vn", "https://",
        "https://x.vn/?a=1", "https://x.vn/#k", "https://user:pw@x.vn", "http://x .vn"}) {
      assertThrows(IllegalArgumentException.class, () -> url.setPublicUrl(bad), bad);
    }
    assertThrows(IllegalArgumentException.class, () -> url.link("track"));
  }
}
