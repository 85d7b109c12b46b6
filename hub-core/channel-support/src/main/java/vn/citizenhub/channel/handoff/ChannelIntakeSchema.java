package vn.citizenhub.channel.handoff;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.ModuleSchema;

/** Creates the channel's intake table at start-up, before any request can arrive. */
@Context
@Requires(property = HandoffSettings.ENABLED, value = "true")
class ChannelIntakeSchema {
  ChannelIntakeSchema(JdbcDatabase database) {
    ModuleSchema.migrate(database.pool(), "channel-intake");
  }
}
