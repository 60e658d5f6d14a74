package vn.danhgia.evaluation.engine.internal;

import java.util.ArrayList;
import java.util.List;
import org.drools.drl.ast.descr.BaseDescr;
import vn.danhgia.evaluation.ruleset.Diagnostic;

/** What the rule-code check refused, each once, in the order found, with file, line and column. */
final class Refusals {
  private final List<Diagnostic> problems = new ArrayList<>();

  /** Refuses a descriptor, where the parser put it (its line and column, else its first character). */
  void refuse(RuleFileScope scope, BaseDescr d, String message) {
    int line = d.getLine();
    int column = d.getColumn() >= 0 ? d.getColumn() + 1 : 0;
    if (line <= 0 && d.getStartCharacter() >= 0) {
      int[] at = scope.at(d.getStartCharacter());
      line = at[0];
      column = at[1];
    }
    refuse(scope, new int[] {line, column}, message);
  }

  /** Refuses what is at a 1-based line and column of the scope's file. */
  void refuse(RuleFileScope scope, int[] at, String message) {
    Diagnostic d = new Diagnostic(scope.file, Math.max(at[0], 0), Math.max(at[1], 0), message);
    if (!problems.contains(d)) {
      problems.add(d);
    }
  }

  /** @return every refusal so far */
  List<Diagnostic> list() {
    return problems;
  }
}
