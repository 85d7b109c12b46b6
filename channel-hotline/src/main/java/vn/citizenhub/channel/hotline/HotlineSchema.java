package vn.citizenhub.channel.hotline;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.ModuleSchema;

/** Creates the hotline's tables at start-up, before the first call event can arrive. */
@Context
@Requires(property = HotlineSettings.ENABLED, value = "true", defaultValue = "true")
class HotlineSchema {
  HotlineSchema(JdbcDatabase database) {
    ModuleSchema.migrate(database.pool(), "channel-hotline");
  }
}
