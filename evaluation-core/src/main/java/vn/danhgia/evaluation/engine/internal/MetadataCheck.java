package vn.danhgia.evaluation.engine.internal;

import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.drools.drl.ast.descr.AnnotatedBaseDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.PatternDescr;
import vn.danhgia.evaluation.engine.internal.JavaText.Token;

/**
 * Rule attributes and annotations: what Drools evaluates besides the rules' code, which must carry
 * no code of its own.
 */
final class MetadataCheck {
  /** Rule attributes that carry no code (salience and enabled only as literals, checked apart). */
  private static final Set<String> ATTRIBUTES = new TreeSet<>(Set.of("agenda-group", "activation-group",
      "salience", "no-loop", "lock-on-active", "auto-focus", "enabled", "dialect", "date-effective",
      "date-expires"));

  private final Refusals refusals;

  MetadataCheck(Refusals refusals) {
    this.refusals = refusals;
  }

  /** Checks the attributes of a package or a rule, but not those a rule inherits from its package. */
  void attributes(RuleFileScope scope, String owner, Collection<AttributeDescr> attributes,
      Set<AttributeDescr> inherited) {
    for (AttributeDescr a : attributes) {
      if (inherited.contains(a)) {
        continue; // refused, if at all, where the package states it
      }
      String name = a.getName();
      String value = a.getValue() == null ? "" : a.getValue().strip();
      if (!ATTRIBUTES.contains(name)) {
        refusals.refuse(scope, a, owner + " has the attribute " + name
            + ", which the rule policy does not allow (allowed: " + ATTRIBUTES + ")");
      } else if (name.equals("dialect") && !value.equals("java")) {
        refusals.refuse(scope, a, owner + " uses the " + value + " dialect; only java is allowed");
      } else if (name.equals("salience") && !(Literals.literal(value) instanceof IntegerLiteralExpr)) {
        refusals.refuse(scope, a, owner + " computes its salience with code (" + value
            + "); only a whole number is allowed");
      } else if (name.equals("enabled") && !(Literals.literal(value) instanceof BooleanLiteralExpr)) {
        refusals.refuse(scope, a, owner + " computes whether it is enabled with code (" + value
            + "); only true or false is allowed");
      } else if (Set.of("no-loop", "lock-on-active", "auto-focus").contains(name)
          && !Set.of("", "true", "false").contains(value)) {
        refusals.refuse(scope, a, owner + " gives the attribute " + name + " the value " + value
            + "; only true or false is allowed");
      }
    }
  }

  /**
   * Annotations are metadata, but Drools evaluates their values as MVEL expressions while compiling,
   * and gives some of them meaning by their type: only lower-case names and literal values pass.
   * {@code from} is an offset of the file at or before the annotated element, {@code line} its line.
   */
  void annotations(RuleFileScope scope, AnnotatedBaseDescr d, String owner, int from, int line) {
    for (AnnotationDescr a : d.getAnnotations()) {
      String name = a.getName();
      int[] at = annotationPosition(scope, name, from, line);
      if (name.contains(".") || name.isEmpty() || !Character.isLowerCase(name.charAt(0))) {
        refusals.refuse(scope, at, owner + ": annotation @" + name + " is not allowed; annotations are plain"
            + " metadata whose names start with a lower-case letter");
        continue;
      }
      for (Object value : a.getValueMap().values()) {
        for (Object v : value instanceof Object[] array ? List.of(array) : List.of(value == null ? "" : value)) {
          String text = String.valueOf(v);
          boolean ok = d instanceof PatternDescr && name.equals("watch") ? Literals.isWatchList(text)
              : Literals.isLiteral(text);
          if (!ok) {
            refusals.refuse(scope, at, owner + ": the value of annotation @" + name + " is code (" + text.strip()
                + "); annotation values must be literals (text, numbers, true or false)");
          }
        }
      }
    }
  }

  private static int[] annotationPosition(RuleFileScope scope, String name, int from, int line) {
    int start = Math.max(0, Math.min(from, scope.text.length()));
    for (Token t : JavaText.lex(scope.text.substring(start))) {
      if (t.kind() == 'i' && t.text().equals(name.contains(".") ? name.substring(0, name.indexOf('.')) : name)
          && t.at() > 0 && scope.text.charAt(start + t.at() - 1) == '@') {
        return scope.at(start + t.at() - 1);
      }
    }
    return new int[] {Math.max(line, 0), 0};
  }
}
