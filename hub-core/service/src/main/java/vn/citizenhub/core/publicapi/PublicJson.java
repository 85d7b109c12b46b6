package vn.citizenhub.core.publicapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpStatus;
import java.util.List;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.FieldError;

/**
 * A public request's JSON body, read strictly: an object, with each field of the type it must
 * have. Whatever is not is a bilingual 400 before anything is looked up, never the framework's
 * English-only error.
 */
public final class PublicJson {

  private final JsonNode root;

  private PublicJson(JsonNode root) {
    this.root = root;
  }

  public static PublicJson read(String body) {
    JsonNode root;
    try {
      root = body == null || body.isBlank() ? null : ContractJson.mapper().readTree(body);
    } catch (JsonProcessingException e) {
      root = null;
    }
    if (root == null || !root.isObject()) {
      throw new PublicRefusal(HttpStatus.BAD_REQUEST, "MALFORMED_JSON",
          "Nội dung gửi lên phải là một đối tượng JSON hợp lệ.",
          "The request body must be a valid JSON object.");
    }
    return new PublicJson(root);
  }

  /** The text of {@code field}; null when absent or null; a 400 when it is not text. */
  public String text(String field) {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw wrongType(field, "văn bản", "text");
    }
    return node.textValue();
  }

  /** The whole number in {@code field}; null when absent or null; a 400 when it is not one. */
  public Integer integer(String field) {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw wrongType(field, "số nguyên", "a whole number");
    }
    return node.intValue();
  }

  private static PublicRefusal wrongType(String field, String vi, String en) {
    return PublicRefusal.invalid(List.of(new FieldError(field, "WRONG_TYPE",
        "Trường này phải là " + vi, "This field must be " + en)));
  }
}
