package vn.citizenhub.channel.web;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.ModuleSchema;

/** Creates the web channel's own tables at start-up, before the first unsubscribe can arrive. */
@Context
@Requires(property = HandoffSettings.ENABLED, value = "true")
class WebSchema {
  WebSchema(JdbcDatabase database) {
    ModuleSchema.migrate(database.pool(), "channel-web");
  }
}
