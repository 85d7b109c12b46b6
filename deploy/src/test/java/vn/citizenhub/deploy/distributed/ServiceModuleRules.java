package vn.citizenhub.deploy.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.citizenhub.deploy.distributed.ServiceModules.Module;

/**
 * The deployments ship exactly the modules that have a main, so an empty module (a folder and a
 * pom, no application) can never be deployed, and a module with a main is never left out. Run
 * through {@link DeploymentManifestsTest}; ServiceJarsStartIT then starts each one's jar.
 */
abstract class ServiceModuleRules {

  @Test
  void theBuildKnowsHubCoreAndTheChannelsAsServices() {
    Set<String> services = Set.copyOf(DistributedDeployment.SERVICES);
    assertTrue(services.containsAll(Set.of("hub-core", "channel-web", "channel-zalo",
        "channel-hotline", "channel-app")), "services found in the poms: " + services);
    assertFalse(services.contains(ServiceModules.LAUNCHER), "the launcher is not a service");
    assertFalse(services.contains("bench"), "the benchmarks are not a service");
  }

  @Test
  void everyServiceMainExistsAndStartsTheApplication() throws IOException {
    for (Module service : ServiceModules.services()) {
      String source = Files.readString(service.mainSource().orElseThrow(() -> new AssertionError(
          service.dir() + ": exec.mainClass " + service.mainClass().get() + " has no source")));
      assertTrue(source.contains("public static void main(String[] args)"), service.dir());
      assertTrue(source.contains("Micronaut.run("), service.dir() + " starts Micronaut");
    }
  }

  @Test
  void everyModuleThatStartsMicronautNamesItsMainForTheJar() {
    for (Module module : ServiceModules.all()) {
      if (!ServiceModules.micronautMains(module).isEmpty()) {
        assertTrue(module.mainClass().isPresent(), module.dir() + " starts Micronaut in "
            + ServiceModules.micronautMains(module) + " but its pom sets no exec.mainClass,"
            + " so its jar cannot run");
      }
    }
  }

  @Test
  void composeBuildsAnImageForExactlyTheModulesWithAMain() {
    JsonNode services = ComposeFile.parse(DistributedDeployment.read("compose.yaml"))
        .path("services");
    Map<String, String> built = new TreeMap<>();
    services.properties().forEach(s -> {
      JsonNode args = s.getValue().path("build").path("args");
      if (!args.isMissingNode()) {
        built.put(s.getKey(), args.path("MODULE_DIR").asText());
        Module module = moduleIn(args.path("MODULE_DIR").asText());
        assertEquals(module.artifactId(), args.path("ARTIFACT").asText(), s.getKey());
      }
    });
    assertEquals("", mismatch("compose.yaml", Set.copyOf(built.values()), serviceDirs()));
    built.forEach((name, dir) -> assertEquals(moduleIn(dir).serviceName(), name, dir));
  }

  @Test
  void kubernetesDeploysExactlyTheModulesWithAMain() throws IOException {
    KubernetesManifests k8s =
        KubernetesManifests.load(DistributedDeployment.FOLDER.resolve("k8s"));
    Set<String> deployed = k8s.all(Deployment.class).stream()
        .map(d -> d.getMetadata().getName()).collect(Collectors.toSet());
    assertEquals("", mismatch("k8s/", deployed, Set.copyOf(DistributedDeployment.SERVICES)));
  }

  @Test
  void aDeployedModuleWithoutAMainIsNamed() {
    assertEquals("compose.yaml deploys [channel-empty], which has no main;"
            + " compose.yaml leaves out [channel-new], which has one",
        mismatch("compose.yaml", Set.of("hub-core", "channel-empty"),
            Set.of("hub-core", "channel-new")));
    assertEquals("", mismatch("k8s/", Set.of("hub-core"), Set.of("hub-core")));
  }

  /** What differs between what a deployment ships and the modules with a main; "" if nothing. */
  static String mismatch(String deployment, Set<String> deployed, Set<String> withMain) {
    Set<String> extra = new TreeSet<>(deployed);
    extra.removeAll(withMain);
    Set<String> missing = new TreeSet<>(withMain);
    missing.removeAll(deployed);
    StringBuilder problems = new StringBuilder();
    if (!extra.isEmpty()) {
      problems.append(deployment).append(" deploys ").append(extra).append(", which has no main");
    }
    if (!missing.isEmpty()) {
      problems.append(problems.isEmpty() ? "" : "; ").append(deployment).append(" leaves out ")
          .append(missing).append(", which has one");
    }
    return problems.toString();
  }

  private static Set<String> serviceDirs() {
    return ServiceModules.services().stream().map(Module::dir).collect(Collectors.toSet());
  }

  private static Module moduleIn(String dir) {
    return ServiceModules.all().stream().filter(m -> m.dir().equals(dir)).findFirst()
        .orElseThrow(() -> new AssertionError(dir + " is no module of the root pom"));
  }
}
