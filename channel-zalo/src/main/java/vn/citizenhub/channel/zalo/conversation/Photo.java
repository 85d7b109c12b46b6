package vn.citizenhub.channel.zalo.conversation;

/** A photo of the citizen's: where the kept copy is (or the CDN link), and its media type. */
public record Photo(String url, String mediaType) {}
