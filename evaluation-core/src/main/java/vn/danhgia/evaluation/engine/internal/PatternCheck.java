package vn.danhgia.evaluation.engine.internal;

import java.util.Set;
import java.util.TreeSet;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalBranchDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.GroupByDescr;
import org.drools.drl.ast.descr.NamedConsequenceDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.WindowReferenceDescr;
import org.jspecify.annotations.Nullable;

/**
 * The left-hand side of a rule, a query or a window: the fact types its patterns match, and every
 * constraint, {@code eval}, {@code from} source and accumulate in it.
 */
final class PatternCheck {
  /** The accumulate functions rules may use (no accumulate code, no imported functions). */
  static final Set<String> ACCUMULATE_FUNCTIONS = new TreeSet<>(Set.of("count", "sum", "min", "max",
      "average", "collectList", "collectSet", "countDistinct"));

  private final MetadataCheck metadata;
  private final CodeCheck code;
  private final Refusals refusals;

  PatternCheck(MetadataCheck metadata, CodeCheck code, Refusals refusals) {
    this.metadata = metadata;
    this.code = code;
    this.refusals = refusals;
  }

  /**
   * Checks a part of a left-hand side found at or after the offset {@code from}; the names it binds are
   * added to {@code bindings}.
   */
  void lhs(RuleFileScope scope, String owner, int from, @Nullable BaseDescr descr, Set<String> bindings) {
    if (descr == null) {
      return;
    }
    if (descr instanceof PatternDescr p) {
      if (p.getIdentifier() != null) {
        bindings.add(p.getIdentifier());
      }
      if (p.getObjectType() != null && !scope.knowsType(p.getObjectType())) {
        refusals.refuse(scope, p, owner + " matches " + p.getObjectType() + ", which the rule policy does not allow");
      }
      metadata.annotations(scope, p, owner, Math.max(from, p.getStartCharacter()), p.getLine());
      if (p.getSource() != null) {
        lhs(scope, owner, from, p.getSource(), bindings);
      }
      if (p.getConstraint() instanceof BaseDescr constraints) {
        lhs(scope, owner, from, constraints, bindings);
      }
    } else if (descr instanceof ExprConstraintDescr c) {
      code.condition(scope, owner, Snippet.of(scope, c.getExpression(), c, from, c.getLine()), bindings);
    } else if (descr instanceof EvalDescr e) {
      code.condition(scope, owner, Snippet.of(scope, String.valueOf(e.getContent()), e, from, e.getLine()),
          bindings);
    } else if (descr instanceof AccumulateDescr a) {
      accumulate(scope, owner, from, a, bindings);
    } else if (descr instanceof CollectDescr c) {
      lhs(scope, owner, from, c.getInputPattern(), bindings);
    } else if (descr instanceof FromDescr f) {
      code.condition(scope, owner, Snippet.of(scope, f.getExpression(), f, from, f.getLine()), bindings);
    } else if (descr instanceof ConditionalBranchDescr b) {
      int at = Math.max(from, b.getStartCharacter());
      EvalDescr condition = b.getCondition();
      if (condition != null) {
        code.condition(scope, owner, Snippet.of(scope, String.valueOf(condition.getContent()), condition, at,
            b.getLine()), bindings);
      }
      lhs(scope, owner, at, b.getElseBranch(), bindings);
    } else if (descr instanceof ConditionalElementDescr ce) {
      for (BaseDescr child : ce.getDescrs()) {
        lhs(scope, owner, from, child, bindings);
      }
    } else if (!(descr instanceof NamedConsequenceDescr || descr instanceof EntryPointDescr
        || descr instanceof WindowReferenceDescr)) {
      refusals.refuse(scope, descr, owner + ": the rule policy cannot read this part of the rule ("
          + descr.getClass().getSimpleName() + ")");
    }
  }

  private void accumulate(RuleFileScope scope, String owner, int from, AccumulateDescr a, Set<String> bindings) {
    int at = Math.max(from, a.getStartCharacter());
    if (Literals.present(a.getInitCode()) || Literals.present(a.getActionCode())
        || Literals.present(a.getResultCode()) || Literals.present(a.getReverseCode())) {
      refusals.refuse(scope, a, owner + " uses accumulate code (init/action/result); use the accumulate functions "
          + ACCUMULATE_FUNCTIONS);
    }
    if (a.getInput() != null) {
      lhs(scope, owner, from, a.getInput(), bindings);
    }
    if (a instanceof GroupByDescr g) {
      for (String key : new String[] {g.getGroupingKey(), g.getGroupingFunction()}) {
        if (Literals.present(key)) {
          code.condition(scope, owner, Snippet.of(scope, key, null, at, a.getLine()), bindings);
        }
      }
    }
    for (AccumulateDescr.AccumulateFunctionCallDescr f : a.getFunctions()) {
      if (!ACCUMULATE_FUNCTIONS.contains(f.getFunction())) {
        refusals.refuse(scope, a, owner + " uses accumulate function " + f.getFunction() + "; allowed: "
            + ACCUMULATE_FUNCTIONS);
      }
      for (String param : f.getParams()) {
        code.condition(scope, owner, Snippet.of(scope, param, null, at, a.getLine()), bindings);
      }
      if (f.getBind() != null) {
        bindings.add(f.getBind());
      }
    }
  }
}
