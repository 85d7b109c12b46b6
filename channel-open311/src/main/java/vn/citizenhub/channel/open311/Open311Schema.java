package vn.citizenhub.channel.open311;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.ModuleSchema;

/** Creates the Open311 channel's own table (API keys) at start-up. */
@Context
@Requires(property = HandoffSettings.ENABLED, value = "true")
class Open311Schema {
  Open311Schema(JdbcDatabase database) {
    ModuleSchema.migrate(database.pool(), "channel-open311");
  }
}
