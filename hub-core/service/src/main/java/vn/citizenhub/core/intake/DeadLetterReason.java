package vn.citizenhub.core.intake;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.citizenhub.contract.FieldError;

/**
 * Why a record was dead-lettered: a code for counting and alerting, and a line for the operator.
 * Both name fields, codes, SQL states and exception types only, never a value: the record may hold
 * a citizen's name, phone or words, and the reason travels in a Kafka header, a table and the log.
 */
record DeadLetterReason(String code, String text) {

  static final String MALFORMED = "MALFORMED";
  static final String INVALID_ENVELOPE = "INVALID_ENVELOPE";
  static final String UNKNOWN_TICKET = "UNKNOWN_TICKET";
  static final String TRACKING_CODE_TAKEN = "TRACKING_CODE_TAKEN";
  static final String DATA_ERROR = "DATA_ERROR";
  static final String PROCESSING_ERROR = "PROCESSING_ERROR";

  private static final int MAX_TEXT = 300;
  // "Data too long for column 'email' at row 1": the column's name is schema, not data.
  private static final Pattern COLUMN = Pattern.compile("column '([A-Za-z0-9_]{1,64})'");

  DeadLetterReason {
    text = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
  }

  static DeadLetterReason emptyRecord() {
    return new DeadLetterReason(MALFORMED, "empty record");
  }

  /** Jackson's own message may quote the offending value, so only its position or path is kept. */
  static DeadLetterReason malformed(Throwable e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    String where = "";
    if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      where = " at " + mapping.getPath().stream()
          .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
          .collect(Collectors.joining("."));
    } else if (cause instanceof JsonParseException parse && parse.getLocation() != null) {
      where = " at line " + parse.getLocation().getLineNr()
          + " column " + parse.getLocation().getColumnNr();
    }
    return new DeadLetterReason(MALFORMED,
        "malformed JSON: " + cause.getClass().getSimpleName() + where);
  }

  static DeadLetterReason invalid(List<FieldError> errors) {
    return new DeadLetterReason(INVALID_ENVELOPE, "invalid envelope: " + errors.stream()
        .map(e -> e.field() + " " + e.code()).collect(Collectors.joining(", ")));
  }

  static DeadLetterReason unknownTicket(String trackingCode) {
    return new DeadLetterReason(UNKNOWN_TICKET, "no ticket has tracking code " + trackingCode);
  }

  static DeadLetterReason trackingCodeTaken() {
    return new DeadLetterReason(TRACKING_CODE_TAKEN,
        "tracking code already belongs to another ticket");
  }

  /** A record that failed alone, twice: the database refused one of its values, or reading it. */
  static DeadLetterReason failed(Throwable failure, FailureKind kind) {
    String code = kind == FailureKind.RECORD ? DATA_ERROR : PROCESSING_ERROR;
    return new DeadLetterReason(code, code.toLowerCase(Locale.ROOT).replace('_', ' ') + ": "
        + describe(failure));
  }

  /** The innermost SQL state and column, else the exception types: never a message. */
  static String describe(Throwable failure) {
    SQLException deepest = null;
    Throwable root = failure;
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        deepest = sql;
      }
      root = t;
      if (t.getCause() == t) {
        break;
      }
    }
    if (deepest != null) {
      StringBuilder s = new StringBuilder("SQLState " + deepest.getSQLState()
          + " (error " + deepest.getErrorCode() + ")");
      Matcher column = COLUMN.matcher(String.valueOf(deepest.getMessage()));
      if (column.find()) {
        s.append(" column ").append(column.group(1));
      }
      return s.toString();
    }
    return root == failure ? failure.getClass().getSimpleName()
        : failure.getClass().getSimpleName() + " caused by " + root.getClass().getSimpleName();
  }
}
