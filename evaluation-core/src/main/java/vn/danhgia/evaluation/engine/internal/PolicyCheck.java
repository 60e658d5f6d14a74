package vn.danhgia.evaluation.engine.internal;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;
import org.drools.mvel.parser.DrlxParser;
import org.drools.mvel.parser.MvelParser;
import org.drools.mvel.parser.ast.expr.DrlxExpression;
import vn.danhgia.evaluation.policy.RulePolicy;
import vn.danhgia.evaluation.ruleset.Diagnostic;
import vn.danhgia.evaluation.ruleset.RuleSetSource;

/**
 * Checks a rule set's parsed files against the {@link RulePolicy}: imports, globals, declared
 * types, functions, and every condition, accumulate, {@code from} source and consequence, whose
 * code is parsed with the Drools expression parser and walked as a syntax tree.
 */
final class PolicyCheck {
  private static final Set<String> OPERATORS = Set.of("memberOf", "contains", "matches", "soundslike", "str",
      "excludes", "in", "notIn", "after", "before", "coincides", "during", "finishes", "includes", "meets",
      "metby", "overlaps", "overlappedby", "starts", "startedby", "finishedby");
  private static final Set<String> PRIMITIVES = Set.of("boolean", "byte", "char", "short", "int", "long",
      "float", "double", "void", "var");
  private static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("count", "sum", "min", "max", "average",
      "collectList", "collectSet", "countDistinct");
  private static final Set<String> SESSION_METHODS = Set.of("insert", "insertLogical", "update", "delete",
      "retract");

  private final RulePolicy policy;
  private final RuleSetSource source;
  private final List<Diagnostic> problems = new ArrayList<>();
  private final Set<String> functions = new HashSet<>();
  private final Set<String> declared = new HashSet<>();

  private PolicyCheck(RulePolicy policy, RuleSetSource source) {
    this.policy = policy;
    this.source = source;
  }

  static List<Diagnostic> check(RulePolicy policy, RuleSetSource source, Map<String, PackageDescr> packages) {
    PolicyCheck check = new PolicyCheck(policy, source);
    packages.values().forEach(p -> {
      p.getFunctions().forEach(f -> check.functions.add(f.getName()));
      p.getTypeDeclarations().forEach(t -> check.declared.add(t.getTypeName()));
    });
    for (String file : source.manifest().rules()) {
      PackageDescr pkg = packages.get(file);
      if (pkg != null) {
        check.file(file, pkg);
      }
    }
    return check.problems;
  }

  /** The types a file may name by simple name: its allowed imports, java.lang, its own declarations. */
  private final class Scope {
    final String file;
    final Map<String, String> types = new HashMap<>();
    final Set<String> packages = new HashSet<>();

    Scope(String file) {
      this.file = file;
    }

    boolean knowsType(String name) {
      String simple = name.contains("<") ? name.substring(0, name.indexOf('<')) : name;
      simple = simple.replace("[]", "").strip();
      if (PRIMITIVES.contains(simple) || declared.contains(simple) || types.containsKey(simple)) {
        return true;
      }
      if (simple.contains(".")) {
        return policy.allowsType(simple) || declared.contains(simple.substring(simple.lastIndexOf('.') + 1));
      }
      if (policy.allowsType("java.lang." + simple)) {
        return true;
      }
      for (String p : packages) {
        if (policy.allowsType(p + "." + simple)) {
          return true;
        }
      }
      return false;
    }
  }

  private void file(String file, PackageDescr pkg) {
    Scope scope = new Scope(file);
    for (ImportDescr i : pkg.getImports()) {
      String target = i.getTarget();
      if (target.endsWith(".*")) {
        String p = target.substring(0, target.length() - 2);
        if (policy.allowsPackage(p)) {
          scope.packages.add(p);
        } else {
          refuse(file, i.getLine(), i.getColumn(), "import of " + target + " is not allowed by the rule policy");
        }
      } else if (policy.allowsType(target)) {
        scope.types.put(target.substring(target.lastIndexOf('.') + 1), target);
      } else {
        refuse(file, i.getLine(), i.getColumn(), "import of " + target + " is not allowed by the rule policy");
      }
    }
    for (FunctionImportDescr f : pkg.getFunctionImports()) {
      refuse(file, f.getLine(), f.getColumn(), "import function " + f.getTarget() + " is not allowed");
    }
    for (GlobalDescr g : pkg.getGlobals()) {
      String allowed = policy.globals().get(g.getIdentifier());
      if (allowed == null || !(allowed.equals(g.getType()) || allowed.endsWith("." + g.getType()))) {
        refuse(file, g.getLine(), g.getColumn(), "global " + g.getType() + " " + g.getIdentifier()
            + " is not allowed (allowed globals: " + policy.globals() + ")");
      }
    }
    for (TypeDeclarationDescr t : pkg.getTypeDeclarations()) {
      for (TypeFieldDescr f : t.getFields().values()) {
        String type = f.getPattern() == null ? null : f.getPattern().getObjectType();
        if (type != null && !scope.knowsType(type)) {
          refuse(file, f.getLine(), f.getColumn(), "field " + t.getTypeName() + "." + f.getFieldName() + " has type "
              + type + ", which the rule policy does not allow");
        }
      }
    }
    for (FunctionDescr f : pkg.getFunctions()) {
      if (f.getDialect() != null && !f.getDialect().equals("java")) {
        refuse(file, f.getLine(), f.getColumn(), "function " + f.getName() + " uses the " + f.getDialect()
            + " dialect; only java is allowed");
      }
      List<String> types = new ArrayList<>(f.getParameterTypes());
      if (f.getReturnType() != null) {
        types.add(f.getReturnType());
      }
      for (String type : types) {
        if (!scope.knowsType(type)) {
          refuse(file, f.getLine(), f.getColumn(), "function " + f.getName() + " uses type " + type
              + ", which the rule policy does not allow");
        }
      }
      Set<String> locals = new HashSet<>(f.getParameterNames());
      code(scope, f.getBody(), startOf(file, f.getBody(), f.getLine()), locals, "function " + f.getName());
    }
    for (RuleDescr rule : pkg.getRules()) {
      rule(scope, rule);
    }
  }

  private void rule(Scope scope, RuleDescr rule) {
    AttributeDescr dialect = rule.getAttributes().get("dialect");
    if (dialect != null && !dialect.getValue().equals("java")) {
      refuse(scope.file, rule.getLine(), 1, "rule \"" + rule.getName() + "\" uses the " + dialect.getValue()
          + " dialect; only java is allowed");
    }
    Set<String> bindings = new HashSet<>();
    lhs(scope, rule, rule.getLhs(), bindings);
    String consequence = String.valueOf(rule.getConsequence());
    int[] at = startOf(scope.file, consequence, rule.getConsequenceLine());
    code(scope, consequence, at, bindings, "rule \"" + rule.getName() + "\"");
  }

  private void lhs(Scope scope, RuleDescr rule, BaseDescr descr, Set<String> bindings) {
    if (descr instanceof PatternDescr p) {
      if (p.getIdentifier() != null) {
        bindings.add(p.getIdentifier());
      }
      if (!scope.knowsType(p.getObjectType())) {
        refuse(scope.file, p.getLine(), p.getColumn(), "rule \"" + rule.getName() + "\" matches " + p.getObjectType()
            + ", which the rule policy does not allow");
      }
      if (p.getSource() != null) {
        lhs(scope, rule, p.getSource(), bindings);
      }
      if (p.getConstraint() instanceof BaseDescr constraints) {
        lhs(scope, rule, constraints, bindings);
      }
    } else if (descr instanceof ExprConstraintDescr c) {
      constraint(scope, rule, c.getExpression(), c.getLine(), c.getColumn(), bindings);
    } else if (descr instanceof EvalDescr e) {
      constraint(scope, rule, String.valueOf(e.getContent()), e.getLine(), e.getColumn(), bindings);
    } else if (descr instanceof AccumulateDescr a) {
      if (present(a.getInitCode()) || present(a.getActionCode()) || present(a.getResultCode())
          || present(a.getReverseCode())) {
        refuse(scope.file, a.getLine(), a.getColumn(), "rule \"" + rule.getName()
            + "\" uses accumulate code (init/action/result); use the accumulate functions "
            + ACCUMULATE_FUNCTIONS);
      }
      if (a.getInput() != null) {
        lhs(scope, rule, a.getInput(), bindings);
      }
      for (AccumulateDescr.AccumulateFunctionCallDescr f : a.getFunctions()) {
        if (!ACCUMULATE_FUNCTIONS.contains(f.getFunction())) {
          refuse(scope.file, a.getLine(), a.getColumn(), "rule \"" + rule.getName() + "\" uses accumulate function "
              + f.getFunction() + "; allowed: " + ACCUMULATE_FUNCTIONS);
        }
        for (String param : f.getParams()) {
          constraint(scope, rule, param, a.getLine(), a.getColumn(), bindings);
        }
        if (f.getBind() != null) {
          bindings.add(f.getBind());
        }
      }
      if (a.getInputPattern() == null && a.getInput() == null) {
        return;
      }
    } else if (descr instanceof FromDescr f) {
      constraint(scope, rule, f.getExpression(), f.getLine(), f.getColumn(), bindings);
    } else if (descr instanceof ConditionalElementDescr ce) {
      for (BaseDescr child : ce.getDescrs()) {
        lhs(scope, rule, child, bindings);
      }
    }
  }

  private void constraint(Scope scope, RuleDescr rule, String text, int line, int column, Set<String> bindings) {
    if (text == null || text.isBlank()) {
      return;
    }
    Node tree;
    try {
      DrlxExpression drlx = DrlxParser.parseExpression(DrlxParser.buildDrlxParserWithArguments(OPERATORS), text);
      tree = drlx;
      if (drlx.getBind() != null) {
        bindings.add(drlx.getBind().asString());
      }
    } catch (RuntimeException e) {
      refuse(scope.file, line, column, "rule \"" + rule.getName() + "\": the rule policy cannot read the condition \""
          + text.strip() + "\"");
      return;
    }
    walk(scope, tree, new int[] {Math.max(line, 0), Math.max(column, 0)}, bindings, true,
        "rule \"" + rule.getName() + "\"");
  }

  private void code(Scope scope, String text, int[] at, Set<String> names, String owner) {
    Node tree;
    try {
      tree = MvelParser.parseBlock("{" + text + "\n}");
    } catch (RuntimeException e) {
      refuse(scope.file, at[0], at[1], owner + ": the rule policy cannot read this code");
      return;
    }
    Set<String> locals = new HashSet<>(names);
    tree.findAll(VariableDeclarator.class).forEach(v -> locals.add(v.getNameAsString()));
    tree.findAll(Parameter.class).forEach(p -> locals.add(p.getNameAsString()));
    walk(scope, tree, at, locals, false, owner);
  }

  private void walk(Scope scope, Node tree, int[] at, Set<String> names, boolean condition, String owner) {
    for (Node n : tree.findAll(Node.class)) {
      String refused = refusal(scope, n, names, condition);
      if (refused != null) {
        int[] pos = position(at, n);
        refuse(scope.file, pos[0], pos[1], owner + ": " + refused);
      }
    }
  }

  private String refusal(Scope scope, Node n, Set<String> names, boolean condition) {
    if (n instanceof ClassExpr c) {
      return "class literal " + c.getType().asString() + ".class is not allowed (reflection)";
    }
    if (n instanceof SynchronizedStmt) {
      return "synchronized blocks are not allowed";
    }
    if (n instanceof LocalClassDeclarationStmt || n instanceof LocalRecordDeclarationStmt) {
      return "local classes are not allowed";
    }
    if (n instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent()) {
      return "anonymous classes are not allowed";
    }
    if (n instanceof ClassOrInterfaceType t && !(t.getParentNode().orElse(null) instanceof ClassOrInterfaceType outer
        && outer.getScope().filter(sc -> sc == t).isPresent())) {
      String name = t.asString();
      if (!scope.knowsType(name)) {
        return "type " + name + " is not allowed by the rule policy";
      }
    }
    if (n instanceof MethodCallExpr call) {
      String method = call.getNameAsString();
      if (policy.forbidsMethod(method)) {
        return "calling " + method + "(…) is not allowed by the rule policy";
      }
      if (call.getScope().isEmpty() && !functions.contains(method)
          && !(SESSION_METHODS.contains(method) && !condition)) {
        return "calling " + method + "(…) is not allowed: it is neither a function of this rule set nor "
            + SESSION_METHODS;
      }
      if (call.getScope().isPresent() && call.getScope().get() instanceof NameExpr scopeName) {
        String s = scopeName.getNameAsString();
        if (s.equals("drools") && !method.equals("getRule")) {
          return "drools." + method + "(…) is not allowed; rules may use drools.getRule().getName() only";
        }
        if (s.equals("kcontext")) {
          return "kcontext is not allowed; rules may use drools.getRule().getName() only";
        }
      }
      if (call.getScope().isPresent() && call.getScope().get() instanceof MethodCallExpr inner
          && inner.getScope().isPresent() && "drools".equals(qualifiedName(inner.getScope().get()))
          && !method.equals("getName")) {
        return "drools.getRule()." + method + "(…) is not allowed; rules may use drools.getRule().getName() only";
      }
    }
    if (n instanceof MethodReferenceExpr ref) {
      if (policy.forbidsMethod(ref.getIdentifier())) {
        return "method reference ::" + ref.getIdentifier() + " is not allowed by the rule policy";
      }
    }
    if (n instanceof NameExpr name && !(n.getParentNode().orElse(null) instanceof FieldAccessExpr)) {
      String s = name.getNameAsString();
      if (startsUpper(s) && !names.contains(s) && !scope.knowsType(s)) {
        return "type " + s + " is not allowed by the rule policy";
      }
    }
    if (n instanceof FieldAccessExpr f && !(n.getParentNode().orElse(null) instanceof FieldAccessExpr)) {
      String qualified = qualifiedName(f);
      if (qualified != null) {
        String root = qualified.substring(0, qualified.indexOf('.'));
        boolean member = names.contains(root) || root.startsWith("$") || policy.globals().containsKey(root)
            || root.equals("drools");
        String type = typePrefix(qualified);
        if (!member && type != null && !scope.knowsType(type)) {
          return (type.contains(".") ? "name " : "type ") + type + " is not allowed by the rule policy";
        }
      }
    }
    return null;
  }

  /** For a chain of names such as java.lang.System.out, the dotted name; null when it is not one. */
  private static String qualifiedName(Expression e) {
    if (e instanceof NameExpr n) {
      return n.getNameAsString();
    }
    if (e instanceof FieldAccessExpr f) {
      String scope = qualifiedName(f.getScope());
      return scope == null ? null : scope + "." + f.getNameAsString();
    }
    return null;
  }

  /** The longest prefix of a dotted name that ends in a capitalised segment: the type it names. */
  private static String typePrefix(String qualified) {
    String[] parts = qualified.split("\\.");
    StringBuilder out = new StringBuilder();
    for (String part : parts) {
      if (out.length() > 0) {
        out.append('.');
      }
      out.append(part);
      if (startsUpper(part)) {
        return out.toString();
      }
    }
    return null;
  }

  private static boolean present(String code) {
    return code != null && !code.isBlank();
  }

  private static boolean startsUpper(String s) {
    return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
  }

  /** Where a code snippet starts in its file: the first non-blank character at or after a line. */
  private int[] startOf(String file, String snippet, int fromLine) {
    String[] lines = source.text(file).split("\r?\n", -1);
    String probe = snippet.strip();
    probe = probe.isEmpty() ? "" : probe.substring(0, Math.min(probe.length(), 20)).split("\r?\n")[0];
    for (int l = Math.max(1, fromLine); l <= lines.length; l++) {
      int col = probe.isEmpty() ? -1 : lines[l - 1].indexOf(probe);
      if (col >= 0) {
        return new int[] {l, col + 1};
      }
    }
    return new int[] {Math.max(fromLine, 0), 0};
  }

  /** A node's line and column in the file, given where its snippet starts (the "{" added is column 0). */
  private static int[] position(int[] at, Node n) {
    if (n.getBegin().isEmpty() || at[0] <= 0) {
      return at;
    }
    int line = n.getBegin().get().line;
    int column = n.getBegin().get().column;
    if (line == 1) {
      return new int[] {at[0], Math.max(at[1], 1) + column - 2};
    }
    return new int[] {at[0] + line - 1, column};
  }

  private void refuse(String file, int line, int column, String message) {
    Diagnostic d = new Diagnostic(file, Math.max(line, 0), Math.max(column, 0), message);
    if (!problems.contains(d)) {
      problems.add(d);
    }
  }
}
