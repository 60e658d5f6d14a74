package vn.danhgia.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InnerClassNode;
import org.objectweb.asm.tree.MethodNode;
import vn.danhgia.evaluation.engine.Evaluator;

/**
 * The public API, as a host on the module path sees it: every public or protected class, method,
 * field and constructor of the packages the module exports (read from its compiled {@code
 * module-info.class}) names no type of the KIE API, of Drools, or of a package of the library's
 * internals, in its descriptor or generic signature, its supertypes or its exceptions.
 */
public class PublicApiTest {
  private static final Pattern TYPE = Pattern.compile("L([^;<]+)[;<]");

  /** A public member class of a public class, which names a KIE type in its API: what the check must find. */
  public static final class LeakingKie {
    /** @return nothing */
    public org.kie.api.KieBase base() {
      return null;
    }

    /** Not API: package-private. */
    org.kie.api.KieBase hidden() {
      return null;
    }
  }

  /** The same, but package-private: not API. */
  static final class HiddenKie {
    /** @return nothing */
    public org.kie.api.KieBase base() {
      return null;
    }
  }

  @Test
  void exportedPackages_nameNoKieDroolsOrInternalType() throws IOException, URISyntaxException {
    Path classes = Path.of(Evaluator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (FileSystem jar = Files.isDirectory(classes) ? null : FileSystems.newFileSystem(classes)) {
      Path root = jar == null ? classes : jar.getPath("/");
      ModuleDescriptor module;
      try (InputStream in = Files.newInputStream(root.resolve("module-info.class"))) {
        module = ModuleDescriptor.read(in);
      }
      Set<String> exported = new TreeSet<>();
      module.exports().forEach(e -> exported.add(e.source()));

      assertThat(module.name()).isEqualTo("vn.danhgia.evaluation.core");
      assertThat(exported).contains("vn.danhgia.evaluation.engine", "vn.danhgia.evaluation.repository")
          .noneMatch(p -> p.contains(".internal"));

      Map<String, ClassNode> nodes = new HashMap<>();
      for (String p : exported) {
        Path dir = root.resolve(p.replace('.', '/'));
        try (Stream<Path> files = Files.list(dir)) {
          for (Path f : files.filter(f -> f.toString().endsWith(".class")).toList()) {
            ClassNode node = read(Files.readAllBytes(f));
            if (!node.name.endsWith("module-info") && !node.name.endsWith("package-info")) {
              nodes.put(node.name, node);
            }
          }
        }
      }
      assertThat(nodes).hasSizeGreaterThan(50);

      List<String> leaks = new ArrayList<>();
      nodes.values().forEach(n -> leaks.addAll(leaks(n, nodes)));
      assertThat(leaks).as("public API naming a KIE, Drools or internal type").isEmpty();
    }
  }

  @Test
  void leaks_publicMethodReturningKieType_isFound() throws IOException {
    Map<String, ClassNode> nodes = nodes(PublicApiTest.class, LeakingKie.class);

    List<String> leaks = leaks(nodes.get(LeakingKie.class.getName().replace('.', '/')), nodes);

    assertThat(leaks).singleElement().asString().contains(".base()").contains("org.kie.api.KieBase");
  }

  @Test
  void leaks_packagePrivateMemberClass_isNotApi() throws IOException {
    Map<String, ClassNode> nodes = nodes(PublicApiTest.class, HiddenKie.class);

    assertThat(leaks(nodes.get(HiddenKie.class.getName().replace('.', '/')), nodes)).isEmpty();
  }

  private static Map<String, ClassNode> nodes(Class<?>... types) throws IOException {
    Map<String, ClassNode> out = new HashMap<>();
    for (Class<?> type : types) {
      ClassNode node = readClass(type);
      out.put(node.name, node);
    }
    return out;
  }

  private static ClassNode readClass(Class<?> type) throws IOException {
    try (InputStream in = type.getResourceAsStream("/" + type.getName().replace('.', '/') + ".class")) {
      return read(in.readAllBytes());
    }
  }

  private static ClassNode read(byte[] bytes) {
    ClassNode node = new ClassNode();
    new ClassReader(bytes).accept(node, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    return node;
  }

  /** What of a class's API names a forbidden type; nothing when the class is not API. */
  private static List<String> leaks(ClassNode n, Map<String, ClassNode> nodes) {
    List<String> out = new ArrayList<>();
    if (!isApi(n, nodes)) {
      return out;
    }
    String owner = n.name.replace('/', '.');
    List<String> supertypes = new ArrayList<>(n.interfaces);
    if (n.superName != null) {
      supertypes.add(n.superName);
    }
    forbidden(n.signature, String.join(";", supertypes.stream().map(s -> "L" + s + ";").toList()))
        .forEach(t -> out.add(owner + " extends or implements " + t));
    for (FieldNode f : n.fields) {
      if (visible(f.access) && (f.access & Opcodes.ACC_SYNTHETIC) == 0) {
        forbidden(f.signature, f.desc).forEach(t -> out.add(owner + "." + f.name + " has type " + t));
      }
    }
    for (MethodNode m : n.methods) {
      if (visible(m.access) && (m.access & (Opcodes.ACC_SYNTHETIC | Opcodes.ACC_BRIDGE)) == 0) {
        String exceptions = String.join("", m.exceptions.stream().map(e -> "L" + e + ";").toList());
        forbidden(m.signature, m.desc + exceptions).forEach(t -> out.add(owner + "." + m.name + "() names " + t));
      }
    }
    return out;
  }

  /** Whether a class is public (or a public or protected member class of such a class), as hosts see it. */
  private static boolean isApi(ClassNode n, Map<String, ClassNode> nodes) {
    for (InnerClassNode inner : n.innerClasses) {
      if (inner.name.equals(n.name)) {
        if (!visible(inner.access)) {
          return false;
        }
        if (inner.outerName == null) {
          return false; // a local or anonymous class
        }
        ClassNode outer = nodes.get(inner.outerName);
        return outer != null && isApi(outer, nodes);
      }
    }
    return (n.access & Opcodes.ACC_PUBLIC) != 0;
  }

  private static boolean visible(int access) {
    return (access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) != 0;
  }

  /** The forbidden types a signature (or, without one, a descriptor) names, as class names. */
  private static Set<String> forbidden(String signature, String descriptor) {
    Set<String> out = new TreeSet<>();
    for (String text : new String[] {signature, descriptor}) {
      if (text == null) {
        continue;
      }
      Matcher m = TYPE.matcher(text);
      while (m.find()) {
        String type = m.group(1).replace('/', '.');
        String pkg = type.contains(".") ? type.substring(0, type.lastIndexOf('.')) : "";
        if (type.startsWith("org.kie.") || type.startsWith("org.drools.") || pkg.contains(".internal")) {
          out.add(type);
        }
      }
    }
    return out;
  }
}
