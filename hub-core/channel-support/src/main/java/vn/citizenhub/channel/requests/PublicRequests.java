package vn.citizenhub.channel.requests;

import java.util.List;
import java.util.Optional;

/**
 * The province's requests as anyone may list them. hub-core owns tickets: a channel running
 * beside it reads them in process, a channel on its own asks hub-core's
 * {@code GET /api/public/requests}.
 */
public interface PublicRequests {

  /** Points are published to three decimals (about 110 m): the street, never the house. */
  int POINT_DECIMALS = 3;
  /** The most tracking codes one query may name. */
  int MAX_CODES = 100;
  /** The most categories one query may name. */
  int MAX_CATEGORIES = 50;
  /** The largest page. */
  int MAX_PAGE_SIZE = 1000;

  /** The matching requests, newest first; empty when hub-core cannot be asked right now. */
  Optional<List<PublicRequest>> find(RequestQuery query);

  /** A coordinate rounded as published. */
  static Double rounded(Double coordinate) {
    if (coordinate == null) {
      return null;
    }
    double scale = Math.pow(10, POINT_DECIMALS);
    return Math.round(coordinate * scale) / scale;
  }
}
