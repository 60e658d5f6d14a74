package vn.danhgia.evaluation.engine.internal;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParseStart;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.Providers;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AccumulateImportDescr;
import org.drools.drl.ast.descr.AnnotatedBaseDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalBranchDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EntryPointDeclarationDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EnumDeclarationDescr;
import org.drools.drl.ast.descr.EnumLiteralDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.GroupByDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NamedConsequenceDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QualifiedName;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;
import org.drools.drl.ast.descr.WindowDeclarationDescr;
import org.drools.drl.ast.descr.WindowReferenceDescr;
import org.drools.mvel.parser.DrlxParser;
import org.drools.mvel.parser.ast.expr.DrlxExpression;
import org.drools.mvel.parser.ast.expr.PointFreeExpr;
import org.drools.mvel.parser.ast.expr.FullyQualifiedInlineCastExpr;
import org.drools.mvel.parser.ast.expr.NullSafeFieldAccessExpr;
import org.drools.mvel.parser.ast.expr.NullSafeMethodCallExpr;
import org.drools.mvel.parser.ast.expr.OOPathChunk;
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
 * <p>Every refusal names the file, and the line and column of what was refused.
 */
final class PolicyCheck {
  private static final Set<String> REGEX_OPERATORS = Set.of("matches");
  private static final Set<String> OPERATORS = Set.of("memberOf", "contains", "matches", "soundslike", "str",
      "excludes", "in", "notIn", "after", "before", "coincides", "during", "finishes", "includes", "meets",
      "metby", "overlaps", "overlappedby", "starts", "startedby", "finishedby");
  private static final Set<String> PRIMITIVES = Set.of("boolean", "byte", "char", "short", "int", "long",
      "float", "double", "void", "var");
  private static final Set<String> ACCUMULATE_FUNCTIONS = new TreeSet<>(Set.of("count", "sum", "min", "max",
      "average", "collectList", "collectSet", "countDistinct"));
  private static final Set<String> SESSION_METHODS = Set.of("insert", "insertLogical", "update", "delete",
      "retract");
  /** What a Java consequence sees of the rule context besides {@code drools}. */
  private static final Set<String> RULE_CONTEXT = Set.of("drools", "kcontext", "entryPoints", "exitPoints",
      "channels");
  /** Rule attributes that carry no code (salience and enabled only as literals, checked apart). */
  private static final Set<String> ATTRIBUTES = new TreeSet<>(Set.of("agenda-group", "activation-group",
      "salience", "no-loop", "lock-on-active", "auto-focus", "enabled", "dialect", "date-effective",
      "date-expires"));
  private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
      "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
      "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
      "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
      "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
      "void", "volatile", "while", "true", "false", "null");

  private final RulePolicy policy;
  private final RuleSetSource source;
  private final List<Diagnostic> problems = new ArrayList<>();
  private final Set<String> functions = new HashSet<>();
  /** Declared types: package to simple names, and fully qualified names. */
  private final Map<String, Set<String>> declared = new HashMap<>();
  private final Set<String> declaredNames = new HashSet<>();
  private ConditionMembers conditionMembers;

  private PolicyCheck(RulePolicy policy, RuleSetSource source) {
    this.policy = policy;
    this.source = source;
  }

  static List<Diagnostic> check(RulePolicy policy, RuleSetSource source, Map<String, PackageDescr> packages) {
    PolicyCheck check = new PolicyCheck(policy, source);
    Map<String, String> texts = new HashMap<>();
    source.manifest().rules().forEach(f -> texts.put(f, source.text(f)));
    check.conditionMembers = new ConditionMembers(policy, packages, texts);
    packages.values().forEach(p -> {
      p.getFunctions().forEach(f -> check.functions.add(f.getName()));
      p.getTypeDeclarations().forEach(t -> check.declare(p.getNamespace(), t));
      p.getEnumDeclarations().forEach(t -> check.declare(p.getNamespace(), t));
    });
    for (String file : source.manifest().rules()) {
      PackageDescr pkg = packages.get(file);
      if (pkg != null) {
        check.file(file, pkg);
      }
    }
    return check.problems;
  }

  private void declare(String pkg, AbstractClassTypeDeclarationDescr t) {
    String name = t.getTypeName();
    String full = name.contains(".") ? name : (pkg == null || pkg.isBlank() ? name : pkg + "." + name);
    declaredNames.add(full);
    int dot = full.lastIndexOf('.');
    declared.computeIfAbsent(dot < 0 ? "" : full.substring(0, dot), k -> new HashSet<>())
        .add(full.substring(dot + 1));
  }

  // ---- Where things are in a file --------------------------------------------------------------

  /** One rule file: its text, its lines, and the types it may name by simple name. */
  private final class Scope {
    final String file;
    final String pkg;
    final String text;
    final int[] lines;
    final Map<String, String> types = new HashMap<>();
    final Set<String> packages = new HashSet<>();

    Scope(String file, String pkg) {
      this.file = file;
      this.pkg = pkg == null ? "" : pkg;
      this.text = source.text(file);
      this.lines = lineStarts(text);
    }

    /** The offset where a 1-based line starts, or 0. */
    int offsetOf(int line) {
      return line >= 1 && line <= lines.length ? lines[line - 1] : 0;
    }

    /** The 1-based line and column of an offset. */
    int[] at(int offset) {
      int line = lineOf(lines, offset);
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
        return policy.allowsType(plain) || declaredNames.contains(plain);
      }
      if (types.containsKey(plain)) {
        return true;
      }
      // A declared type that names a java.lang class only redeclares that class: no new class.
      if (declared.getOrDefault(pkg, Set.of()).contains(plain) && !exists("java.lang." + plain)) {
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
        type = java().parse(ParseStart.TYPE, Providers.provider(typeText)).getResult().orElse(null);
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
  }

  /** A Java 17 parser (a new one each time: a parser is not thread-safe). */
  private static JavaParser java() {
    return new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
        .setTabSize(1).setAttributeComments(false));
  }

  private static boolean exists(String className) {
    try {
      Class.forName(className, false, PolicyCheck.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  // ---- A file -----------------------------------------------------------------------------------

  private void file(String file, PackageDescr pkg) {
    Scope scope = new Scope(file, pkg.getNamespace());
    for (ImportDescr i : pkg.getImports()) {
      String target = i.getTarget();
      if (target.endsWith(".*")) {
        String p = target.substring(0, target.length() - 2);
        if (policy.allowsPackage(p)) {
          scope.packages.add(p);
        } else {
          refuse(scope, i, "import of " + target + " is not allowed by the rule policy");
        }
      } else if (policy.allowsType(target) || declaredNames.contains(target)) {
        scope.types.put(target.substring(target.lastIndexOf('.') + 1), target);
      } else {
        refuse(scope, i, "import of " + target + " is not allowed by the rule policy");
      }
    }
    for (FunctionImportDescr f : pkg.getFunctionImports()) {
      refuse(scope, f, "import function " + f.getTarget() + " is not allowed (nor import static)");
    }
    for (AccumulateImportDescr a : pkg.getAccumulateImports()) {
      refuse(scope, a, "import accumulate " + a.getTarget() + " is not allowed; use the accumulate functions "
          + ACCUMULATE_FUNCTIONS);
    }
    if (pkg.getUnit() != null) {
      refuse(scope, pkg.getUnit(), "unit " + pkg.getUnit().getTarget()
          + " is not allowed: rule units are not used here");
    }
    attributes(scope, "the package", pkg.getAttributes(), Set.of());
    for (GlobalDescr g : pkg.getGlobals()) {
      String allowed = policy.globals().get(g.getIdentifier());
      String type = g.getType();
      String resolved = type.contains(".") ? type : scope.types.get(type);
      if (allowed == null || !allowed.equals(resolved)) {
        refuse(scope, g, "global " + type + " " + g.getIdentifier() + " is not allowed (allowed globals: "
            + policy.globals() + ")");
      }
    }
    for (TypeDeclarationDescr t : pkg.getTypeDeclarations()) {
      typeDeclaration(scope, t, "declared type " + t.getTypeName());
    }
    for (EnumDeclarationDescr e : pkg.getEnumDeclarations()) {
      typeDeclaration(scope, e, "declared enum " + e.getTypeName());
      for (EnumLiteralDescr literal : e.getLiterals()) {
        annotations(scope, literal, "declared enum " + e.getTypeName(), e.getStartCharacter(), e.getLine());
        for (String argument : literal.getConstructorArgs()) {
          if (!isLiteral(argument)) {
            Snippet at = snippet(scope, argument, literal, e.getStartCharacter(), e.getLine());
            refuse(scope, at.position(0), "declared enum " + e.getTypeName() + ": the argument " + argument.strip()
                + " of " + literal.getName() + " is code; only literal values are allowed");
          }
        }
      }
    }
    for (EntryPointDeclarationDescr e : pkg.getEntryPointDeclarations()) {
      annotations(scope, e, "entry point " + e.getEntryPointId(), e.getStartCharacter(), e.getLine());
    }
    for (WindowDeclarationDescr w : pkg.getWindowDeclarations()) {
      String owner = "window " + w.getName();
      annotations(scope, w, owner, w.getStartCharacter(), w.getLine());
      lhs(scope, owner, w.getStartCharacter(), w.getPattern(), new HashSet<>());
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

  private void typeDeclaration(Scope scope, AbstractClassTypeDeclarationDescr t, String owner) {
    annotations(scope, t, owner, t.getStartCharacter(), t.getLine());
    for (QualifiedName superType : t.getSuperTypes()) {
      String name = superType.getFullName();
      boolean implicit = name.equals("java.lang.Object")
          || t instanceof EnumDeclarationDescr && name.equals("java.lang.Enum");
      if (!implicit && !scope.knowsType(name)
          && !scope.knowsType(superType.getName())) {
        refuse(scope, t, owner + " extends " + name + ", which the rule policy does not allow");
      }
    }
    for (TypeFieldDescr f : t.getFields().values()) {
      String what = "field " + t.getTypeName() + "." + f.getFieldName();
      String type = f.getPattern() == null ? null : f.getPattern().getObjectType();
      String unknown = type == null ? null : scope.unknownType(type);
      if (unknown != null) {
        refuse(scope, f, what + " has type " + type + ", which the rule policy does not allow");
      }
      if (f.getInitExpr() != null && !f.getInitExpr().isBlank() && !isLiteral(f.getInitExpr())) {
        Snippet at = snippet(scope, f.getInitExpr(), f, t.getStartCharacter(), f.getLine());
        refuse(scope, at.position(0), what + " has a default value that is code (" + f.getInitExpr().strip()
            + "); only literal default values are allowed");
      }
      annotations(scope, f, what, Math.max(f.getStartCharacter(), t.getStartCharacter()), f.getLine());
    }
  }

  private void function(Scope scope, FunctionDescr f) {
    String owner = "function " + f.getName();
    if (f.getDialect() != null && !f.getDialect().equals("java")) {
      refuse(scope, f, owner + " uses the " + f.getDialect() + " dialect; only java is allowed");
    }
    List<String> types = new ArrayList<>(f.getParameterTypes());
    if (f.getReturnType() != null) {
      types.add(f.getReturnType());
    }
    for (String type : types) {
      String unknown = scope.unknownType(type);
      if (unknown != null) {
        refuse(scope, f, owner + " uses type " + unknown + ", which the rule policy does not allow");
      }
    }
    Snippet body = snippet(scope, f.getBody(), null, f.getStartCharacter(), f.getLine());
    code(scope, owner, body, new HashSet<>(f.getParameterNames()));
  }

  // ---- Rules and queries ------------------------------------------------------------------------

  private void rule(Scope scope, RuleDescr rule, Set<AttributeDescr> inherited) {
    boolean query = rule instanceof QueryDescr;
    String owner = (query ? "query \"" : "rule \"") + rule.getName() + "\"";
    int start = Math.max(rule.getStartCharacter(), scope.offsetOf(rule.getLine()));
    attributes(scope, owner, rule.getAttributes().values(), inherited);
    annotations(scope, rule, owner, start, rule.getLine());
    Set<String> bindings = new HashSet<>();
    if (rule instanceof QueryDescr q) {
      String[] names = q.getParameters();
      String[] types = q.getParameterTypes();
      for (int i = 0; types != null && i < types.length; i++) {
        String unknown = types[i] == null ? null : scope.unknownType(types[i]);
        if (unknown != null) {
          refuse(scope, rule, owner + " has a parameter of type " + unknown + ", which the rule policy does not allow");
        }
        if (names != null && i < names.length) {
          bindings.add(names[i]);
        }
      }
    }
    lhs(scope, owner, start, rule.getLhs(), bindings);
    if (query) {
      return;
    }
    String consequence = rule.getConsequence() == null ? "" : String.valueOf(rule.getConsequence());
    int from = rule.getConsequenceLine() > 0 ? scope.offsetOf(rule.getConsequenceLine()) : start;
    code(scope, owner, snippet(scope, consequence, null, from, rule.getConsequenceLine()), bindings);
    for (Map.Entry<String, Object> named : rule.getNamedConsequences().entrySet()) {
      String text = String.valueOf(named.getValue());
      code(scope, owner + " (consequence " + named.getKey() + ")", snippet(scope, text, null, start,
          rule.getConsequenceLine()), bindings);
    }
  }

  private void attributes(Scope scope, String owner, Collection<AttributeDescr> attributes,
      Set<AttributeDescr> inherited) {
    for (AttributeDescr a : attributes) {
      if (inherited.contains(a)) {
        continue; // refused, if at all, where the package states it
      }
      String name = a.getName();
      String value = a.getValue() == null ? "" : a.getValue().strip();
      if (!ATTRIBUTES.contains(name)) {
        refuse(scope, a, owner + " has the attribute " + name + ", which the rule policy does not allow (allowed: "
            + ATTRIBUTES + ")");
      } else if (name.equals("dialect") && !value.equals("java")) {
        refuse(scope, a, owner + " uses the " + value + " dialect; only java is allowed");
      } else if (name.equals("salience") && !(literal(value) instanceof IntegerLiteralExpr)) {
        refuse(scope, a, owner + " computes its salience with code (" + value + "); only a whole number is allowed");
      } else if (name.equals("enabled") && !(literal(value) instanceof BooleanLiteralExpr)) {
        refuse(scope, a, owner + " computes whether it is enabled with code (" + value
            + "); only true or false is allowed");
      } else if (Set.of("no-loop", "lock-on-active", "auto-focus").contains(name)
          && !Set.of("", "true", "false").contains(value)) {
        refuse(scope, a, owner + " gives the attribute " + name + " the value " + value
            + "; only true or false is allowed");
      }
    }
  }

  /**
   * Annotations are metadata, but Drools evaluates their values as MVEL expressions while compiling,
   * and gives some of them meaning by their type: only lower-case names and literal values pass.
   */
  private void annotations(Scope scope, AnnotatedBaseDescr d, String owner, int from, int line) {
    for (AnnotationDescr a : d.getAnnotations()) {
      String name = a.getName();
      int[] at = annotationPosition(scope, name, from, line);
      if (name.contains(".") || name.isEmpty() || !Character.isLowerCase(name.charAt(0))) {
        refuse(scope, at, owner + ": annotation @" + name + " is not allowed; annotations are plain metadata"
            + " whose names start with a lower-case letter");
        continue;
      }
      for (Object value : a.getValueMap().values()) {
        for (Object v : value instanceof Object[] array ? List.of(array) : List.of(value == null ? "" : value)) {
          String text = String.valueOf(v);
          boolean ok = d instanceof PatternDescr && name.equals("watch") ? isWatchList(text) : isLiteral(text);
          if (!ok) {
            refuse(scope, at, owner + ": the value of annotation @" + name + " is code (" + text.strip()
                + "); annotation values must be literals (text, numbers, true or false)");
          }
        }
      }
    }
  }

  private static int[] annotationPosition(Scope scope, String name, int from, int line) {
    int start = Math.max(0, Math.min(from, scope.text.length()));
    for (Token t : lex(scope.text.substring(start))) {
      if (t.kind == 'i' && t.text.equals(name.contains(".") ? name.substring(0, name.indexOf('.')) : name)
          && t.at > 0 && scope.text.charAt(start + t.at - 1) == '@') {
        return scope.at(start + t.at - 1);
      }
    }
    return new int[] {Math.max(line, 0), 0};
  }

  private void lhs(Scope scope, String owner, int from, BaseDescr descr, Set<String> bindings) {
    if (descr == null) {
      return;
    }
    if (descr instanceof PatternDescr p) {
      if (p.getIdentifier() != null) {
        bindings.add(p.getIdentifier());
      }
      if (p.getObjectType() != null && !scope.knowsType(p.getObjectType())) {
        refuse(scope, p, owner + " matches " + p.getObjectType() + ", which the rule policy does not allow");
      }
      annotations(scope, p, owner, Math.max(from, p.getStartCharacter()), p.getLine());
      if (p.getSource() != null) {
        lhs(scope, owner, from, p.getSource(), bindings);
      }
      if (p.getConstraint() instanceof BaseDescr constraints) {
        lhs(scope, owner, from, constraints, bindings);
      }
    } else if (descr instanceof ExprConstraintDescr c) {
      condition(scope, owner, snippet(scope, c.getExpression(), c, from, c.getLine()), bindings);
    } else if (descr instanceof EvalDescr e) {
      condition(scope, owner, snippet(scope, String.valueOf(e.getContent()), e, from, e.getLine()), bindings);
    } else if (descr instanceof AccumulateDescr a) {
      accumulate(scope, owner, from, a, bindings);
    } else if (descr instanceof CollectDescr c) {
      lhs(scope, owner, from, c.getInputPattern(), bindings);
    } else if (descr instanceof FromDescr f) {
      condition(scope, owner, snippet(scope, f.getExpression(), f, from, f.getLine()), bindings);
    } else if (descr instanceof ConditionalBranchDescr b) {
      int at = Math.max(from, b.getStartCharacter());
      EvalDescr condition = b.getCondition();
      if (condition != null) {
        condition(scope, owner, snippet(scope, String.valueOf(condition.getContent()), condition, at, b.getLine()),
            bindings);
      }
      lhs(scope, owner, at, b.getElseBranch(), bindings);
    } else if (descr instanceof ConditionalElementDescr ce) {
      for (BaseDescr child : ce.getDescrs()) {
        lhs(scope, owner, from, child, bindings);
      }
    } else if (!(descr instanceof NamedConsequenceDescr || descr instanceof EntryPointDescr
        || descr instanceof WindowReferenceDescr)) {
      refuse(scope, descr, owner + ": the rule policy cannot read this part of the rule ("
          + descr.getClass().getSimpleName() + ")");
    }
  }

  private void accumulate(Scope scope, String owner, int from, AccumulateDescr a, Set<String> bindings) {
    int at = Math.max(from, a.getStartCharacter());
    if (present(a.getInitCode()) || present(a.getActionCode()) || present(a.getResultCode())
        || present(a.getReverseCode())) {
      refuse(scope, a, owner + " uses accumulate code (init/action/result); use the accumulate functions "
          + ACCUMULATE_FUNCTIONS);
    }
    if (a.getInput() != null) {
      lhs(scope, owner, from, a.getInput(), bindings);
    }
    if (a instanceof GroupByDescr g) {
      for (String key : new String[] {g.getGroupingKey(), g.getGroupingFunction()}) {
        if (present(key)) {
          condition(scope, owner, snippet(scope, key, null, at, a.getLine()), bindings);
        }
      }
    }
    for (AccumulateDescr.AccumulateFunctionCallDescr f : a.getFunctions()) {
      if (!ACCUMULATE_FUNCTIONS.contains(f.getFunction())) {
        refuse(scope, a, owner + " uses accumulate function " + f.getFunction() + "; allowed: " + ACCUMULATE_FUNCTIONS);
      }
      for (String param : f.getParams()) {
        condition(scope, owner, snippet(scope, param, null, at, a.getLine()), bindings);
      }
      if (f.getBind() != null) {
        bindings.add(f.getBind());
      }
    }
  }

  // ---- Conditions and code ----------------------------------------------------------------------

  /** What a walk over one snippet needs. */
  private record Walk(Scope scope, String owner, Snippet snippet, Set<String> names, boolean condition,
      Set<Node> modifyBlocks) {}

  private void condition(Scope scope, String owner, Snippet s, Set<String> bindings) {
    if (s.text.isBlank()) {
      return;
    }
    DrlxExpression drlx;
    try {
      drlx = DrlxParser.parseExpression(DrlxParser.buildDrlxParserWithArguments(OPERATORS), s.text);
    } catch (RuntimeException e) {
      drlx = null;
    }
    if (drlx == null || drlx.getExpr() == null) {
      refuse(scope, s.position(0), owner + ": the rule policy cannot read the condition \"" + s.text.strip() + "\"");
      return;
    }
    List<Node> nodes = descendants(drlx);
    String unread = unread(s.text, nodes);
    if (unread != null) {
      refuse(scope, s.position(s.indexOf(unread)), owner + ": the rule policy cannot read all of the condition \""
          + s.text.strip() + "\" (it stops before " + unread + ")");
      return;
    }
    for (Node n : nodes) {
      if (n instanceof PointFreeExpr p && REGEX_OPERATORS.contains(p.getOperator().asString())) {
        // A regular expression can backtrack without bound: rule code must always end.
        refuse(scope, s.position(Math.max(0, s.text.indexOf(p.getOperator().asString()))), owner + ": the "
            + p.getOperator().asString() + " operator (a regular expression, which can backtrack without bound)"
            + " is not allowed");
      }
    }
    if (drlx.getBind() != null) {
      bindings.add(drlx.getBind().asString());
    }
    walk(new Walk(scope, owner, s, bindings, true, Set.of()), nodes);
  }

  private void code(Scope scope, String owner, Snippet s, Set<String> names) {
    if (s.text.isBlank()) {
      return;
    }
    List<Integer> blockStarts = new ArrayList<>();
    Snippet java = rewriteBlocks(s, blockStarts).wrap("{", "\n}");
    ParseResult<BlockStmt> result = java().parse(ParseStart.BLOCK, Providers.provider(java.text));
    if (!result.isSuccessful() || result.getResult().isEmpty()) {
      int at = 1;
      Problem first = result.getProblems().isEmpty() ? null : result.getProblems().get(0);
      if (first != null && first.getLocation().isPresent()) {
        at = first.getLocation().get().getBegin().getRange()
            .map(r -> java.indexOf(r.begin.line, r.begin.column)).orElse(1);
      }
      refuse(scope, java.position(at), owner + ": the rule policy cannot read this code"
          + (first == null ? "" : " (" + first.getMessage().split("\r?\n")[0] + ")"));
      return;
    }
    BlockStmt block = result.getResult().get();
    List<Node> nodes = descendants(block);
    Set<String> locals = new HashSet<>(names);
    Set<Node> modifyBlocks = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Node n : nodes) {
      if (n instanceof VariableDeclarator v) {
        locals.add(v.getNameAsString());
      } else if (n instanceof Parameter p) {
        locals.add(p.getNameAsString());
      } else if (n instanceof TypePatternExpr p) {
        locals.add(p.getNameAsString());
      } else if (n instanceof BlockStmt b && b.getBegin().isPresent()
          && blockStarts.contains(java.indexOf(b.getBegin().get().line, b.getBegin().get().column) - 1)) {
        modifyBlocks.add(b);
      }
    }
    walk(new Walk(scope, owner, java, locals, false, modifyBlocks), nodes);
  }

  private void walk(Walk w, List<Node> nodes) {
    for (Node n : nodes) {
      String[] refused = refusal(w, n);
      if (refused != null) {
        refuse(w.scope, position(w, n, refused[1]), w.owner + ": " + refused[0]);
      }
    }
  }

  /** Why a node is refused, and the name to find it by when the parser kept no position; or null. */
  private String[] refusal(Walk w, Node n) {
    Scope scope = w.scope;
    Node parent = n.getParentNode().orElse(null);
    if (n instanceof ClassExpr c) {
      return new String[] {"class literal " + c.getType().asString() + ".class is not allowed (reflection)",
          firstName(c)};
    }
    if (n instanceof SynchronizedStmt) {
      return new String[] {"synchronized blocks are not allowed", "synchronized"};
    }
    if (n instanceof LocalClassDeclarationStmt || n instanceof LocalRecordDeclarationStmt
        || n instanceof TypeDeclaration<?> && !(parent instanceof LocalClassDeclarationStmt
        || parent instanceof LocalRecordDeclarationStmt)) {
      return new String[] {"local classes are not allowed", "class"};
    }
    if (n instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent()) {
      return new String[] {"anonymous classes are not allowed", o.getType().getNameAsString()};
    }
    if (n instanceof ClassOrInterfaceType t && !isScopeOfType(t)) {
      String name = t.getNameWithScope();
      if (!scope.knowsType(name)) {
        return new String[] {"type " + name + " is not allowed by the rule policy", firstSegment(name)};
      }
    }
    if (n instanceof FullyQualifiedInlineCastExpr cast) {
      String name = cast.getName().asString();
      String type = typePrefix(name);
      if (type == null || !scope.knowsType(type)) {
        return new String[] {"inline cast to " + name + " is not allowed by the rule policy", firstSegment(name)};
      }
    }
    if (n instanceof OOPathChunk chunk && chunk.getInlineCast() != null
        && !scope.knowsType(chunk.getInlineCast().asString())) {
      return new String[] {"inline cast to " + chunk.getInlineCast().asString() + " is not allowed by the rule policy",
          chunk.getInlineCast().asString()};
    }
    if (n instanceof MethodCallExpr || n instanceof NullSafeMethodCallExpr) {
      NullSafeMethodCallExpr safe = n instanceof NullSafeMethodCallExpr c ? c : null;
      String method = safe == null ? ((MethodCallExpr) n).getNameAsString() : safe.getNameAsString();
      Optional<Expression> target = safe == null ? ((MethodCallExpr) n).getScope() : safe.getScope();
      if (policy.forbidsMethod(method)) {
        return new String[] {"calling " + method + "(…) is not allowed by the rule policy", method};
      }
      if (target.isEmpty() && !functions.contains(method) && !(SESSION_METHODS.contains(method) && !w.condition)
          && !isModifyItem(w, n)) {
        return new String[] {"calling " + method + "(…) is not allowed: it is neither a function of this rule set"
            + " nor one of " + new TreeSet<>(SESSION_METHODS), method};
      }
    }
    if (n instanceof MethodReferenceExpr ref && policy.forbidsMethod(ref.getIdentifier())) {
      return new String[] {"method reference ::" + ref.getIdentifier() + " is not allowed by the rule policy",
          ref.getIdentifier()};
    }
    if (n instanceof NameExpr name) {
      String s = name.getNameAsString();
      if (s.equals("drools") && !isRuleName(name)) {
        return new String[] {"drools may be used only as drools.getRule().getName()", s};
      }
      if (RULE_CONTEXT.contains(s) && !s.equals("drools")) {
        return new String[] {s + " is not allowed; rules may use drools.getRule().getName() only", s};
      }
      boolean chainRoot = parent instanceof FieldAccessExpr f && f.getScope() == n;
      if (!chainRoot && !(parent instanceof SwitchEntry) && startsUpper(s) && !scope.knowsType(s)) {
        return new String[] {"type " + s + " is not allowed by the rule policy", s};
      }
      if (w.condition && !s.startsWith("$") && !w.names.contains(s) && !chainRoot) {
        String getter = forbiddenGetter(s);
        if (getter != null) {
          return new String[] {"reading " + s + " calls " + getter + "(…), which is not allowed by the rule policy",
              s};
        }
      }
    }
    if (w.condition && (n instanceof FieldAccessExpr || n instanceof NullSafeFieldAccessExpr)) {
      // MVEL reads a.b as a.getB(), a.isB() or a.b(): a property is a method call.
      String field = n instanceof FieldAccessExpr f ? f.getNameAsString()
          : ((NullSafeFieldAccessExpr) n).getNameAsString();
      String getter = forbiddenGetter(field);
      if (getter != null) {
        return new String[] {"reading " + field + " calls " + getter + "(…), which is not allowed by the rule policy",
            field};
      }
    }
    if (n instanceof FieldAccessExpr f && !(parent instanceof FieldAccessExpr pf && pf.getScope() == n)) {
      String qualified = qualifiedName(f);
      if (qualified != null) {
        String root = qualified.substring(0, qualified.indexOf('.'));
        if (RULE_CONTEXT.contains(root) || root.startsWith("$") || policy.globals().containsKey(root)) {
          return null;
        }
        String type = typePrefix(qualified);
        if (type != null && !scope.knowsType(type)) {
          return new String[] {(type.contains(".") ? "name " : "type ") + type + " is not allowed by the rule policy",
              root};
        }
        if (type == null && !w.condition && !w.names.contains(root)) {
          return new String[] {"name " + qualified + " is not allowed by the rule policy", root};
        }
      }
    }
    // MVEL resolves a condition's members at run time: they are held to the allow-list by name.
    return w.condition ? conditionMembers.refusal(n) : null;
  }

  /** Whether this {@code drools} is the one of {@code drools.getRule().getName()}. */
  private static boolean isRuleName(NameExpr drools) {
    return drools.getParentNode().orElse(null) instanceof MethodCallExpr getRule
        && getRule.getScope().orElse(null) == drools && getRule.getNameAsString().equals("getRule")
        && getRule.getArguments().isEmpty()
        && getRule.getParentNode().orElse(null) instanceof MethodCallExpr getName
        && getName.getScope().orElse(null) == getRule && getName.getNameAsString().equals("getName")
        && getName.getArguments().isEmpty();
  }

  /** Whether an unqualified call heads an item of a modify block, a call on the modified object. */
  private static boolean isModifyItem(Walk w, Node call) {
    Node current = call;
    Node parent = current.getParentNode().orElse(null);
    while (parent instanceof MethodCallExpr m && m.getScope().orElse(null) == current
        || parent instanceof FieldAccessExpr f && f.getScope() == current) {
      current = parent;
      parent = current.getParentNode().orElse(null);
    }
    return parent instanceof ExpressionStmt statement
        && statement.getParentNode().filter(w.modifyBlocks::contains).isPresent();
  }

  /** The forbidden method a property read stands for in MVEL, or null. */
  private String forbiddenGetter(String property) {
    if (property.isEmpty()) {
      return null;
    }
    String capital = Character.toUpperCase(property.charAt(0)) + property.substring(1);
    for (String method : new String[] {property, "get" + capital, "is" + capital}) {
      if (policy.forbidsMethod(method)) {
        return method;
      }
    }
    return null;
  }

  private static boolean isScopeOfType(ClassOrInterfaceType t) {
    return t.getParentNode().orElse(null) instanceof ClassOrInterfaceType outer
        && outer.getScope().filter(sc -> sc == t).isPresent();
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

  /** The shortest prefix of a dotted name that ends in a capitalised segment: the type it names. */
  private static String typePrefix(String qualified) {
    StringBuilder out = new StringBuilder();
    for (String part : qualified.split("\\.")) {
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

  private static String firstSegment(String name) {
    int dot = name.indexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  private static String firstName(Node n) {
    for (Node d : descendants(n)) {
      if (d instanceof SimpleName s) {
        return s.getIdentifier();
      }
      if (d instanceof Name s) {
        return firstSegment(s.asString());
      }
    }
    return null;
  }

  /**
   * Every node under a root, the root first. JavaParser nodes list their children; the Drools
   * expression parser's own nodes (memberOf, inline casts, OOPath …) do not all, so their parts are
   * read from their getters.
   */
  private static List<Node> descendants(Node root) {
    List<Node> out = new ArrayList<>();
    Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Node> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Node n = todo.pop();
      if (!seen.add(n)) {
        continue;
      }
      out.add(n);
      List<Node> children = children(n);
      for (int i = children.size() - 1; i >= 0; i--) {
        todo.push(children.get(i));
      }
    }
    return out;
  }

  private static List<Node> children(Node n) {
    List<Node> out = new ArrayList<>(n.getChildNodes());
    if (n.getClass().getName().startsWith("org.drools.") && !(n instanceof NameExpr)) {
      for (Method m : n.getClass().getMethods()) {
        if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || !m.getName().startsWith("get")
            || m.getName().startsWith("getParent") || !m.getDeclaringClass().getName().startsWith("org.drools.")) {
          continue;
        }
        try {
          addNodes(out, m.invoke(n));
        } catch (ReflectiveOperationException | RuntimeException e) {
          // not a part
        }
      }
    }
    return out;
  }

  private static void addNodes(List<Node> out, Object value) {
    if (value instanceof Optional<?> o) {
      addNodes(out, o.orElse(null));
    } else if (value instanceof Node node) {
      if (out.stream().noneMatch(x -> x == node)) {
        out.add(node);
      }
    } else if (value instanceof Collection<?> c && !(value instanceof NodeList<?> && c.isEmpty())) {
      for (Object o : c) {
        addNodes(out, o);
      }
    }
  }

  /** The first identifier of a condition's text its syntax tree does not hold, or null when it holds them all. */
  private static String unread(String text, List<Node> nodes) {
    Map<String, Integer> inTree = new HashMap<>();
    for (Node n : nodes) {
      String id = n instanceof SimpleName s ? s.getIdentifier() : n instanceof Name s ? s.getIdentifier() : null;
      if (id != null) {
        for (String part : id.split("[^\\p{javaJavaIdentifierPart}]+")) {
          inTree.merge(part, 1, Integer::sum);
        }
      }
    }
    for (Token t : lex(text)) {
      if (t.kind == 'i' && !OPERATORS.contains(t.text) && !t.text.equals("not")) {
        int left = inTree.getOrDefault(t.text, 0);
        if (left <= 0) {
          return t.text;
        }
        inTree.put(t.text, left - 1);
      }
    }
    return null;
  }

  // ---- Literals -----------------------------------------------------------------------------------

  /** The literal a value is (a number, perhaps signed, text, a character, true, false or null), or null. */
  private static Expression literal(String text) {
    Expression e;
    try {
      e = java().parse(ParseStart.EXPRESSION, Providers.provider(decode(text, -1).text)).getResult().orElse(null);
    } catch (RuntimeException ex) {
      return null;
    }
    while (e instanceof EnclosedExpr enclosed) {
      e = enclosed.getInner();
    }
    if (e instanceof UnaryExpr u && (u.getOperator() == UnaryExpr.Operator.MINUS
        || u.getOperator() == UnaryExpr.Operator.PLUS) && u.getExpression() instanceof LiteralExpr number
        && !(number instanceof TextBlockLiteralExpr)) {
      return number;
    }
    return e instanceof LiteralExpr && !(e instanceof TextBlockLiteralExpr) ? e : null;
  }

  private static boolean isLiteral(String text) {
    if (literal(text) != null) {
      return true;
    }
    Expression e;
    try {
      e = java().parse(ParseStart.EXPRESSION, Providers.provider(decode(text, -1).text)).getResult().orElse(null);
    } catch (RuntimeException ex) {
      return false;
    }
    if (e instanceof NameExpr) {
      return true; // a bare name, such as @role( event )
    }
    return e instanceof ArrayInitializerExpr array && array.getValues().stream().allMatch(v -> isLiteral(v.toString()));
  }

  /** A @watch list: names, each perhaps negated, or *. */
  private static boolean isWatchList(String text) {
    for (Token t : lex(text)) {
      if (!(t.kind == 'i' || t.kind == 'p' && "!*,".contains(t.text))) {
        return false;
      }
    }
    return true;
  }

  private static boolean present(String code) {
    return code != null && !code.isBlank();
  }

  private static boolean startsUpper(String s) {
    return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
  }

  // ---- Snippets: code as the compilers read it, and where it is in the file ------------------------

  /**
   * Code handed to a parser, with where each of its characters is in the rule file: Unicode escapes
   * are decoded (as the Java compiler does before anything else), and {@code modify} blocks rewritten.
   */
  private static final class Snippet {
    final Scope scope;
    final String text;
    /** The file offset of each character of text (one more for its end), -1 when unknown. */
    final int[] from;
    final int line;
    final int column;

    Snippet(Scope scope, String text, int[] from, int line, int column) {
      this.scope = scope;
      this.text = text;
      this.from = from;
      this.line = line;
      this.column = column;
    }

    Snippet wrap(String prefix, String suffix) {
      int[] f = new int[prefix.length() + from.length + suffix.length()];
      java.util.Arrays.fill(f, 0, prefix.length(), from[0]);
      System.arraycopy(from, 0, f, prefix.length(), from.length);
      java.util.Arrays.fill(f, prefix.length() + from.length, f.length, from[from.length - 1]);
      return new Snippet(scope, prefix + text + suffix, f, line, column);
    }

    /** The 1-based line and column in the file of a character of text. */
    int[] position(int index) {
      int i = Math.max(0, Math.min(index, from.length - 1));
      if (scope != null && from[i] >= 0) {
        return scope.at(from[i]);
      }
      return new int[] {Math.max(line, 0), Math.max(column, 0)};
    }

    /** The index in text of a 1-based line and column, as JavaParser counts them. */
    int indexOf(int line, int column) {
      int[] starts = lineStarts(text);
      int l = Math.max(0, Math.min(line - 1, starts.length - 1));
      return Math.min(text.length(), starts[l] + Math.max(column - 1, 0));
    }

    /** The index in text of the first identifier or keyword spelled so, or 0. */
    int indexOf(String name) {
      if (name != null) {
        for (Token t : lex(text)) {
          if ((t.kind == 'i' || t.kind == 'k') && t.text.equals(name)) {
            return t.at;
          }
        }
      }
      return 0;
    }
  }

  /** A snippet of a descriptor's text, found in the file at the descriptor or else after an offset. */
  private static Snippet snippet(Scope scope, String raw, BaseDescr d, int after, int line) {
    String text = raw == null ? "" : raw;
    int base = -1;
    if (d != null && d.getStartCharacter() >= 0 && scope.text.startsWith(text, d.getStartCharacter())) {
      base = d.getStartCharacter();
    } else if (!text.isEmpty()) {
      int found = scope.text.indexOf(text, Math.max(0, Math.min(after, scope.text.length())));
      base = found >= 0 ? found : scope.text.indexOf(text);
    }
    int l = d != null && d.getLine() > 0 ? d.getLine() : line;
    int c = d != null && d.getColumn() >= 0 ? d.getColumn() + 1 : 0;
    Snippet s = decode(text, base);
    return new Snippet(scope, s.text, s.from, l, c);
  }

  /** Decodes Unicode escapes as the Java compiler does (JLS 3.3), keeping each character's origin. */
  private static Snippet decode(String raw, int base) {
    StringBuilder out = new StringBuilder(raw.length());
    int[] from = new int[raw.length() + 1];
    int n = 0;
    int i = 0;
    int backslashes = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c == '\\' && backslashes % 2 == 0 && i + 1 < raw.length() && raw.charAt(i + 1) == 'u') {
        int j = i + 1;
        while (j < raw.length() && raw.charAt(j) == 'u') {
          j++;
        }
        if (j + 4 <= raw.length() && raw.substring(j, j + 4).chars().allMatch(ch -> Character.digit(ch, 16) >= 0)) {
          out.append((char) Integer.parseInt(raw.substring(j, j + 4), 16));
          from[n++] = base < 0 ? -1 : base + i;
          i = j + 4;
          backslashes = 0;
          continue;
        }
      }
      backslashes = c == '\\' ? backslashes + 1 : 0;
      out.append(c);
      from[n++] = base < 0 ? -1 : base + i;
      i++;
    }
    from[n++] = base < 0 ? -1 : base + raw.length();
    return new Snippet(null, out.toString(), java.util.Arrays.copyOf(from, n), 0, 0);
  }

  /**
   * Drools' {@code modify( $x ) { setA( 1 ), setB( 2 ) }} (and {@code with}) is not Java. It is
   * rewritten in place to {@code if    ( $x ) { setA( 1 ); setB( 2 ); }}, which JavaParser reads
   * with every position kept; the offset of each such block's brace is recorded.
   */
  private static Snippet rewriteBlocks(Snippet s, List<Integer> blockStarts) {
    List<Token> tokens = lex(s.text);
    StringBuilder text = new StringBuilder(s.text);
    List<Integer> insertSemicolonAt = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.kind != 'i' || !(t.text.equals("modify") || t.text.equals("with")) || k + 1 >= tokens.size()
          || !tokens.get(k + 1).text.equals("(")) {
        continue;
      }
      int close = matching(tokens, k + 1);
      if (close < 0 || close + 1 >= tokens.size() || !tokens.get(close + 1).text.equals("{")) {
        continue;
      }
      int open = close + 1;
      int end = matching(tokens, open);
      if (end < 0) {
        continue;
      }
      List<Token> commas = new ArrayList<>();
      boolean statements = false;
      int depth = 0;
      for (int j = open + 1; j < end; j++) {
        Token u = tokens.get(j);
        if (u.kind == 'p' && "([{".contains(u.text)) {
          depth++;
        } else if (u.kind == 'p' && ")]}".contains(u.text)) {
          depth--;
        } else if (depth == 0 && u.text.equals(",")) {
          commas.add(u);
        } else if (depth == 0 && u.text.equals(";")) {
          statements = true;
        }
      }
      if (statements) {
        continue; // a block of statements, not of expressions: left as it is, so it is not read
      }
      text.replace(t.at, t.at + t.text.length(), "if" + " ".repeat(t.text.length() - 2));
      commas.forEach(u -> text.setCharAt(u.at, ';'));
      if (end - 1 > open) {
        insertSemicolonAt.add(tokens.get(end).at);
      }
      blockStarts.add(tokens.get(open).at);
    }
    List<Integer> origin = new ArrayList<>();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      if (insertSemicolonAt.contains(i)) {
        out.append(';');
        origin.add(s.from[i]);
      }
      if (i < text.length()) {
        out.append(text.charAt(i));
      }
      origin.add(s.from[i]);
    }
    for (int b = 0; b < blockStarts.size(); b++) {
      int at = blockStarts.get(b);
      blockStarts.set(b, at + (int) insertSemicolonAt.stream().filter(p -> p <= at).count());
    }
    return new Snippet(s.scope, out.toString(), origin.stream().mapToInt(Integer::intValue).toArray(), s.line,
        s.column);
  }

  private static int matching(List<Token> tokens, int open) {
    String o = tokens.get(open).text;
    String c = o.equals("(") ? ")" : o.equals("{") ? "}" : "]";
    int depth = 0;
    for (int j = open; j < tokens.size(); j++) {
      Token t = tokens.get(j);
      if (t.kind == 'p' && t.text.equals(o)) {
        depth++;
      } else if (t.kind == 'p' && t.text.equals(c) && --depth == 0) {
        return j;
      }
    }
    return -1;
  }

  /** A token of Java-like text: i identifier, k keyword, s string or character, n number, p punctuation. */
  private record Token(char kind, String text, int at) {}

  /** Splits Java-like text into tokens, skipping blanks and comments. */
  private static List<Token> lex(String s) {
    List<Token> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      int start = i;
      if (Character.isWhitespace(c)) {
        i++;
      } else if (s.startsWith("//", i)) {
        while (i < n && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
          i++;
        }
      } else if (s.startsWith("/*", i)) {
        int e = s.indexOf("*/", i + 2);
        i = e < 0 ? n : e + 2;
      } else if (s.startsWith("\"\"\"", i)) {
        int j = i + 3;
        while (j < n && !s.startsWith("\"\"\"", j)) {
          j += s.charAt(j) == '\\' ? 2 : 1;
        }
        i = Math.min(n, j + 3);
        out.add(new Token('s', s.substring(start, i), start));
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < n && s.charAt(j) != c) {
          j += s.charAt(j) == '\\' ? 2 : 1;
        }
        i = Math.min(n, j + 1);
        out.add(new Token('s', s.substring(start, i), start));
      } else if (Character.isJavaIdentifierStart(c)) {
        while (i < n && Character.isJavaIdentifierPart(s.charAt(i))) {
          i++;
        }
        String word = s.substring(start, i);
        out.add(new Token(KEYWORDS.contains(word) ? 'k' : 'i', word, start));
      } else if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(s.charAt(i + 1))) {
        i++;
        while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '.'
            || (s.charAt(i) == '+' || s.charAt(i) == '-') && "eEpP".indexOf(s.charAt(i - 1)) >= 0)) {
          i++;
        }
        out.add(new Token('n', s.substring(start, i), start));
      } else {
        i++;
        out.add(new Token('p', String.valueOf(c), start));
      }
    }
    return out;
  }

  /** Where each line of a text starts; a line ends at \n, \r\n or \r. */
  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int lineOf(int[] starts, int offset) {
    int lo = 0;
    int hi = starts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  // ---- Reporting --------------------------------------------------------------------------------

  /** Where a node is in the file: by its position when the parser kept one, else by a name in it. */
  private static int[] position(Walk w, Node n, String key) {
    // A call or a property is where its name is, not where the chain before it starts.
    Node at = n instanceof MethodCallExpr m ? m.getName() : n instanceof FieldAccessExpr f ? f.getName() : n;
    if (at.getBegin().isPresent() && at.getBegin().get().line > 0) {
      return w.snippet.position(w.snippet.indexOf(at.getBegin().get().line, at.getBegin().get().column));
    }
    return w.snippet.position(w.snippet.indexOf(key));
  }

  private void refuse(Scope scope, BaseDescr d, String message) {
    int line = d.getLine();
    int column = d.getColumn() >= 0 ? d.getColumn() + 1 : 0;
    if (line <= 0 && d.getStartCharacter() >= 0) {
      int[] at = scope.at(d.getStartCharacter());
      line = at[0];
      column = at[1];
    }
    refuse(scope, new int[] {line, column}, message);
  }

  private void refuse(Scope scope, int[] at, String message) {
    Diagnostic d = new Diagnostic(scope.file, Math.max(at[0], 0), Math.max(at[1], 0), message);
    if (!problems.contains(d)) {
      problems.add(d);
    }
  }
}
