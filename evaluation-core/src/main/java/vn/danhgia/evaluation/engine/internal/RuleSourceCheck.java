package vn.danhgia.evaluation.engine.internal;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.kie.internal.builder.conf.LanguageLevelOption;
import vn.danhgia.evaluation.report.Message;
import vn.danhgia.evaluation.report.Severity;
import vn.danhgia.evaluation.ruleset.Diagnostic;
import vn.danhgia.evaluation.ruleset.RuleSetManifest;
import vn.danhgia.evaluation.ruleset.RuleSetSource;

/**
 * Reads a rule set's DRL with the Drools parser (descriptors, not text matching) and checks what the
 * engine relies on: every rule runs in a phase the manifest names, rule names are unique, and a rule
 * that gives a reason carries its code and both messages, and a severity if any of the known ones.
 */
final class RuleSourceCheck {
  private static final String SEVERITIES = java.util.Arrays.stream(Severity.values()).map(Severity::word)
      .collect(java.util.stream.Collectors.joining(", "));
  final List<Diagnostic> problems = new ArrayList<>();
  final Map<String, RuleInfo> rules = new HashMap<>();
  final Map<String, PackageDescr> packages = new HashMap<>();

  static RuleSourceCheck of(RuleSetSource source) {
    RuleSourceCheck check = new RuleSourceCheck();
    RuleSetManifest manifest = source.manifest();
    List<String> phases = new ArrayList<>(manifest.phases());
    phases.addAll(manifest.groupPhases());
    for (String file : manifest.rules()) {
      check.file(file, source.text(file), phases);
    }
    return check;
  }

  private void file(String file, String text, List<String> phases) {
    DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
    PackageDescr pkg;
    try {
      pkg = parser.parse(false, new StringReader(text));
    } catch (DroolsParserException e) {
      problems.add(new Diagnostic(file, e.getLineNumber(), e.getColumn() + 1, e.getMessage()));
      return;
    }
    if (parser.hasErrors() || pkg == null) {
      for (DroolsError error : parser.getErrors()) {
        if (error instanceof ParserError pe) {
          problems.add(new Diagnostic(file, pe.getRow(), pe.getCol() + 1, pe.getMessage()));
        } else {
          int[] lines = error.getLines();
          problems.add(new Diagnostic(file, lines.length > 0 ? lines[0] : 0, 0, error.getMessage()));
        }
      }
      return;
    }
    packages.put(file, pkg);
    for (RuleDescr rule : pkg.getRules()) {
      rule(file, rule, phases);
    }
  }

  private void rule(String file, RuleDescr rule, List<String> phases) {
    int line = rule.getLine();
    RuleInfo earlier = rules.get(rule.getName());
    if (earlier != null) {
      problems.add(new Diagnostic(file, line, 1, "rule \"" + rule.getName() + "\" is already defined at "
          + earlier.file() + ":" + earlier.line() + "; rule names must be unique in a rule set"));
      return;
    }
    AttributeDescr group = rule.getAttributes().get("agenda-group");
    String phase = group == null ? "MAIN" : group.getValue();
    int phaseIndex = phases.indexOf(phase);
    if (phaseIndex < 0) {
      problems.add(new Diagnostic(file, line, 1, "rule \"" + rule.getName() + "\" has agenda-group \""
          + phase + "\", which is not a phase of the manifest (" + String.join(", ", phases) + ")"));
    }
    String code = annotation(rule, "code");
    String vi = annotation(rule, "vi");
    String en = annotation(rule, "en");
    String severityWord = annotation(rule, "severity");
    Message message = null;
    Severity severity = null;
    boolean givesReason = String.valueOf(rule.getConsequence()).contains("ReasonGiven");
    if (code != null || vi != null || en != null || givesReason) {
      if (code == null || vi == null || en == null) {
        problems.add(new Diagnostic(file, line, 1, "rule \"" + rule.getName()
            + "\" gives a reason, so it needs @code, @vi and @en (missing: "
            + String.join(", ", missing(code, vi, en)) + ")"));
      } else {
        message = new Message(vi, en);
        severity = severityWord == null ? Severity.INFORMATION : Severity.ofWord(severityWord);
        if (severity == null) {
          problems.add(new Diagnostic(file, line, 1, "rule \"" + rule.getName() + "\" has @severity(\"" + severityWord
              + "\"), which is not a severity; a reason's severity is one of " + SEVERITIES));
        }
      }
    } else if (severityWord != null) {
      problems.add(new Diagnostic(file, line, 1, "rule \"" + rule.getName() + "\" has @severity but gives no reason"
          + " (@code, @vi, @en): only a reason has a severity"));
    }
    rules.put(rule.getName(), new RuleInfo(rule.getName(), file, line, phase, phaseIndex, code, message, severity));
  }

  private static List<String> missing(String code, String vi, String en) {
    List<String> out = new ArrayList<>();
    if (code == null) {
      out.add("@code");
    }
    if (vi == null) {
      out.add("@vi");
    }
    if (en == null) {
      out.add("@en");
    }
    return out;
  }

  private static String annotation(RuleDescr rule, String name) {
    AnnotationDescr a = rule.getAnnotation(name);
    if (a == null) {
      return null;
    }
    Object v = a.getSingleValueStripped();
    return v == null ? null : v.toString();
  }
}
