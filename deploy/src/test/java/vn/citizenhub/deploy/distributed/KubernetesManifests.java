package vn.citizenhub.deploy.distributed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The Kubernetes manifests of the distributed deployment, every document read into the fabric8
 * Kubernetes model as strictly as the API server would: an unknown or misspelt field, a number
 * where Kubernetes wants a string, or an unknown apiVersion and kind is an error.
 */
final class KubernetesManifests {

  /** The kinds the hub deploys, by "apiVersion/kind"; Secret only so that one can be reported. */
  private static final Map<String, Class<? extends HasMetadata>> KINDS = Stream.of(
          Namespace.class, ConfigMap.class, Secret.class, Service.class, StatefulSet.class,
          Deployment.class, Job.class, PodDisruptionBudget.class, Ingress.class,
          HorizontalPodAutoscaler.class)
      .collect(Collectors.toMap(
          type -> HasMetadata.getApiVersion(type) + "/" + HasMetadata.getKind(type),
          Function.identity()));

  /**
   * fabric8's model classes collect unknown fields in an "additional properties" map instead of
   * failing; with any-setters switched off, Jackson's FAIL_ON_UNKNOWN_PROPERTIES applies again.
   */
  private static final ObjectMapper STRICT = strictMapper();

  private final List<HasMetadata> objects;
  private final Map<String, Object> kustomization;

  private KubernetesManifests(List<HasMetadata> objects, Map<String, Object> kustomization) {
    this.objects = objects;
    this.kustomization = kustomization;
  }

  /** Reads every manifest that the folder's kustomization.yaml lists. */
  static KubernetesManifests load(Path folder) throws IOException {
    Map<String, Object> kustomization =
        yaml().load(Files.readString(folder.resolve("kustomization.yaml")));
    @SuppressWarnings("unchecked")
    List<String> resources = (List<String>) kustomization.get("resources");
    List<HasMetadata> objects = new ArrayList<>();
    for (String file : resources) {
      objects.addAll(parse(file, Files.readString(folder.resolve(file))));
    }
    return new KubernetesManifests(List.copyOf(objects), kustomization);
  }

  /** Every document of one YAML file as a Kubernetes object; names the file on any error. */
  static List<HasMetadata> parse(String file, String yamlText) {
    List<HasMetadata> parsed = new ArrayList<>();
    for (Object document : yaml().loadAll(yamlText)) {
      if (document == null) {
        continue;
      }
      Map<?, ?> fields = (Map<?, ?>) document;
      String type = fields.get("apiVersion") + "/" + fields.get("kind");
      Class<? extends HasMetadata> kind = KINDS.get(type);
      if (kind == null) {
        throw new IllegalArgumentException(file + ": unexpected apiVersion/kind " + type);
      }
      try {
        parsed.add(STRICT.convertValue(document, kind));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ": " + type + " does not match the Kubernetes "
            + "model: " + e.getMessage(), e);
      }
    }
    return parsed;
  }

  List<HasMetadata> all() {
    return objects;
  }

  <T extends HasMetadata> List<T> all(Class<T> kind) {
    return objects.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  <T extends HasMetadata> T named(Class<T> kind, String name) {
    return all(kind).stream()
        .filter(o -> name.equals(o.getMetadata().getName()))
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException(
            "no " + HasMetadata.getKind(kind) + " named " + name));
  }

  @SuppressWarnings("unchecked")
  List<String> kustomizationResources() {
    return List.copyOf((List<String>) kustomization.get("resources"));
  }

  /** The namespace kustomize puts every namespaced object in. */
  String kustomizationNamespace() {
    return (String) kustomization.get("namespace");
  }

  /** The images `kustomize edit set image` can retag: their names, without tags. */
  @SuppressWarnings("unchecked")
  List<String> kustomizationImages() {
    return ((List<Map<String, Object>>) kustomization.get("images")).stream()
        .map(image -> (String) image.get("name")).toList();
  }

  private static Yaml yaml() {
    return new Yaml(new SafeConstructor(new LoaderOptions()));
  }

  private static ObjectMapper strictMapper() {
    JsonMapper mapper = JsonMapper.builder()
        .annotationIntrospector(new JacksonAnnotationIntrospector() {
          @Override
          public Boolean hasAnySetter(Annotated annotated) {
            return Boolean.FALSE;
          }
        })
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
    // Kubernetes rejects `value: 3` for an environment variable or a label: a string is a string.
    mapper.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    return mapper;
  }
}
