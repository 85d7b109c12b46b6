package vn.citizenhub.channel.open311.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.citizenhub.channel.open311.wire.Open311Error;

/**
 * A posted request's arguments, typed: what the client said, before any rule of the hub is
 * applied. Numbers that are not numbers are refused here already, with the argument's name.
 */
public record RequestForm(
    String serviceCode,
    Double latitude,
    Double longitude,
    String addressString,
    String addressId,
    String description,
    String mediaUrl,
    String email,
    String deviceId,
    String accountId,
    String firstName,
    String lastName,
    String phone) {

  /** The citizen's name as one string, or null. */
  public String name() {
    String joined = String.join(" ", java.util.stream.Stream.of(firstName, lastName)
        .filter(s -> s != null && !s.isBlank()).toList());
    return joined.isEmpty() ? null : joined;
  }

  /** The typed form, or the reasons the arguments cannot even be read. */
  public static Result of(PostedParameters p) {
    List<Open311Error> errors = new ArrayList<>();
    Double lat = number(p, "lat", errors);
    Double lon = number(p, "long", errors);
    RequestForm form = new RequestForm(p.get("service_code"), lat, lon, p.get("address_string"),
        p.get("address_id"), p.get("description"), p.get("media_url"), p.get("email"),
        p.get("device_id"), p.get("account_id"), p.get("first_name"), p.get("last_name"),
        p.get("phone"));
    return new Result(errors.isEmpty() ? Optional.of(form) : Optional.empty(), errors);
  }

  /** A form, or the errors that stopped it. */
  public record Result(Optional<RequestForm> form, List<Open311Error> errors) {}

  private static Double number(PostedParameters p, String name, List<Open311Error> errors) {
    String value = p.get(name);
    if (value == null) {
      return null;
    }
    try {
      double d = Double.parseDouble(value);
      if (Double.isFinite(d) && value.length() <= 30) {
        return d;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    errors.add(new Open311Error("400", name + ": phải là một số thập phân (WGS84)",
        name + ": must be a decimal number (WGS84)"));
    return null;
  }
}
