package vn.citizenhub.deploy.distributed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The hub's services as the build knows them: every module of the root pom (nested ones too)
 * whose pom names a runnable jar's main class ({@code exec.mainClass}), except the all-in-one
 * launcher. A module added to the root pom with a main is a service from then on, so the
 * deployment checks cover it without being edited.
 */
final class ServiceModules {

  /** deploy's own main is the all-in-one launcher, not a service of the distributed hub. */
  static final String LAUNCHER = "deploy";

  private ServiceModules() {}

  /** One module of the reactor: its folder from the root, artifactId and main class, if any. */
  record Module(String dir, String artifactId, Optional<String> mainClass) {

    /** The service's name in compose and Kubernetes: hub-core/service is hub-core. */
    String serviceName() {
      return dir.split("/")[0];
    }

    Path folder() {
      return DistributedDeployment.REPOSITORY.resolve(dir);
    }

    /** Where `mvn package` leaves the shaded jar the Dockerfile copies. */
    Path jar(String version) {
      return folder().resolve("target").resolve(artifactId + "-" + version + ".jar");
    }

    /** The main class's source, if the module has it. */
    Optional<Path> mainSource() {
      return mainClass.map(c -> folder().resolve("src/main/java")
          .resolve(c.replace('.', '/') + ".java")).filter(Files::isRegularFile);
    }
  }

  /** The services: modules with a main class, the launcher left out. */
  static List<Module> services() {
    return all().stream()
        .filter(m -> m.mainClass().isPresent() && !m.dir().equals(LAUNCHER))
        .toList();
  }

  /** Every module without modules of its own, in the root pom's order. */
  static List<Module> all() {
    List<Module> modules = new ArrayList<>();
    collect("", modules);
    return modules;
  }

  /** The project's version, from the root pom: the jars' names carry it. */
  static String version() {
    return text(pom(""), "version").orElseThrow();
  }

  /** Files under the module's main sources that start a Micronaut application. */
  static List<Path> micronautMains(Module module) {
    Path sources = module.folder().resolve("src/main/java");
    if (!Files.isDirectory(sources)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(sources)) {
      return files.filter(f -> f.toString().endsWith(".java"))
          .filter(f -> read(f).contains("Micronaut.run("))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collect(String dir, List<Module> into) {
    Element project = pom(dir);
    Optional<Element> modules = child(project, "modules");
    if (modules.isPresent()) {
      NodeList declared = modules.get().getElementsByTagName("module");
      for (int i = 0; i < declared.getLength(); i++) {
        String child = declared.item(i).getTextContent().trim();
        collect(dir.isEmpty() ? child : dir + "/" + child, into);
      }
      return;
    }
    Optional<String> main = child(project, "properties")
        .flatMap(p -> text(p, "exec.mainClass"));
    into.add(new Module(dir, text(project, "artifactId").orElseThrow(), main));
  }

  private static Element pom(String dir) {
    Path file = DistributedDeployment.REPOSITORY.resolve(dir).resolve("pom.xml");
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document document = factory.newDocumentBuilder().parse(file.toFile());
      return document.getDocumentElement();
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
  }

  /** The text of a direct child element: the project's own artifactId, not its parent's. */
  private static Optional<String> text(Element parent, String name) {
    return child(parent, name).map(e -> e.getTextContent().trim());
  }

  private static Optional<Element> child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
