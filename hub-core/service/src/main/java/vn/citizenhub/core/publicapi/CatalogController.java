package vn.citizenhub.core.publicapi;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.util.Arrays;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.core.reference.ClockRuleRow;
import vn.citizenhub.core.reference.ReferenceData;
import vn.citizenhub.core.reference.ReferenceSnapshot;

/**
 * Categories, communes and agencies with their published focal points (Decree 42/2022), and the
 * channels' labels.
 */
@Controller("/api/public/catalog")
class CatalogController {

  private final ReferenceData referenceData;

  CatalogController(ReferenceData referenceData) {
    this.referenceData = referenceData;
  }

  @Get(produces = MediaType.APPLICATION_JSON)
  HttpResponse<CatalogView> catalog() {
    ReferenceSnapshot ref = referenceData.current();
    var clocks = ref.clockRows();
    return HttpResponse.ok(new CatalogView(
        ref.categories().values().stream().map(c -> new CatalogView.Category(
            c.code(), c.nameVi(), c.nameEn(), c.kind(),
            clock(clocks.get(c.clockCode())), c.guidanceVi(), c.guidanceEn())).toList(),
        ref.communes().values().stream()
            .map(c -> new CatalogView.Commune(c.code(), c.name(), c.kind())).toList(),
        ref.agencies().values().stream().map(a -> new CatalogView.Agency(
            a.code(), a.nameVi(), a.nameEn(), a.level(), a.communeCode(), a.focalPointVi(),
            a.focalPointEn(), a.contactPhone(), a.contactEmail(), a.addressVi(),
            a.infoRulesUrl(), a.addressEn(), a.hoursVi(), a.hoursEn(), a.rulesVi(), a.rulesEn(),
            a.rulesUpdatedOn())).toList(),
        Arrays.stream(Channel.values()).map(c -> new CatalogView.ChannelLabel(
            c.name(), c.labelVi(), c.labelEn(), c.deliversNotices())).toList()))
        .header("Cache-Control", "public, max-age=300");
  }

  private static CatalogView.Clock clock(ClockRuleRow row) {
    return row == null ? null : new CatalogView.Clock(row.code(), row.dayType(),
        row.firstResponseDays(), row.resolutionDays(), row.legalBasis(), row.nameVi(),
        row.nameEn(), row.extensionDays());
  }
}
