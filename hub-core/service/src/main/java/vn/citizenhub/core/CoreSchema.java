package vn.citizenhub.core;

import io.micronaut.context.annotation.Context;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.ModuleSchema;

/** Migrates hub-core's tables at start-up, before anything reads them. */
@Context
public class CoreSchema {
  CoreSchema(JdbcDatabase database) {
    ModuleSchema.migrate(database.pool(), "hub-core");
  }
}
