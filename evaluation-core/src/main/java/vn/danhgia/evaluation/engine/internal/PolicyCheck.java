package vn.danhgia.evaluation.engine.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr;
import org.drools.drl.ast.descr.AccumulateImportDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.EntryPointDeclarationDescr;
import org.drools.drl.ast.descr.EnumDeclarationDescr;
import org.drools.drl.ast.descr.EnumLiteralDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.QualifiedName;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;
import org.drools.drl.ast.descr.WindowDeclarationDescr;
import vn.danhgia.evaluation.policy.RulePolicy;
import vn.danhgia.evaluation.ruleset.Diagnostic;
import vn.danhgia.evaluation.ruleset.RuleSetSource;

/**
 * Checks a rule set's parsed files against the {@link RulePolicy}, before the Drools compiler sees
 * them: imports, globals, declared types, functions, rule attributes and annotations, and every
 * condition, accumulate, {@code from} source and consequence.
 *
 * <p>Code is read as the compilers read it. Consequences and functions are Java: their text, with
 * Unicode escapes decoded as the Java compiler decodes them, is parsed by JavaParser (Drools' {@code
 * modify} blocks rewritten in place into Java of the same shape). Conditions, {@code eval}, {@code
 * from} and accumulate arguments are parsed by the Drools expression parser, whose syntax trees are
 * walked through the Drools-specific nodes too; a condition the parser reads only in part is
 * refused. Whatever else Drools evaluates (annotation values, salience, {@code enabled}, default
 * values of declared fields, arguments of declared enums) must be a literal.
 *
 * <p>This class walks a file's declarations; the parts are checked by {@link MetadataCheck}
 * (attributes and annotations), {@link PatternCheck} (left-hand sides), {@link CodeCheck} (parsing
 * code) and {@link NodeCheck} (each node of parsed code). Every refusal names the file, and the line
 * and column of what was refused.
 */
final class PolicyCheck {
  private final RulePolicy policy;
  private final RuleSetSource source;
  private final Refusals refusals = new Refusals();
  private final Set<String> functions = new HashSet<>();
  private final DeclaredTypes declared = new DeclaredTypes();
  private final MetadataCheck metadata = new MetadataCheck(refusals);
  private final NodeCheck nodes;
  private final CodeCheck code;
  private final PatternCheck patterns;

  private PolicyCheck(RulePolicy policy, RuleSetSource source) {
    this.policy = policy;
    this.source = source;
    this.nodes = new NodeCheck(policy, functions);
    this.code = new CodeCheck(nodes, refusals);
    this.patterns = new PatternCheck(metadata, code, refusals);
  }

  static List<Diagnostic> check(RulePolicy policy, RuleSetSource source, Map<String, PackageDescr> packages) {
    PolicyCheck check = new PolicyCheck(policy, source);
    Map<String, String> texts = new HashMap<>();
    source.manifest().rules().forEach(f -> texts.put(f, source.text(f)));
    check.nodes.conditions(new ConditionMembers(policy, packages, texts));
    packages.values().forEach(p -> {
      p.getFunctions().forEach(f -> check.functions.add(f.getName()));
      p.getTypeDeclarations().forEach(t -> check.declared.declare(p.getNamespace(), t));
      p.getEnumDeclarations().forEach(t -> check.declared.declare(p.getNamespace(), t));
    });
    for (String file : source.manifest().rules()) {
      PackageDescr pkg = packages.get(file);
      if (pkg != null) {
        check.file(file, pkg);
      }
    }
    return check.refusals.list();
  }

  private void file(String file, PackageDescr pkg) {
    RuleFileScope scope = new RuleFileScope(file, pkg.getNamespace(), source.text(file), policy, declared);
    for (ImportDescr i : pkg.getImports()) {
      String target = i.getTarget();
      if (target.endsWith(".*")) {
        String p = target.substring(0, target.length() - 2);
        if (policy.allowsPackage(p)) {
          scope.packages.add(p);
        } else {
          refusals.refuse(scope, i, "import of " + target + " is not allowed by the rule policy");
        }
      } else if (policy.allowsType(target) || declared.contains(target)) {
        scope.types.put(target.substring(target.lastIndexOf('.') + 1), target);
      } else {
        refusals.refuse(scope, i, "import of " + target + " is not allowed by the rule policy");
      }
    }
    for (FunctionImportDescr f : pkg.getFunctionImports()) {
      refusals.refuse(scope, f, "import function " + f.getTarget() + " is not allowed (nor import static)");
    }
    for (AccumulateImportDescr a : pkg.getAccumulateImports()) {
      refusals.refuse(scope, a, "import accumulate " + a.getTarget()
          + " is not allowed; use the accumulate functions " + PatternCheck.ACCUMULATE_FUNCTIONS);
    }
    if (pkg.getUnit() != null) {
      refusals.refuse(scope, pkg.getUnit(), "unit " + pkg.getUnit().getTarget()
          + " is not allowed: rule units are not used here");
    }
    metadata.attributes(scope, "the package", pkg.getAttributes(), Set.of());
    for (GlobalDescr g : pkg.getGlobals()) {
      String allowed = policy.globals().get(g.getIdentifier());
      String type = g.getType();
      String resolved = type.contains(".") ? type : scope.types.get(type);
      if (allowed == null || !allowed.equals(resolved)) {
        refusals.refuse(scope, g, "global " + type + " " + g.getIdentifier()
            + " is not allowed (allowed globals: " + policy.globals() + ")");
      }
    }
    for (TypeDeclarationDescr t : pkg.getTypeDeclarations()) {
      typeDeclaration(scope, t, "declared type " + t.getTypeName());
    }
    for (EnumDeclarationDescr e : pkg.getEnumDeclarations()) {
      typeDeclaration(scope, e, "declared enum " + e.getTypeName());
      for (EnumLiteralDescr literal : e.getLiterals()) {
        metadata.annotations(scope, literal, "declared enum " + e.getTypeName(), e.getStartCharacter(),
            e.getLine());
        for (String argument : literal.getConstructorArgs()) {
          if (!Literals.isLiteral(argument)) {
            Snippet at = Snippet.of(scope, argument, literal, e.getStartCharacter(), e.getLine());
            refusals.refuse(scope, at.position(0), "declared enum " + e.getTypeName() + ": the argument "
                + argument.strip() + " of " + literal.getName() + " is code; only literal values are allowed");
          }
        }
      }
    }
    for (EntryPointDeclarationDescr e : pkg.getEntryPointDeclarations()) {
      metadata.annotations(scope, e, "entry point " + e.getEntryPointId(), e.getStartCharacter(), e.getLine());
    }
    for (WindowDeclarationDescr w : pkg.getWindowDeclarations()) {
      String owner = "window " + w.getName();
      metadata.annotations(scope, w, owner, w.getStartCharacter(), w.getLine());
      patterns.lhs(scope, owner, w.getStartCharacter(), w.getPattern(), new HashSet<>());
    }
    for (FunctionDescr f : pkg.getFunctions()) {
      function(scope, f);
    }
    Set<AttributeDescr> inherited = Collections.newSetFromMap(new IdentityHashMap<>());
    inherited.addAll(pkg.getAttributes());
    for (RuleDescr rule : pkg.getRules()) {
      rule(scope, rule, inherited);
    }
  }

  private void typeDeclaration(RuleFileScope scope, AbstractClassTypeDeclarationDescr t, String owner) {
    metadata.annotations(scope, t, owner, t.getStartCharacter(), t.getLine());
    for (QualifiedName superType : t.getSuperTypes()) {
      String name = superType.getFullName();
      boolean implicit = name.equals("java.lang.Object")
          || t instanceof EnumDeclarationDescr && name.equals("java.lang.Enum");
      if (!implicit && !scope.knowsType(name)
          && !scope.knowsType(superType.getName())) {
        refusals.refuse(scope, t, owner + " extends " + name + ", which the rule policy does not allow");
      }
    }
    for (TypeFieldDescr f : t.getFields().values()) {
      String what = "field " + t.getTypeName() + "." + f.getFieldName();
      String type = f.getPattern() == null ? null : f.getPattern().getObjectType();
      String unknown = type == null ? null : scope.unknownType(type);
      if (unknown != null) {
        refusals.refuse(scope, f, what + " has type " + type + ", which the rule policy does not allow");
      }
      if (f.getInitExpr() != null && !f.getInitExpr().isBlank() && !Literals.isLiteral(f.getInitExpr())) {
        Snippet at = Snippet.of(scope, f.getInitExpr(), f, t.getStartCharacter(), f.getLine());
        refusals.refuse(scope, at.position(0), what + " has a default value that is code ("
            + f.getInitExpr().strip() + "); only literal default values are allowed");
      }
      metadata.annotations(scope, f, what, Math.max(f.getStartCharacter(), t.getStartCharacter()), f.getLine());
    }
  }

  private void function(RuleFileScope scope, FunctionDescr f) {
    String owner = "function " + f.getName();
    if (f.getDialect() != null && !f.getDialect().equals("java")) {
      refusals.refuse(scope, f, owner + " uses the " + f.getDialect() + " dialect; only java is allowed");
    }
    List<String> types = new ArrayList<>(f.getParameterTypes());
    if (f.getReturnType() != null) {
      types.add(f.getReturnType());
    }
    for (String type : types) {
      String unknown = scope.unknownType(type);
      if (unknown != null) {
        refusals.refuse(scope, f, owner + " uses type " + unknown + ", which the rule policy does not allow");
      }
    }
    Snippet body = Snippet.of(scope, f.getBody(), null, f.getStartCharacter(), f.getLine());
    code.code(scope, owner, body, new HashSet<>(f.getParameterNames()));
  }

  private void rule(RuleFileScope scope, RuleDescr rule, Set<AttributeDescr> inherited) {
    boolean query = rule instanceof QueryDescr;
    String owner = (query ? "query \"" : "rule \"") + rule.getName() + "\"";
    int start = Math.max(rule.getStartCharacter(), scope.offsetOf(rule.getLine()));
    metadata.attributes(scope, owner, rule.getAttributes().values(), inherited);
    metadata.annotations(scope, rule, owner, start, rule.getLine());
    Set<String> bindings = new HashSet<>();
    if (rule instanceof QueryDescr q) {
      String[] names = q.getParameters();
      String[] types = q.getParameterTypes();
      for (int i = 0; types != null && i < types.length; i++) {
        String unknown = types[i] == null ? null : scope.unknownType(types[i]);
        if (unknown != null) {
          refusals.refuse(scope, rule, owner + " has a parameter of type " + unknown
              + ", which the rule policy does not allow");
        }
        if (names != null && i < names.length) {
          bindings.add(names[i]);
        }
      }
    }
    patterns.lhs(scope, owner, start, rule.getLhs(), bindings);
    if (query) {
      return;
    }
    String consequence = rule.getConsequence() == null ? "" : String.valueOf(rule.getConsequence());
    int from = rule.getConsequenceLine() > 0 ? scope.offsetOf(rule.getConsequenceLine()) : start;
    code.code(scope, owner, Snippet.of(scope, consequence, null, from, rule.getConsequenceLine()), bindings);
    for (Map.Entry<String, Object> named : rule.getNamedConsequences().entrySet()) {
      String text = String.valueOf(named.getValue());
      code.code(scope, owner + " (consequence " + named.getKey() + ")", Snippet.of(scope, text, null, start,
          rule.getConsequenceLine()), bindings);
    }
  }
}
