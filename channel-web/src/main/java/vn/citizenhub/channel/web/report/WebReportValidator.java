package vn.citizenhub.channel.web.report;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.citizenhub.channel.catalog.Catalog;
import vn.citizenhub.contract.FieldError;
import vn.citizenhub.contract.intake.CitizenRef;
import vn.citizenhub.contract.intake.IntakeValidator;
import vn.citizenhub.contract.intake.NewReport;

/**
 * The rules a web report passes before it is accepted: the contract's rules, plus the catalog's
 * (the category and commune must exist). When the catalog is unreachable the codes are not
 * checked here; hub-core sends an unknown category to triage rather than lose the report.
 */
@Singleton
class WebReportValidator {

  private static final Pattern CITIZEN_REF = Pattern.compile("^[A-Za-z0-9._:-]{1,100}$");

  private final Catalog catalog;

  WebReportValidator(Catalog catalog) {
    this.catalog = catalog;
  }

  List<FieldError> validate(WebReportForm form, NewReport report) {
    List<FieldError> errors = new ArrayList<>(IntakeValidator.validateReport(report, ""));
    errors.addAll(IntakeValidator.validateContact(
        new CitizenRef("web:form", form.name(), form.phone(), form.email()), ""));
    if (form.citizenRef() != null && !CITIZEN_REF.matcher(form.citizenRef()).matches()) {
      errors.add(new FieldError("citizenRef", "INVALID_CITIZEN_REF",
          "Mã người dùng không hợp lệ", "Invalid citizen reference"));
    }
    catalog.codes().ifPresent(
        codes -> errors.addAll(codes.unknownCodesIn(report, "location.communeCode")));
    return errors;
  }
}
