package vn.citizenhub.deploy.distributed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A Compose file as Docker Compose sees it before interpolation: YAML anchors and merge keys
 * (`<<:`) resolved, then checked against the Compose Specification's own JSON Schema
 * (src/test/resources/compose-spec, unchanged from the compose-spec project).
 */
final class ComposeFile {

  private static final Schema COMPOSE_SPEC = SchemaRegistry
      .withDefaultDialect(SpecificationVersion.DRAFT_7)
      .getSchema(SchemaLocation.of("classpath:compose-spec/compose-spec.json"));

  private ComposeFile() {}

  /** The file as a JSON tree; merge keys are resolved by SnakeYAML as Compose resolves them. */
  static JsonNode parse(String yamlText) {
    Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yamlText);
    return new ObjectMapper().valueToTree(document);
  }

  /** What the Compose Specification's schema finds wrong, one line each; empty when valid. */
  static List<String> schemaErrors(JsonNode compose) {
    return COMPOSE_SPEC.validate(compose).stream().map(Error::toString).toList();
  }
}
