package vn.citizenhub.core.staffapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpStatus;
import vn.citizenhub.contract.ContractJson;

/**
 * Reads a staff request's JSON body into a record, turning malformed JSON into a bilingual 400
 * instead of the framework's English-only error.
 */
public final class JsonBody {

  private static final ObjectMapper MAPPER = ContractJson.mapper().copy()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private JsonBody() {}

  public static <T> T read(String body, Class<T> type) {
    if (body == null || body.isBlank()) {
      throw new StaffApiException(HttpStatus.BAD_REQUEST, "MALFORMED_JSON",
          "Thiếu nội dung yêu cầu (JSON).", "The request has no JSON body.");
    }
    T value;
    try {
      value = MAPPER.readValue(body, type);
    } catch (JsonProcessingException e) {
      throw new StaffApiException(HttpStatus.BAD_REQUEST, "MALFORMED_JSON",
          "Nội dung yêu cầu không phải JSON hợp lệ.", "The request body is not valid JSON.");
    }
    if (value == null) { // the body was the JSON literal null
      throw new StaffApiException(HttpStatus.BAD_REQUEST, "MALFORMED_JSON",
          "Nội dung yêu cầu phải là một đối tượng JSON.", "The request body must be a JSON object.");
    }
    return value;
  }
}
