package vn.citizenhub.deploy.distributed;

import org.junit.jupiter.api.Nested;

/**
 * The distributed deployment (deploy/distributed) checked without Docker or a cluster: the
 * Kubernetes manifests parsed strictly into the Kubernetes model, the compose file against the
 * Compose Specification's schema, the topic script run against a stand-in Kafka CLI, and on each
 * the rules the hub relies on; both deploy exactly the modules that have a main. One class, so
 * `-Dtest=DeploymentManifestsTest` runs all of them.
 */
class DeploymentManifestsTest {

  @Nested
  class Kubernetes extends KubernetesManifestRules {}

  @Nested
  class Compose extends ComposeFileRules {}

  @Nested
  class TopicScript extends TopicScriptRules {}

  @Nested
  class Modules extends ServiceModuleRules {}
}
