package vn.citizenhub.channel.app.push;

import com.fasterxml.jackson.databind.JsonNode;
import vn.citizenhub.contract.ContractJson;

/**
 * FCM HTTP v1's error body, read as documented (firebase.google.com/docs/cloud-messaging/
 * error-codes): {@code {"error": {"code", "message", "status", "details": [...]}}}, where a
 * detail of type {@code google.firebase.fcm.v1.FcmError} carries FCM's own {@code errorCode}
 * and one of type {@code google.rpc.BadRequest} names the invalid fields.
 */
record FcmError(String status, String errorCode, boolean badField, boolean badTokenField) {

  private static final String FCM_ERROR = "type.googleapis.com/google.firebase.fcm.v1.FcmError";
  private static final String BAD_REQUEST = "type.googleapis.com/google.rpc.BadRequest";

  static FcmError parse(String body) {
    String status = null;
    String errorCode = null;
    boolean badField = false;
    boolean badTokenField = false;
    try {
      JsonNode error = ContractJson.mapper().readTree(body == null ? "" : body).path("error");
      status = error.path("status").isTextual() ? error.path("status").asText() : null;
      for (JsonNode detail : error.path("details")) {
        String type = detail.path("@type").asText("");
        if (type.equals(FCM_ERROR) && detail.path("errorCode").isTextual()) {
          errorCode = detail.path("errorCode").asText();
        } else if (type.equals(BAD_REQUEST)) {
          for (JsonNode violation : detail.path("fieldViolations")) {
            badField = true;
            badTokenField |= violation.path("field").asText("").equals("message.token");
          }
        }
      }
    } catch (Exception notJson) {
      // A proxy's HTML page, say: the HTTP status alone decides.
    }
    return new FcmError(status, errorCode, badField, badTokenField);
  }

  /** FCM's error code if it gave one, else the status, for the timeline and the logs. */
  String code(int httpStatus) {
    return errorCode != null ? errorCode : status != null ? status : "HTTP " + httpStatus;
  }

  /**
   * Whether a 400 is about the registration token: FCM's own INVALID_ARGUMENT detail with no
   * other field named, or the token field named. Any other invalid field is the hub's payload.
   */
  boolean invalidToken() {
    return badTokenField || (!badField && ("INVALID_ARGUMENT".equals(errorCode)
        || errorCode == null && "INVALID_ARGUMENT".equals(status)));
  }

  /** 404 UNREGISTERED: the app was uninstalled or the token expired. */
  boolean unregistered() {
    return "UNREGISTERED".equals(errorCode) || errorCode == null && "NOT_FOUND".equals(status);
  }
}
