package vn.citizenhub.channel.zalo;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.ModuleSchema;

/** Creates the channel's tables at start-up, before Zalo's first event can arrive. */
@Context
@Requires(property = ZaloSettings.ENABLED, value = "true")
@Requires(property = HandoffSettings.ENABLED, value = "true")
class ZaloSchema {
  ZaloSchema(JdbcDatabase database) {
    ModuleSchema.migrate(database.pool(), "channel-zalo");
  }
}
