package vn.danhgia.evaluation.engine.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.DialectRuntimeData;
import org.drools.base.rule.LineMappings;
import org.drools.base.rule.TypeDeclaration;
import org.drools.core.rule.JavaDialectRuntimeData;
import org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.objectweb.asm.ClassReader;
import vn.danhgia.evaluation.engine.internal.CodeAllowList.Kind;
import vn.danhgia.evaluation.engine.internal.GeneratedClass.Origin;

/**
 * Collects every class a build generated for a rule set, with what it is and where it comes from.
 *
 * <p>For the classic compiler these are the classes of the packages' Java dialect store (each rule's
 * class, holding its consequence, eval and accumulate code, the invokers that call it, one class per
 * function) and the classes the KIE base's class loader defined for declared types. A rule's class is
 * found through its consequence's invoker, which Drools names after it; an invoker is a class named
 * after a rule's class that implements Drools' {@code CompiledInvoker} (a rule file cannot make a
 * class implement an interface).
 */
final class GeneratedClasses {
  private static final String INVOKER = "org/drools/base/rule/accessor/CompiledInvoker";
  private static final String CONSEQUENCE_INVOKER = "DefaultConsequenceInvoker";
  /**
   * The lines of the generated consequence method before the consequence's own text (its signature
   * and the declaration of {@code drools}), which Drools' line mapping of a rule class leaves in.
   */
  private static final int CONSEQUENCE_PROLOGUE = 3;

  private GeneratedClasses() {}

  /**
   * @param base a KIE base built by the classic compiler
   * @param check the parsed rule files (for the lines of functions and declared types)
   * @return every class generated for it
   */
  static List<GeneratedClass> classic(KieBase base, RuleSourceCheck check) {
    InternalKnowledgeBase kb = (InternalKnowledgeBase) base;
    Map<String, byte[]> bytes = new TreeMap<>();
    if (kb.getRootClassLoader() instanceof ProjectClassLoader loader && loader.getStore() != null) {
      loader.getStore().forEach((file, b) -> bytes.put(internalName(file), b));
    }
    Map<String, Origin> ruleClasses = new HashMap<>();
    Map<String, Origin> functions = new HashMap<>();
    Map<String, Origin> declared = new HashMap<>();
    for (InternalKnowledgePackage pkg : kb.getPackagesMap().values()) {
      DialectRuntimeData data = pkg.getDialectRuntimeRegistry().getDialectData("java");
      if (data instanceof JavaDialectRuntimeData java && java.getStore() != null) {
        java.getStore().forEach((file, b) -> bytes.put(internalName(file), b));
      }
      for (Rule r : pkg.getRules()) {
        RuleImpl rule = (RuleImpl) r;
        if (rule.getConsequence() == null) {
          continue;
        }
        String invoker = rule.getConsequence().getClass().getName();
        if (!invoker.endsWith(CONSEQUENCE_INVOKER)) {
          continue;
        }
        String ruleClass = invoker.substring(0, invoker.length() - CONSEQUENCE_INVOKER.length());
        RuleInfo info = check.rules.get(rule.getName());
        LineMappings lines = pkg.getDialectRuntimeRegistry().getLineMappings(ruleClass);
        ruleClasses.put(ruleClass.replace('.', '/'), new Origin("rule \"" + rule.getName() + "\"",
            info == null ? "" : info.file(), info == null ? 0 : info.line(),
            lines == null ? 0 : lines.getStartLine(), lines == null ? 0 : lines.getOffset() + CONSEQUENCE_PROLOGUE));
      }
      for (TypeDeclaration t : pkg.getTypeDeclarations().values()) {
        String cls = t.getTypeClassName().replace('.', '/');
        String simple = cls.substring(cls.lastIndexOf('/') + 1);
        declared.put(cls, origin(check, pkg.getName(), "declared type " + simple, null, simple, false));
      }
      for (String f : pkg.getFunctions().keySet()) {
        String cls = pkg.getName() + "." + Character.toUpperCase(f.charAt(0)) + f.substring(1);
        LineMappings lines = pkg.getDialectRuntimeRegistry().getLineMappings(cls);
        functions.put(cls.replace('.', '/'), origin(check, pkg.getName(), "function " + f, lines, f, true));
      }
    }
    List<GeneratedClass> out = new ArrayList<>();
    for (Map.Entry<String, byte[]> e : bytes.entrySet()) {
      String name = e.getKey();
      Origin origin;
      Kind kind;
      if (functions.containsKey(name)) {
        kind = Kind.RULE;
        origin = functions.get(name);
      } else if (declared.containsKey(name) && !ruleClasses.containsKey(name)) {
        kind = Kind.DECLARED;
        origin = declared.get(name);
      } else {
        String ruleClass = longestPrefix(ruleClasses, name);
        origin = ruleClass == null ? null : ruleClasses.get(ruleClass);
        kind = ruleClass != null && !ruleClass.equals(name) && name.endsWith("Invoker") && name.indexOf('$',
            ruleClass.length()) < 0 && implementsInvoker(e.getValue()) ? Kind.INVOKER : Kind.RULE;
      }
      out.add(new GeneratedClass(name, e.getValue(), kind, origin));
    }
    return out;
  }

  /**
   * @param classes the classes of a precompiled executable model, by internal name
   * @return them as generated classes of the model kind (their rules were checked when built)
   */
  static List<GeneratedClass> model(Map<String, byte[]> classes) {
    List<GeneratedClass> out = new ArrayList<>();
    new TreeMap<>(classes).forEach((name, b) -> out.add(new GeneratedClass(name, b, Kind.MODEL, null)));
    return out;
  }

  private static @Nullable Origin origin(RuleSourceCheck check, String pkgName, String what,
      @Nullable LineMappings lines, String name, boolean function) {
    for (Map.Entry<String, PackageDescr> e : check.packages.entrySet()) {
      if (!e.getValue().getName().equals(pkgName)) {
        continue;
      }
      if (function) {
        for (FunctionDescr f : e.getValue().getFunctions()) {
          if (f.getName().equals(name)) {
            return new Origin(what, e.getKey(), f.getLine(), lines == null ? 0 : lines.getStartLine(),
                lines == null ? 0 : lines.getOffset());
          }
        }
      } else {
        for (AbstractClassTypeDeclarationDescr t : e.getValue().getClassAndEnumDeclarationDescrs()) {
          if (t.getTypeName().equals(name)) {
            return new Origin(what, e.getKey(), t.getLine(), 0, 0);
          }
        }
      }
    }
    return null;
  }

  private static @Nullable String longestPrefix(Map<String, Origin> ruleClasses, String name) {
    String best = null;
    for (String c : ruleClasses.keySet()) {
      if (name.startsWith(c) && (best == null || c.length() > best.length())) {
        best = c;
      }
    }
    return best;
  }

  private static boolean implementsInvoker(byte[] bytes) {
    for (String i : new ClassReader(bytes).getInterfaces()) {
      if (i.equals(INVOKER)) {
        return true;
      }
    }
    return false;
  }

  private static String internalName(String file) {
    return file.endsWith(".class") ? file.substring(0, file.length() - ".class".length()) : file;
  }
}
