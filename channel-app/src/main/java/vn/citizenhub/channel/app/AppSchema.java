package vn.citizenhub.channel.app;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.ModuleSchema;

/** Creates the app channel's own tables (partners, nonces, devices) at start-up. */
@Context
@Requires(property = HandoffSettings.ENABLED, value = "true")
class AppSchema {
  AppSchema(JdbcDatabase database) {
    ModuleSchema.migrate(database.pool(), "channel-app");
  }
}
