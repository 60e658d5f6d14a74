package vn.danhgia.evaluation.engine.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.objectweb.asm.Type;
import vn.danhgia.evaluation.policy.RulePolicy;

/**
 * The members that generated rule code may reference: the list in {@code rule-code-members.txt}
 * (JDK value types, the Drools runtime calls generated code needs), and the members the types of
 * the {@link RulePolicy} declare themselves (the library's model, vocabulary and parameter types, a
 * host's own types), less the few that do unbounded work or build a rule set ({@link #REFUSED}).
 *
 * <p>Immutable and thread-safe.
 */
final class CodeAllowList {
  /** The kinds of generated class, each with what it may reference beyond {@link Kind#RULE}. */
  enum Kind {
    /** Code written in the rule files: consequences, eval, accumulate code, functions. */
    RULE,
    /** Drools' glue that calls rule code. */
    INVOKER,
    /** A class Drools generates for a declared type. */
    DECLARED,
    /** A class of an executable model precompiled at build time. */
    MODEL
  }

  /** Members of library types that rule code may not call: they read or build parameters. */
  private static final Set<String> REFUSED = Set.of(
      "vn/danhgia/evaluation/ruleset/Parameters.parse", "vn/danhgia/evaluation/ruleset/Parameters.parseSpreadsheet",
      "vn/danhgia/evaluation/ruleset/Parameters.with", "vn/danhgia/evaluation/ruleset/Parameters.empty");
  /**
   * Packages whose every member an executable model's classes may reference: Drools' model DSL and
   * its accumulate functions, which build a rule base and do nothing else.
   */
  private static final List<String> MODEL_PACKAGES = List.of("org/drools/model/", "org/drools/modelcompiler/dsl/",
      "org/drools/core/base/accumulators/");
  private static final String RESOURCE = "rule-code-members.txt";
  private static final Map<Kind, Map<String, Set<String>>> LISTED = read();

  private final RulePolicy policy;
  private final ClassLoader loader;
  private final Map<String, Boolean> declared = new ConcurrentHashMap<>();

  CodeAllowList(RulePolicy policy, ClassLoader loader) {
    this.policy = policy;
    this.loader = loader;
  }

  /**
   * @param kind the kind of class the reference is in
   * @param owner the member's owner, internal name
   * @param name the member's name ({@code <init>} for a constructor)
   * @param descriptor its descriptor
   * @return whether code of that kind may reference it
   */
  boolean allows(Kind kind, String owner, String name, String descriptor) {
    if (listed(Kind.RULE, owner, name, descriptor) || kind != Kind.RULE && listed(kind, owner, name, descriptor)
        || kind == Kind.MODEL && modelPackage(owner)) {
      return true;
    }
    if (LISTED.get(Kind.RULE).containsKey(owner) || REFUSED.contains(owner + "." + name)) {
      return false;
    }
    return policyType(owner) && declared.computeIfAbsent(owner + "." + name + descriptor,
        k -> declaredBy(owner, name, descriptor));
  }

  /**
   * @param kind the kind of class the reference is in
   * @param internalName a type
   * @return whether code of that kind may name the type (cast to it, create it, test for it)
   */
  boolean allowsType(Kind kind, String internalName) {
    return LISTED.get(Kind.RULE).containsKey(internalName) || LISTED.get(kind).containsKey(internalName)
        || kind == Kind.MODEL && modelPackage(internalName) || policyType(internalName);
  }

  private static boolean modelPackage(String internalName) {
    for (String p : MODEL_PACKAGES) {
      if (internalName.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  private boolean policyType(String internalName) {
    return !internalName.startsWith("[") && policy.allowsType(internalName.replace('/', '.'));
  }

  /**
   * @return the names of the members rule code may reference on some JDK or Drools owner (without
   *     descriptors, constructors left out), for checks that cannot tell the owner
   */
  static Set<String> ruleMemberNames() {
    Set<String> names = new HashSet<>();
    for (Set<String> members : LISTED.get(Kind.RULE).values()) {
      for (String m : members) {
        int paren = m.indexOf('(');
        String name = paren < 0 ? m : m.substring(0, paren);
        if (!name.equals("<init>")) {
          names.add(name);
        }
      }
    }
    return Set.copyOf(names);
  }

  /**
   * @param internalName a type
   * @return whether the list names its members one by one (then rule code may use only those)
   */
  static boolean listsOwner(String internalName) {
    return LISTED.get(Kind.RULE).containsKey(internalName);
  }

  private static boolean listed(Kind kind, String owner, String name, String descriptor) {
    Set<String> members = LISTED.get(kind).get(owner);
    return members != null && (members.contains(name) || members.contains(name + descriptor) || members.contains("*"));
  }

  /** Whether the policy type itself (not Object, Enum or Record) declares the public member. */
  private boolean declaredBy(String owner, String name, String descriptor) {
    Class<?> type;
    try {
      type = Class.forName(owner.replace('/', '.'), false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
    if (name.equals("<init>")) {
      for (Constructor<?> c : type.getConstructors()) {
        if (Type.getConstructorDescriptor(c).equals(descriptor)) {
          return true;
        }
      }
      return false;
    }
    if (!descriptor.startsWith("(")) {
      for (Field f : type.getFields()) {
        if (f.getName().equals(name) && ownType(type, f.getDeclaringClass())) {
          return true;
        }
      }
      return false;
    }
    for (Method m : type.getMethods()) {
      if (m.getName().equals(name) && Type.getMethodDescriptor(m).equals(descriptor)) {
        Class<?> by = m.getDeclaringClass();
        if (ownType(type, by) && Modifier.isPublic(m.getModifiers())) {
          return true;
        }
        String inherited = Type.getInternalName(by);
        return listed(Kind.RULE, inherited, name, descriptor);
      }
    }
    return false;
  }

  /** A member declared by the type, or by another type the policy allows (a model interface). */
  private boolean ownType(Class<?> type, Class<?> declaring) {
    return declaring == type || declaring != Object.class && declaring != Enum.class && declaring != Record.class
        && policy.allowsType(declaring.getName());
  }

  private static Map<Kind, Map<String, Set<String>>> read() {
    Map<Kind, Map<String, Set<String>>> out = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      out.put(k, new HashMap<>());
    }
    try (InputStream in = CodeAllowList.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the library");
      }
      Kind section = Kind.RULE;
      for (String raw : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("[")) {
          section = Kind.valueOf(line.substring(1, line.length() - 1).toUpperCase(java.util.Locale.ROOT));
          continue;
        }
        String[] words = line.split("\\s+");
        Set<String> members = out.get(section).computeIfAbsent(words[0], k -> new HashSet<>());
        for (int i = 1; i < words.length; i++) {
          members.add(words[i]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.replaceAll((k, v) -> Map.copyOf(v));
    return Map.copyOf(out);
  }
}
