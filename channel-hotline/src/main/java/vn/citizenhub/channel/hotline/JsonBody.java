package vn.citizenhub.channel.hotline;

import com.fasterxml.jackson.core.JsonProcessingException;
import vn.citizenhub.contract.ContractJson;

/** Reads a request body strictly enough: malformed JSON is a bilingual 400, not a 500. */
public final class JsonBody {

  private JsonBody() {}

  public static <T> T read(String body, Class<T> type) {
    try {
      T value = ContractJson.mapper().readValue(body == null ? "" : body, type);
      if (value == null) {
        throw HotlineRefusal.malformed();
      }
      return value;
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw HotlineRefusal.malformed();
    }
  }
}
