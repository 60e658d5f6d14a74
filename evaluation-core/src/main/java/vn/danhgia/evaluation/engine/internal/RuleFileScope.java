package vn.danhgia.evaluation.engine.internal;

import com.github.javaparser.ParseStart;
import com.github.javaparser.Providers;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import vn.danhgia.evaluation.policy.RulePolicy;

/** One rule file: its text, its lines, and the types it may name by simple name. */
final class RuleFileScope {
  private static final Set<String> PRIMITIVES = Set.of("boolean", "byte", "char", "short", "int", "long",
      "float", "double", "void", "var");

  final String file;
  final String pkg;
  final String text;
  final int[] lines;
  /** Imported types, by simple name. */
  final Map<String, String> types = new HashMap<>();
  /** Packages imported whole. */
  final Set<String> packages = new HashSet<>();
  private final RulePolicy policy;
  private final DeclaredTypes declared;

  RuleFileScope(String file, String pkg, String text, RulePolicy policy, DeclaredTypes declared) {
    this.file = file;
    this.pkg = pkg == null ? "" : pkg;
    this.text = text;
    this.lines = JavaText.lineStarts(text);
    this.policy = policy;
    this.declared = declared;
  }

  /** The offset where a 1-based line starts, or 0. */
  int offsetOf(int line) {
    return line >= 1 && line <= lines.length ? lines[line - 1] : 0;
  }

  /** The 1-based line and column of an offset. */
  int[] at(int offset) {
    int line = JavaText.lineOf(lines, offset);
    return new int[] {line + 1, offset - lines[line] + 1};
  }

  /** Whether rules may name a type (simple or qualified, without type arguments) here. */
  boolean knowsType(String name) {
    String plain = name.contains("<") ? name.substring(0, name.indexOf('<')) : name;
    plain = plain.replace("[]", "").replace("...", "").strip();
    if (PRIMITIVES.contains(plain)) {
      return true;
    }
    if (plain.contains(".")) {
      return policy.allowsType(plain) || declared.contains(plain);
    }
    if (types.containsKey(plain)) {
      return true;
    }
    // A declared type that names a java.lang class only redeclares that class: no new class.
    if (declared.inPackage(pkg, plain) && !exists("java.lang." + plain)) {
      return true;
    }
    for (String p : packages) {
      // Only a class that is there: otherwise the compiler looks further, in java.lang.
      if (exists(p + "." + plain)) {
        return true;
      }
    }
    return policy.allowsType("java.lang." + plain);
  }

  /** The first type a type's text names that rules may not use, or null. */
  String unknownType(String typeText) {
    Type type;
    try {
      type = JavaText.parser().parse(ParseStart.TYPE, Providers.provider(typeText)).getResult().orElse(null);
    } catch (RuntimeException e) {
      type = null;
    }
    if (type == null) {
      return knowsType(typeText) ? null : typeText;
    }
    for (ClassOrInterfaceType t : type.findAll(ClassOrInterfaceType.class)) {
      if (!isScopeOfType(t) && !knowsType(t.getNameWithScope())) {
        return t.getNameWithScope();
      }
    }
    return null;
  }

  /** Whether a type is the scope of an outer one ({@code Map} of {@code Map.Entry}), not a type named itself. */
  static boolean isScopeOfType(ClassOrInterfaceType t) {
    return t.getParentNode().orElse(null) instanceof ClassOrInterfaceType outer
        && outer.getScope().filter(sc -> sc == t).isPresent();
  }

  private static boolean exists(String className) {
    try {
      Class.forName(className, false, RuleFileScope.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
