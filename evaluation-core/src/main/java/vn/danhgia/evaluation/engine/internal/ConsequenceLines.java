package vn.danhgia.evaluation.engine.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import vn.danhgia.evaluation.ruleset.Diagnostic;
import vn.danhgia.evaluation.ruleset.RuleSetSource;

/**
 * The classic compiler reports an error in a rule's consequence at the line of the {@code rule}
 * keyword. This moves it to the line and column of the consequence where the offending name
 * appears, using the parser's descriptor of the rule (where its consequence starts and ends), or to
 * the consequence's first line when the name cannot be found. An expression MVEL reports without a
 * line is placed where its text is.
 */
final class ConsequenceLines {
  private static final List<Pattern> NAMES = List.of(
      Pattern.compile("The method (\\w+)\\("),
      Pattern.compile("The constructor (\\w+)\\("),
      Pattern.compile("The field (\\w+)"),
      Pattern.compile("(\\w+) cannot be resolved"),
      Pattern.compile("(\\w+) is undefined"));

  private static final Pattern UNPLACED_EXPRESSION = Pattern.compile("^Unable to Analyse Expression (.+?):");

  private ConsequenceLines() {}

  static Diagnostic refine(Diagnostic d, RuleSourceCheck check, RuleSetSource source) {
    PackageDescr pkg = check.packages.get(d.file());
    Matcher unplaced = UNPLACED_EXPRESSION.matcher(d.message());
    if (pkg != null && d.line() <= 0 && unplaced.find()) {
      // MVEL reports an expression it cannot analyse (in a from source, say) without a line: find it.
      String text = source.text(d.file());
      int at = text.indexOf(unplaced.group(1).strip());
      if (at >= 0) {
        int line = 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
        return new Diagnostic(d.file(), line, at - text.lastIndexOf('\n', at - 1), d.message());
      }
    }
    if (pkg == null || !d.message().startsWith("Rule Compilation error")) {
      return d;
    }
    RuleDescr rule = pkg.getRules().stream().filter(r -> r.getLine() == d.line()).findFirst().orElse(null);
    if (rule == null || rule.getConsequenceLine() <= 0) {
      return d;
    }
    String[] lines = source.text(d.file()).split("\r?\n", -1);
    int from = rule.getConsequenceLine();
    int to = Math.min(rule.getEndLine() > 0 ? rule.getEndLine() : lines.length, lines.length);
    for (String name : names(d.message())) {
      Pattern word = Pattern.compile("\\b" + Pattern.quote(name) + "\\b");
      for (int line = from; line <= to; line++) {
        String text = lines[line - 1];
        int start = line == from ? Math.max(0, text.indexOf("then") + 4) : 0;
        Matcher m = word.matcher(text);
        if (m.find(Math.min(start, text.length()))) {
          return new Diagnostic(d.file(), line, m.start() + 1, d.message());
        }
      }
    }
    for (int line = from + 1; line <= to; line++) {
      if (!lines[line - 1].isBlank()) {
        return new Diagnostic(d.file(), line, 0, d.message());
      }
    }
    return d;
  }

  private static List<String> names(String message) {
    List<String> out = new ArrayList<>();
    for (Pattern p : NAMES) {
      Matcher m = p.matcher(message);
      if (m.find()) {
        out.add(m.group(1));
      }
    }
    return out;
  }
}
