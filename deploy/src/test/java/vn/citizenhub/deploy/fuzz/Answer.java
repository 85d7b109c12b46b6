package vn.citizenhub.deploy.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import vn.citizenhub.contract.ContractJson;

/** What the hub answered one fuzz case: an HTTP status, or a stall / a dropped connection. */
record Answer(int status, String body) {

  static final int STALL = -1;
  static final int NO_ANSWER = -2;
  static final Answer STALLED = new Answer(STALL, "");

  boolean serverError() {
    return status >= 500;
  }

  boolean stalled() {
    return status == STALL || status == NO_ANSWER;
  }

  boolean refused() {
    return status >= 400 && status < 500;
  }

  boolean accepted() {
    return status >= 200 && status < 300;
  }

  /** The body parsed as JSON, or a missing node when it is not JSON. */
  JsonNode json() {
    try {
      JsonNode node = ContractJson.mapper().readTree(body);
      return node == null ? MissingNode.getInstance() : node;
    } catch (IOException e) {
      return MissingNode.getInstance();
    }
  }

  @Override
  public String toString() {
    return "HTTP " + status + " " + (body.length() > 400 ? body.substring(0, 400) + "…" : body);
  }
}
