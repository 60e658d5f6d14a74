package vn.danhgia.evaluation.engine.internal;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.drools.mvel.parser.ast.expr.FullyQualifiedInlineCastExpr;
import org.drools.mvel.parser.ast.expr.NullSafeFieldAccessExpr;
import org.drools.mvel.parser.ast.expr.NullSafeMethodCallExpr;
import org.drools.mvel.parser.ast.expr.OOPathChunk;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.policy.RulePolicy;

/**
 * What the policy says of one node of a parsed condition or piece of Java code: the types it names,
 * the methods it calls (properties of conditions included, which MVEL reads through getters), and the
 * constructs rule code may not use at all (reflection, local and anonymous classes, locks).
 */
final class NodeCheck {
  private static final Set<String> SESSION_METHODS = Set.of("insert", "insertLogical", "update", "delete",
      "retract");
  /** What a Java consequence sees of the rule context besides {@code drools}. */
  private static final Set<String> RULE_CONTEXT = Set.of("drools", "kcontext", "entryPoints", "exitPoints",
      "channels");

  private final RulePolicy policy;
  /** The functions the rule set declares, which unqualified calls may name. */
  private final Set<String> functions;

  /** What conditions may call, once the rule set's packages are known; null before. */
  private @Nullable ConditionMembers conditionMembers;

  NodeCheck(RulePolicy policy, Set<String> functions) {
    this.policy = policy;
    this.functions = functions;
  }

  /**
   * What a walk over one snippet needs: the names it may read (bindings, parameters, locals), whether
   * it is a condition (MVEL) rather than Java, and the blocks that were Drools {@code modify} blocks.
   */
  record Walk(RuleFileScope scope, String owner, Snippet snippet, Set<String> names, boolean condition,
      Set<Node> modifyBlocks) {}

  /** Holds conditions to the allow-list by member name (see {@link ConditionMembers}). */
  void conditions(ConditionMembers members) {
    this.conditionMembers = members;
  }

  /** Why a node is refused, and the name to find it by when the parser kept no position; or null. */
  String @Nullable [] refusal(Walk w, Node n) {
    RuleFileScope scope = w.scope;
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
    if (n instanceof ClassOrInterfaceType t && !RuleFileScope.isScopeOfType(t)) {
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
      if (!chainRoot && !(parent instanceof SwitchEntry) && JavaText.startsUpper(s) && !scope.knowsType(s)) {
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
    return w.condition && conditionMembers != null ? conditionMembers.refusal(n) : null;
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
  private @Nullable String forbiddenGetter(String property) {
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

  /** For a chain of names such as java.lang.System.out, the dotted name; null when it is not one. */
  private static @Nullable String qualifiedName(Expression e) {
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
  private static @Nullable String typePrefix(String qualified) {
    StringBuilder out = new StringBuilder();
    for (String part : qualified.split("\\.")) {
      if (out.length() > 0) {
        out.append('.');
      }
      out.append(part);
      if (JavaText.startsUpper(part)) {
        return out.toString();
      }
    }
    return null;
  }

  private static String firstSegment(String name) {
    int dot = name.indexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  private static @Nullable String firstName(Node n) {
    for (Node d : SyntaxTrees.descendants(n)) {
      if (d instanceof SimpleName s) {
        return s.getIdentifier();
      }
      if (d instanceof Name s) {
        return firstSegment(s.asString());
      }
    }
    return null;
  }
}
