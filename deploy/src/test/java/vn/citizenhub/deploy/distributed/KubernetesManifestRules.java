package vn.citizenhub.deploy.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.citizenhub.deploy.distributed.DistributedDeployment.CHANNELS;
import static vn.citizenhub.deploy.distributed.DistributedDeployment.SECRET_LOOKING;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rules for k8s/; run through {@link DeploymentManifestsTest}. */
abstract class KubernetesManifestRules {

  private static final String NAMESPACE = "citizen-hub";
  private static final Path FOLDER = DistributedDeployment.FOLDER.resolve("k8s");
  /** Parsed once for all the rules, on first use. */
  private static KubernetesManifests parsed;
  /** What every hub needs whatever its services: Kafka, MySQL, MinIO, their jobs, the Ingress. */
  private static final List<String> INFRASTRUCTURE = List.of("Namespace/citizen-hub",
      "ConfigMap/hub-config", "ConfigMap/hub-topics-script", "ConfigMap/minio-init-script",
      "ConfigMap/mysql-init", "StatefulSet/kafka", "Service/kafka", "PodDisruptionBudget/kafka",
      "StatefulSet/mysql", "Service/mysql", "StatefulSet/minio", "Service/minio",
      "Job/hub-topics", "Job/minio-init", "HorizontalPodAutoscaler/hub-core",
      "Ingress/citizen-hub", "Ingress/citizen-hub-photos");

  /**
   * What `kubectl kustomize deploy/distributed/k8s` builds (kustomize v5.5.0 built these same 32
   * objects on 2 December 2026): the infrastructure and, for each service, a Deployment, a Service
   * and a PodDisruptionBudget, in the hub's namespace; `images` names every service's image, so
   * `kustomize edit set image` releases each of them.
   */
  @Test
  void kustomizeBuildsTheInfrastructureAndThreeObjectsForEachService() {
    List<String> built = k8s().all().stream()
        .map(o -> o.getKind() + "/" + o.getMetadata().getName()).sorted().toList();
    Set<String> expected = new TreeSet<>(INFRASTRUCTURE);
    for (String service : DistributedDeployment.SERVICES) {
      expected.addAll(List.of("Deployment/" + service, "Service/" + service,
          "PodDisruptionBudget/" + service));
    }
    assertEquals(List.copyOf(expected), built, "each object once");
    assertEquals(INFRASTRUCTURE.size() + 3 * DistributedDeployment.SERVICES.size(), built.size());
    assertEquals(NAMESPACE, k8s().kustomizationNamespace());

    Set<String> serviceImages = k8s().all(Deployment.class).stream()
        .map(d -> onlyContainer(d.getSpec().getTemplate()).getImage().split(":")[0])
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(DistributedDeployment.SERVICES.stream().map(s -> "citizenhub/" + s)
        .collect(Collectors.toCollection(TreeSet::new)), serviceImages);
    assertEquals(serviceImages, new TreeSet<>(k8s().kustomizationImages()));
  }

  @Test
  void kustomizationListsEveryManifestInTheFolder() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      Set<String> manifests = files.map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".yaml") && !n.equals("kustomization.yaml"))
          .collect(Collectors.toSet());
      assertEquals(manifests, Set.copyOf(k8s().kustomizationResources()));
    }
  }

  @Test
  void everyObjectLivesInTheHubNamespace() {
    assertNotNull(k8s().named(Namespace.class, NAMESPACE));
    for (HasMetadata o : k8s().all()) {
      if (!(o instanceof Namespace)) {
        assertEquals(NAMESPACE, o.getMetadata().getNamespace(), describe(o));
      }
    }
  }

  @Test
  void kafkaIsThreeKraftNodesWithTheirOwnVolumes() {
    StatefulSet kafka = k8s().named(StatefulSet.class, "kafka");
    assertEquals(3, kafka.getSpec().getReplicas());
    assertEquals("Parallel", kafka.getSpec().getPodManagementPolicy(), "quorum needs all three");
    assertFalse(kafka.getSpec().getTemplate().getSpec().getEnableServiceLinks(),
        "service links would add KAFKA_* variables, which the image reads as broker settings");
    Container broker = onlyContainer(kafka.getSpec().getTemplate());
    assertEquals("apache/kafka:4.1.1", broker.getImage());
    assertEquals("broker,controller", literalEnv(broker).get("KAFKA_PROCESS_ROLES"));
    assertFalse(literalEnv(broker).get("CLUSTER_ID").isBlank());
    String startup = String.join("\n", broker.getArgs());
    assertTrue(startup.contains("KAFKA_NODE_ID=\"${HOSTNAME##*-}\""), "node id from the ordinal");
    for (int node = 0; node < 3; node++) {
      assertTrue(startup.contains(node + "@kafka-" + node + "."), "voter " + node);
    }
    String claim = kafka.getSpec().getVolumeClaimTemplates().get(0).getMetadata().getName();
    assertTrue(broker.getVolumeMounts().stream().anyMatch(m -> m.getName().equals(claim)));

    Service headless = k8s().named(Service.class, kafka.getSpec().getServiceName());
    assertEquals("None", headless.getSpec().getClusterIP());
    assertTrue(headless.getSpec().getPublishNotReadyAddresses(), "peers resolve before ready");

    PodDisruptionBudget budget = k8s().named(PodDisruptionBudget.class, "kafka");
    assertEquals(2, budget.getSpec().getMinAvailable().getIntVal());
    assertEquals(kafka.getSpec().getSelector(), budget.getSpec().getSelector());
  }

  @Test
  void hubCoreAndEveryChannelRunAtLeastTwoReplicas() {
    assertTrue(k8s().named(Deployment.class, "hub-core").getSpec().getReplicas() >= 2);
    for (String channel : CHANNELS) {
      assertTrue(k8s().named(Deployment.class, channel).getSpec().getReplicas() >= 2, channel);
    }
  }

  @Test
  void ourServicesAreProbedOnTheirHealthEndpoints() {
    for (Deployment service : k8s().all(Deployment.class)) {
      for (Container c : service.getSpec().getTemplate().getSpec().getContainers()) {
        String name = c.getName();
        assertEquals("/health/readiness", c.getReadinessProbe().getHttpGet().getPath(), name);
        assertEquals("/health/liveness", c.getLivenessProbe().getHttpGet().getPath(), name);
      }
    }
    for (StatefulSet store : k8s().all(StatefulSet.class)) {
      for (Container c : store.getSpec().getTemplate().getSpec().getContainers()) {
        assertNotNull(c.getReadinessProbe(), c.getName());
        assertNotNull(c.getLivenessProbe(), c.getName());
      }
    }
  }

  @Test
  void probesAndPrometheusUseTheManagementPortThatNoServiceOrIngressExposes() {
    Set<Integer> managementPorts = new java.util.HashSet<>();
    for (Deployment service : k8s().all(Deployment.class)) {
      Container c = onlyContainer(service.getSpec().getTemplate());
      String name = describe(service);
      io.fabric8.kubernetes.api.model.ContainerPort management = c.getPorts().stream()
          .filter(p -> "management".equals(p.getName())).findFirst()
          .orElseThrow(() -> new AssertionError(name + " names a port management"));
      managementPorts.add(management.getContainerPort());
      assertEquals(String.valueOf(management.getContainerPort()),
          literalEnv(c).get("ENDPOINTS_ALL_PORT"), name + " puts its endpoints on that port");
      for (io.fabric8.kubernetes.api.model.Probe probe : List.of(c.getStartupProbe(),
          c.getReadinessProbe(), c.getLivenessProbe())) {
        assertEquals("management", probe.getHttpGet().getPort().getStrVal(), name);
      }
      Map<String, String> notes = service.getSpec().getTemplate().getMetadata().getAnnotations();
      assertEquals(String.valueOf(management.getContainerPort()), notes.get("prometheus.io/port"),
          name + " is scraped on the management port");
      assertEquals("/prometheus", notes.get("prometheus.io/path"), name);
    }
    for (Service service : k8s().all(Service.class)) {
      service.getSpec().getPorts().forEach(p -> {
        assertFalse("management".equals(p.getName()), describe(service) + " exposes management");
        assertFalse(p.getTargetPort() != null && ("management".equals(p.getTargetPort().getStrVal())
            || managementPorts.contains(p.getTargetPort().getIntVal())),
            describe(service) + " targets a management port");
        assertFalse(managementPorts.contains(p.getPort()), describe(service) + " port " + p.getPort());
      });
    }
    k8s().named(Ingress.class, "citizen-hub").getSpec().getRules().forEach(rule ->
        rule.getHttp().getPaths().forEach(path -> {
          assertEquals("http", path.getBackend().getService().getPort().getName(), path.getPath());
          assertFalse(path.getPath().startsWith("/health") || path.getPath().startsWith("/metrics")
              || path.getPath().startsWith("/prometheus"), path.getPath());
        }));
  }

  @Test
  void everyContainerRequestsAndLimitsCpuAndMemory() {
    podTemplates().forEach((workload, template) -> {
      for (Container c : template.getSpec().getContainers()) {
        assertNotNull(c.getResources(), workload);
        for (Map<String, ?> amounts : List.of(
            c.getResources().getRequests(), c.getResources().getLimits())) {
          assertNotNull(amounts, workload);
          assertTrue(amounts.keySet().containsAll(Set.of("cpu", "memory")), workload);
        }
      }
    });
  }

  @Test
  void noSecretIsKeptInTheRepository() {
    assertEquals(List.of(), k8s().all().stream()
        .filter(o -> o.getKind().equals("Secret")).map(KubernetesManifestRules::describe).toList());
    for (ConfigMap config : k8s().all(ConfigMap.class)) {
      for (String key : config.getData().keySet()) {
        assertFalse(SECRET_LOOKING.matcher(key).matches(), describe(config) + " holds " + key);
      }
    }
    String readme = DistributedDeployment.read("README.md");
    podTemplates().forEach((workload, template) -> {
      for (Container c : template.getSpec().getContainers()) {
        for (EnvVar variable : c.getEnv()) {
          if (SECRET_LOOKING.matcher(variable.getName()).matches()) {
            String what = workload + " " + variable.getName();
            assertNotNull(variable.getValueFrom(), what + " must come from a Secret");
            SecretKeySelector ref = variable.getValueFrom().getSecretKeyRef();
            assertNotNull(ref, what + " must come from a Secret");
            assertTrue(readme.contains("--from-literal=" + ref.getKey() + "="),
                "README.md tells how to create " + ref.getName() + "/" + ref.getKey());
          }
        }
      }
    });
  }

  @Test
  void topicJobRunsTheTopicScriptWithReplicationThreeAndMinIsrTwo() {
    Container job = onlyContainer(k8s().named(Job.class, "hub-topics").getSpec().getTemplate());
    assertEquals("apache/kafka:4.1.1", job.getImage());
    assertTrue(String.join(" ", job.getCommand()).endsWith("/create-topics.sh"));
    assertEquals("3", literalEnv(job).get("HUB_TOPIC_REPLICATION"));
    assertEquals("2", literalEnv(job).get("HUB_TOPIC_MIN_ISR"));
    assertEquals(DistributedDeployment.read("create-topics.sh"),
        k8s().named(ConfigMap.class, "hub-topics-script").getData().get("create-topics.sh"),
        "k8s/topics.yaml must carry an exact copy of create-topics.sh");
  }

  @Test
  void mysqlIsVersion8WithAVolumeAndEveryServicesDatabase() {
    StatefulSet mysql = k8s().named(StatefulSet.class, "mysql");
    assertTrue(onlyContainer(mysql.getSpec().getTemplate()).getImage().startsWith("mysql:8."));
    assertFalse(mysql.getSpec().getVolumeClaimTemplates().isEmpty());
    assertEquals(DistributedDeployment.read("mysql-init/01-hub-databases.sql"),
        k8s().named(ConfigMap.class, "mysql-init").getData().get("01-hub-databases.sql"),
        "k8s/mysql-init.yaml must carry an exact copy of mysql-init/01-hub-databases.sql");
    for (Deployment service : k8s().all(Deployment.class)) {
      Container c = onlyContainer(service.getSpec().getTemplate());
      DistributedDeployment.assertInitCreates(literalEnv(c).get("DATASOURCES_DEFAULT_URL"));
    }
  }

  @Test
  void deploymentsSetTheVariablesTheirApplicationReads() {
    ServiceSettings.HUB_CORE.assertConfigures(
        environment("hub-core"), variableNames("hub-core"));
    ServiceSettings.CHANNEL_WEB.assertConfigures(
        environment("channel-web"), variableNames("channel-web"));
  }

  @Test
  void minioKeepsThePhotosOnItsVolumeAndAJobPreparesTheBucket() {
    StatefulSet minio = k8s().named(StatefulSet.class, "minio");
    Container server = onlyContainer(minio.getSpec().getTemplate());
    assertTrue(server.getImage().startsWith("quay.io/minio/minio:RELEASE."));
    String claim = minio.getSpec().getVolumeClaimTemplates().get(0).getMetadata().getName();
    assertTrue(server.getVolumeMounts().stream().anyMatch(m -> m.getName().equals(claim)
        && m.getMountPath().equals("/data")));
    assertEquals(DistributedDeployment.read("minio-init.sh"),
        k8s().named(ConfigMap.class, "minio-init-script").getData().get("minio-init.sh"),
        "k8s/minio.yaml must carry an exact copy of minio-init.sh");
    Container init = onlyContainer(k8s().named(Job.class, "minio-init").getSpec().getTemplate());
    assertTrue(String.join(" ", init.getCommand()).endsWith("/minio-init.sh"));
    Map<String, String> config = k8s().named(ConfigMap.class, "hub-config").getData();
    assertEquals("s3", config.get("HUB_ATTACHMENTS_STORE"));
    assertEquals("http://minio:" + k8s().named(Service.class, "minio").getSpec().getPorts()
        .get(0).getPort(), config.get("HUB_ATTACHMENTS_S3_ENDPOINT"));
    Map<String, String> initKeys = secretKeys(init);
    for (String service : List.of("hub-core", "channel-web", "channel-zalo")) {
      Map<String, String> keys = secretKeys(onlyContainer(
          k8s().named(Deployment.class, service).getSpec().getTemplate()));
      for (String name : List.of("HUB_ATTACHMENTS_S3_ACCESS_KEY",
          "HUB_ATTACHMENTS_S3_SECRET_KEY")) {
        assertEquals(initKeys.get(name), keys.get(name), service + " " + name
            + " is the key the Job gives rights on the bucket");
      }
    }
  }

  @Test
  void photosPassTheIngressOnTheReportPathOnly() {
    assertEquals("64k", k8s().named(Ingress.class, "citizen-hub").getMetadata()
        .getAnnotations().get("nginx.ingress.kubernetes.io/proxy-body-size"));
    Ingress photos = k8s().named(Ingress.class, "citizen-hub-photos");
    String size = photos.getMetadata().getAnnotations()
        .get("nginx.ingress.kubernetes.io/proxy-body-size");
    assertTrue(size.endsWith("m"), size);
    assertTrue(Long.parseLong(size.substring(0, size.length() - 1)) * 1024 * 1024
        >= ServiceSettings.CHANNEL_WEB.maxRequestSize(), "as much as channel-web takes");
    var paths = photos.getSpec().getRules().get(0).getHttp().getPaths();
    assertEquals(1, paths.size());
    assertEquals("/api/web/reports", paths.get(0).getPath());
    assertEquals("Exact", paths.get(0).getPathType());
    assertEquals("channel-web", paths.get(0).getBackend().getService().getName());
  }

  @Test
  void ingressRoutesEveryPublicPathToTheServiceThatOwnsIt() {
    Map<String, String> routes = new TreeMap<>();
    k8s().named(Ingress.class, "citizen-hub").getSpec().getRules().forEach(rule ->
        rule.getHttp().getPaths().forEach(path ->
            routes.put(path.getPath(), path.getBackend().getService().getName())));
    assertEquals(new TreeMap<>(Map.ofEntries(
        Map.entry("/api/public", "hub-core"), Map.entry("/api/staff", "hub-core"),
        Map.entry("/console", "hub-core"), Map.entry("/web-shared", "hub-core"),
        Map.entry("/open311", "channel-open311"), Map.entry("/track", "hub-core"),
        Map.entry("/portal-shared", "hub-core"), Map.entry("/", "channel-web"),
        Map.entry("/report", "channel-web"), Map.entry("/portal", "channel-web"),
        Map.entry("/api/web", "channel-web"), Map.entry("/zalo/webhook", "channel-zalo"),
        Map.entry("/api/hotline", "channel-hotline"), Map.entry("/hotline", "channel-hotline"),
        Map.entry("/api/app", "channel-app"), Map.entry("/search", "hub-core"),
        Map.entry("/figures", "hub-core"), Map.entry("/agencies", "hub-core"),
        Map.entry("/answers", "hub-core"), Map.entry("/articles", "hub-core"))), routes);
    for (String service : Set.copyOf(routes.values())) {
      assertTrue(k8s().named(Service.class, service).getSpec().getPorts().stream()
          .anyMatch(p -> "http".equals(p.getName())), service + " has a port named http");
    }
  }

  @Test
  void everyServiceSelectsTheWorkloadItFronts() {
    List<Map<String, String>> podLabels = podTemplates().values().stream()
        .map(t -> t.getMetadata().getLabels()).toList();
    for (Service service : k8s().all(Service.class)) {
      Map<String, String> selector = service.getSpec().getSelector();
      assertTrue(podLabels.stream().anyMatch(l -> l.entrySet().containsAll(selector.entrySet())),
          describe(service) + " selects no pod");
    }
  }

  @Test
  void aMisspeltFieldFailsTheParse() {
    String typo = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: broken}
        spec:
          replica: 2
        """;
    var e = assertThrows(IllegalArgumentException.class,
        () -> KubernetesManifests.parse("typo.yaml", typo));
    assertTrue(e.getMessage().contains("\"replica\""), e.getMessage());
  }

  @Test
  void aNumberWhereKubernetesWantsAStringFailsTheParse() {
    String number = """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: broken}
        data: {HUB_TOPIC_REPLICATION: 3}
        """;
    assertThrows(IllegalArgumentException.class,
        () -> KubernetesManifests.parse("number.yaml", number));
  }

  /** A manifest that does not parse fails every rule with the parser's own message. */
  private static synchronized KubernetesManifests k8s() {
    if (parsed == null) {
      try {
        parsed = KubernetesManifests.load(FOLDER);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return parsed;
  }

  private static Map<String, PodTemplateSpec> podTemplates() {
    Map<String, PodTemplateSpec> templates = new LinkedHashMap<>();
    k8s().all(Deployment.class).forEach(d -> templates.put(describe(d), d.getSpec().getTemplate()));
    k8s().all(StatefulSet.class)
        .forEach(s -> templates.put(describe(s), s.getSpec().getTemplate()));
    k8s().all(Job.class).forEach(j -> templates.put(describe(j), j.getSpec().getTemplate()));
    return templates;
  }

  /** A Deployment's plain variables, those it takes from a ConfigMap with envFrom included. */
  private static Map<String, String> environment(String deployment) {
    Container c = onlyContainer(k8s().named(Deployment.class, deployment).getSpec().getTemplate());
    Map<String, String> env = new HashMap<>();
    c.getEnvFrom().forEach(source ->
        env.putAll(k8s().named(ConfigMap.class, source.getConfigMapRef().getName()).getData()));
    env.putAll(literalEnv(c));
    return env;
  }

  private static Set<String> variableNames(String deployment) {
    Container c = onlyContainer(k8s().named(Deployment.class, deployment).getSpec().getTemplate());
    return Stream.concat(environment(deployment).keySet().stream(),
        c.getEnv().stream().map(EnvVar::getName)).collect(Collectors.toSet());
  }

  /** Which Secret key each variable of the container comes from. */
  private static Map<String, String> secretKeys(Container c) {
    Map<String, String> keys = new HashMap<>();
    c.getEnv().stream().filter(v -> v.getValueFrom() != null
        && v.getValueFrom().getSecretKeyRef() != null).forEach(v -> keys.put(v.getName(),
        v.getValueFrom().getSecretKeyRef().getName() + "/"
            + v.getValueFrom().getSecretKeyRef().getKey()));
    return keys;
  }

  private static Container onlyContainer(PodTemplateSpec template) {
    List<Container> containers = template.getSpec().getContainers();
    assertEquals(1, containers.size());
    return containers.get(0);
  }

  private static Map<String, String> literalEnv(Container container) {
    return container.getEnv().stream().filter(v -> v.getValue() != null)
        .collect(Collectors.toMap(EnvVar::getName, EnvVar::getValue));
  }

  private static String describe(HasMetadata o) {
    return o.getKind() + " " + o.getMetadata().getName();
  }
}
