package vn.citizenhub.channel.open311.intake;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.citizenhub.channel.catalog.Catalog;
import vn.citizenhub.channel.catalog.CatalogCodes;
import vn.citizenhub.channel.open311.wire.Open311Error;
import vn.citizenhub.contract.FieldError;
import vn.citizenhub.contract.intake.CitizenRef;
import vn.citizenhub.contract.intake.IntakeValidator;
import vn.citizenhub.contract.intake.NewReport;

/**
 * The rules a posted request passes before it is answered: the contract's (the same limits as
 * the columns the values land in), the catalog's (the service and the commune must exist, when
 * the catalog can be read), and Open311's own (no HTML in the description, a web link as
 * media_url, ids of a sane length). Each refusal names the Open311 argument.
 */
@Singleton
class RequestRules {

  /** device_id and account_id are hashed into the identity; longer ones are not ids. */
  static final int MAX_CLIENT_ID = 191;
  private static final Pattern HTML = Pattern.compile("<\\s*[A-Za-z/!?]");
  /** Contract field names (after their prefix) and the Open311 argument each comes from. */
  private static final Map<String, String> ARGUMENTS = Map.ofEntries(
      Map.entry("kind", "service_code"), Map.entry("categoryCode", "service_code"),
      Map.entry("description", "description"), Map.entry("location", "lat"),
      Map.entry("location.latitude", "lat"), Map.entry("location.longitude", "long"),
      Map.entry("location.address", "address_string"),
      Map.entry("location.communeCode", "address_id"), Map.entry("name", "first_name"),
      Map.entry("phone", "phone"), Map.entry("email", "email"));

  private final Catalog catalog;

  RequestRules(Catalog catalog) {
    this.catalog = catalog;
  }

  /** Errors with the status they call for: 404 for an unknown service, else 400. */
  record Refusal(boolean unknownService, List<Open311Error> errors) {}

  Optional<Refusal> check(RequestForm form, NewReport report) {
    List<Open311Error> errors = new ArrayList<>();
    if (form.serviceCode() == null) {
      errors.add(new Open311Error("400", "service_code: bắt buộc phải có",
          "service_code: is required"));
    }
    for (FieldError e : IntakeValidator.validateReport(report, "")) {
      if (!(form.serviceCode() == null && e.field().equals("categoryCode"))) {
        errors.add(of(e));
      }
    }
    IntakeValidator.validateContact(new CitizenRef("open311:form", form.name(), form.phone(),
        form.email()), "").forEach(e -> errors.add(of(e)));
    if (form.description() != null && HTML.matcher(form.description()).find()) {
      errors.add(new Open311Error("400", "description: không được chứa mã HTML",
          "description: must not contain HTML"));
    }
    if (form.mediaUrl() != null && !form.mediaUrl().matches("^https?://\\S+$")) {
      errors.add(new Open311Error("400", "media_url: phải là địa chỉ http hoặc https",
          "media_url: must be an http or https address"));
    }
    clientId(errors, "device_id", form.deviceId());
    clientId(errors, "account_id", form.accountId());
    Optional<CatalogCodes> codes = catalog.codes();
    boolean unknownService = false;
    if (codes.isPresent()) {
      if (form.serviceCode() != null && !codes.get().categories().contains(form.serviceCode())) {
        unknownService = true;
      }
      if (form.addressId() != null && !codes.get().communes().contains(form.addressId())) {
        errors.add(new Open311Error("400",
            "address_id: không phải mã xã/phường trong danh mục của tỉnh",
            "address_id: not a commune code of the province's catalog"));
      }
    }
    if (unknownService && errors.isEmpty()) {
      return Optional.of(new Refusal(true, List.of(new Open311Error("404",
          "service_code: không có lĩnh vực này", "service_code: no such service"))));
    }
    if (unknownService) {
      errors.add(0, new Open311Error("404", "service_code: không có lĩnh vực này",
          "service_code: no such service"));
    }
    return errors.isEmpty() ? Optional.empty() : Optional.of(new Refusal(false, errors));
  }

  private static void clientId(List<Open311Error> errors, String name, String value) {
    if (value != null && value.length() > MAX_CLIENT_ID) {
      errors.add(new Open311Error("400", name + ": tối đa " + MAX_CLIENT_ID + " ký tự",
          name + ": at most " + MAX_CLIENT_ID + " characters"));
    }
  }

  /** A contract error under the Open311 argument it is about. */
  static Open311Error of(FieldError e) {
    String argument = ARGUMENTS.getOrDefault(e.field(), e.field().startsWith("attachments")
        ? "media_url" : e.field());
    return new Open311Error("400", argument + ": " + e.messageVi(),
        argument + ": " + e.messageEn());
  }
}
