package vn.danhgia.evaluation.engine.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr;

/** The types and enums a rule set declares in its files, which its rules may name besides the policy's. */
final class DeclaredTypes {
  /** Package to simple names. */
  private final Map<String, Set<String>> byPackage = new HashMap<>();
  private final Set<String> qualified = new HashSet<>();

  /** Records a declaration of a file whose package is {@code pkg}. */
  void declare(String pkg, AbstractClassTypeDeclarationDescr t) {
    String name = t.getTypeName();
    String full = name.contains(".") ? name : (pkg == null || pkg.isBlank() ? name : pkg + "." + name);
    qualified.add(full);
    int dot = full.lastIndexOf('.');
    byPackage.computeIfAbsent(dot < 0 ? "" : full.substring(0, dot), k -> new HashSet<>())
        .add(full.substring(dot + 1));
  }

  /** Whether a fully qualified name is a declared type. */
  boolean contains(String qualifiedName) {
    return qualified.contains(qualifiedName);
  }

  /** Whether a package declares a type of this simple name. */
  boolean inPackage(String pkg, String simpleName) {
    return byPackage.getOrDefault(pkg, Set.of()).contains(simpleName);
  }
}
