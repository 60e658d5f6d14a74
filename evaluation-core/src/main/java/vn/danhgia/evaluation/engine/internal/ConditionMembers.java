package vn.danhgia.evaluation.engine.internal;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.mvel.parser.ast.expr.BigDecimalLiteralExpr;
import org.drools.mvel.parser.ast.expr.BigIntegerLiteralExpr;
import org.drools.mvel.parser.ast.expr.NullSafeMethodCallExpr;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.policy.RulePolicy;

/**
 * What a condition (a pattern constraint, a {@code from} source, an accumulate argument) may call.
 * Conditions are MVEL, which the classic build interprets: MVEL resolves each call's member by
 * reflection on the value at run time, so no class is generated for the bytecode check to read.
 * They are therefore held to the same allow-list as rule code ({@code rule-code-members.txt}), by
 * member name, over every owner a condition can reach:
 *
 * <ul>
 *   <li>a call is allowed only when some allowed JDK or Drools owner lists its name, or a type the
 *       policy allows (the library's model, vocabulary and parameter types, those reachable from
 *       them, the rule set's declared types) declares it publicly; every other name (a capability
 *       such as a file, a process, a thread or a class, or work that grows with an argument such as
 *       {@code repeat}, {@code matches}, {@code format}, {@code shiftLeft}) is refused whatever its
 *       receiver;
 *   <li>of the listed names that do unbounded work on some owner, {@code pow} is allowed on {@code
 *       Math} and {@code StrictMath} only, and the scale or precision of {@code setScale}, {@code
 *       valueOf(long, int)}, {@code divide(…, scale, …)} and {@code new MathContext(…)} must be an
 *       integer literal of at most {@value BytecodeCheck#MAX_CONSTANT};
 *   <li>{@code new} creates a type of the library or the rule set, a decimal from a plain literal, or
 *       a JDK value without arguments; arrays are not created; MVEL's big-number literals ({@code
 *       10B}, {@code 10I}) are plain, without an exponent.
 * </ul>
 *
 * <p>A name-level check holds for every receiver at once: what MVEL resolves at run time, on
 * whatever class the value has, is among the names checked here.
 */
final class ConditionMembers {
  /** Names whose work grows with an argument on some owner, and the index of that argument by arity. */
  private static final Map<String, Map<Integer, Integer>> BOUNDED = Map.of(
      "setScale", Map.of(1, 0, 2, 0),
      "valueOf", Map.of(2, 1),
      "divide", Map.of(3, 1));
  private static final Set<String> MATH = Set.of("Math", "StrictMath", "java.lang.Math", "java.lang.StrictMath");
  private static final Pattern PLAIN_DECIMAL = Pattern.compile("[-+]?\\d{1,30}(\\.\\d{1,30})?");
  private static final Pattern TYPE_NAME = Pattern.compile("\\b[A-Z][A-Za-z0-9_]*\\b");

  private final Set<String> names = new HashSet<>(CodeAllowList.ruleMemberNames());
  private final Set<String> ownTypes = new HashSet<>();

  /**
   * @param policy what the rule files may use
   * @param packages the rule set's parsed files
   * @param texts the rule files' texts, by file
   */
  ConditionMembers(RulePolicy policy, Map<String, PackageDescr> packages, Map<String, String> texts) {
    ClassLoader loader = ConditionMembers.class.getClassLoader();
    Deque<Class<?>> todo = new ArrayDeque<>();
    for (String type : policy.types()) {
      load(type, loader).ifPresent(todo::add);
    }
    policy.globals().values().forEach(t -> load(t, loader).ifPresent(todo::add));
    for (Map.Entry<String, PackageDescr> e : packages.entrySet()) {
      Set<String> starPackages = new HashSet<>();
      for (ImportDescr i : e.getValue().getImports()) {
        String target = i.getTarget();
        if (target.endsWith(".*")) {
          starPackages.add(target.substring(0, target.length() - 2));
        } else if (policy.allowsType(target)) {
          load(target, loader).ifPresent(todo::add);
        }
      }
      for (String pkg : policy.packages()) {
        // Types of an allowed package named by simple name (star import) or in full.
        String text = texts.getOrDefault(e.getKey(), "");
        Matcher m = TYPE_NAME.matcher(text);
        while (m.find()) {
          if (starPackages.contains(pkg) || text.contains(pkg + "." + m.group())) {
            load(pkg + "." + m.group(), loader).ifPresent(todo::add);
          }
        }
      }
      for (TypeDeclarationDescr t : e.getValue().getTypeDeclarations()) {
        ownTypes.add(t.getTypeName());
        t.getFields().keySet().forEach(this::addProperty);
      }
      e.getValue().getFunctions().forEach(f -> names.add(f.getName()));
    }
    Set<Class<?>> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      Class<?> c = todo.pop();
      if (!seen.add(c) || !policy.allowsType(c.getName())
          || CodeAllowList.listsOwner(c.getName().replace('.', '/'))) {
        continue; // a listed owner's members are those listed, whose names are already in
      }
      for (Method m : c.getMethods()) {
        Class<?> by = m.getDeclaringClass();
        if (by == Object.class || by == Enum.class || by == Record.class || !policy.allowsType(by.getName())
            || CodeAllowList.listsOwner(by.getName().replace('.', '/'))) {
          continue;
        }
        names.add(m.getName());
        reach(m.getGenericReturnType(), todo);
      }
      for (Field f : c.getFields()) {
        names.add(f.getName());
        reach(f.getGenericType(), todo);
      }
      if (c.isRecord()) {
        for (RecordComponent r : c.getRecordComponents()) {
          reach(r.getGenericType(), todo);
        }
      }
      if (Modifier.isPublic(c.getModifiers())) {
        ownTypes.add(c.getSimpleName());
        ownTypes.add(c.getName());
      }
    }
    for (String forbidden : List.of("parse", "parseSpreadsheet", "with", "empty")) {
      // Parameters' readers and builders, which CodeAllowList refuses too, unless a JDK owner lists them.
      if (!CodeAllowList.ruleMemberNames().contains(forbidden)) {
        names.remove(forbidden);
      }
    }
    names.removeIf(policy::forbidsMethod);
  }

  private void addProperty(String field) {
    String capital = Character.toUpperCase(field.charAt(0)) + field.substring(1);
    names.add("get" + capital);
    names.add("is" + capital);
    names.add("set" + capital);
    names.add(field);
  }

  private static void reach(java.lang.reflect.Type type, Deque<Class<?>> todo) {
    if (type instanceof Class<?> c) {
      todo.add(c.isArray() ? c.getComponentType() : c);
    } else if (type instanceof ParameterizedType p) {
      reach(p.getRawType(), todo);
      for (java.lang.reflect.Type a : p.getActualTypeArguments()) {
        reach(a, todo);
      }
    }
  }

  private static Optional<Class<?>> load(String name, ClassLoader loader) {
    try {
      return Optional.of(Class.forName(name, false, loader));
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty();
    }
  }

  /**
   * @param n a node of a condition's syntax tree
   * @return why it is refused and the name to find it by, or null
   */
  String @Nullable [] refusal(Node n) {
    String name;
    Optional<Expression> scope;
    List<Expression> args;
    if (n instanceof MethodCallExpr call) {
      name = call.getNameAsString();
      scope = call.getScope();
      args = call.getArguments();
    } else if (n instanceof NullSafeMethodCallExpr call) {
      name = call.getNameAsString();
      scope = call.getScope();
      args = call.getArguments();
    } else if (n instanceof ObjectCreationExpr o) {
      return creation(o);
    } else if (n instanceof BigDecimalLiteralExpr || n instanceof BigIntegerLiteralExpr) {
      // MVEL's big-number literals (10B, 10I) are parsed at run time: 1E999999999B is a decimal whose
      // plain text has a billion digits.
      String text = ((LiteralStringValueExpr) n).getValue();
      String digits = text.endsWith("B") || text.endsWith("I") ? text.substring(0, text.length() - 1) : text;
      return PLAIN_DECIMAL.matcher(digits).matches() ? null : new String[] {"the big-number literal " + text
          + " in a condition is not allowed: only plain literals of at most 30 digits before and after the point",
          text};
    } else if (n instanceof ArrayCreationExpr a) {
      return new String[] {"a condition may not create an array (new " + a.getElementType().asString() + "[…])",
          a.getElementType().asString()};
    } else {
      return null;
    }
    if (scope.isEmpty()) {
      return null; // a function of the rule set, or refused by the policy check
    }
    if (!names.contains(name)) {
      return new String[] {"calling " + name + "(…) in a condition is not allowed: no type that rule code may use"
          + " allows a member of that name", name};
    }
    if (name.equals("pow") && !MATH.contains(qualified(scope.get()))) {
      return new String[] {"calling pow(…) in a condition is allowed on Math only (on a big number its work grows"
          + " with the exponent)", name};
    }
    Integer bounded = BOUNDED.getOrDefault(name, Map.of()).get(args.size());
    if (bounded != null && !smallLiteral(args.get(bounded))) {
      return new String[] {"calling " + name + "(…) in a condition needs a scale that is an integer literal of at most "
          + BytecodeCheck.MAX_CONSTANT + " (work grows with it)", name};
    }
    return null;
  }

  /** The dotted name an expression is ({@code java.lang.Math}), or "" when it is not a name. */
  private static String qualified(Expression e) {
    if (e instanceof NameExpr n) {
      return n.getNameAsString();
    }
    if (e instanceof FieldAccessExpr f) {
      String scope = qualified(f.getScope());
      return scope.isEmpty() ? "" : scope + "." + f.getNameAsString();
    }
    return "";
  }

  private String @Nullable [] creation(ObjectCreationExpr o) {
    String type = o.getType().getNameWithScope();
    String simple = o.getType().getNameAsString();
    if (ownTypes.contains(type) || ownTypes.contains(simple)) {
      return null;
    }
    if ((simple.equals("BigDecimal") || simple.equals("BigInteger")) && o.getArguments().size() == 1
        && (o.getArguments().get(0) instanceof StringLiteralExpr s && PLAIN_DECIMAL.matcher(s.getValue()).matches()
        || smallLiteral(o.getArguments().get(0)))) {
      return null;
    }
    if (simple.equals("MathContext") && !o.getArguments().isEmpty() && smallLiteral(o.getArguments().get(0))) {
      return null;
    }
    if (o.getArguments().isEmpty()) {
      return null;
    }
    return new String[] {"new " + type + "(…) in a condition is not allowed: a condition may create the library's and"
        + " the rule set's types, a decimal from a plain literal, and other values without arguments", simple};
  }

  private static boolean smallLiteral(Expression e) {
    Expression x = e instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS ? u.getExpression() : e;
    try {
      long v;
      if (x instanceof IntegerLiteralExpr i) {
        v = i.asNumber().longValue();
      } else if (x instanceof LongLiteralExpr l) {
        v = l.asNumber().longValue();
      } else {
        return false;
      }
      return Math.abs(v) <= BytecodeCheck.MAX_CONSTANT;
    } catch (NumberFormatException ex) {
      return false;
    }
  }
}
