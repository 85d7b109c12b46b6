package vn.citizenhub.core;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.ModuleSchema;

/**
 * Migrates hub-core's tables at start-up, before anything reads them: the schema and the national
 * reference data (legal clocks, categories), then, unless left out, a province's demo data
 * (communes, former places, agencies, routing rules) from {@code db/province-<name>}, each with
 * its own history. A province going live leaves the demo out (HUB_DEMO_PROVINCE=none) and loads
 * its own.
 */
@Context
public class CoreSchema {

  private static final Logger LOG = LoggerFactory.getLogger(CoreSchema.class);
  private static final Pattern PROVINCE = Pattern.compile("[a-z][a-z-]*");

  CoreSchema(JdbcDatabase database, @Value("${hub.demo.province:tay-ninh}") String province) {
    ModuleSchema.migrate(database.pool(), "hub-core");
    if (province.isBlank() || province.equals("none")) {
      LOG.info("No province demo data (hub.demo.province=none)");
      return;
    }
    if (!PROVINCE.matcher(province).matches()
        || CoreSchema.class.getClassLoader().getResource("db/province-" + province) == null) {
      throw new IllegalStateException("No demo data for province '" + province
          + "': hub.demo.province names a folder db/province-<name>, or none");
    }
    ModuleSchema.migrate(database.pool(), "province-" + province);
  }
}
