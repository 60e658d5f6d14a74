package vn.danhgia.evaluation.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import vn.danhgia.evaluation.ruleset.RuleSetSource;

/**
 * The edits the compile and reload benchmarks make to a shipped rule set, a new one each time, so
 * that no cache keyed by the files' hash can answer from memory.
 */
final class RuleEdits {
  /** Edits a parameter ({@code credit.late}): the rules stay those of the precompiled model. */
  static final String PARAMETERS = "parameters";
  /** Edits a rule file ({@code 03-level.drl}): the rules must be compiled from their files. */
  static final String RULES = "rules";

  private RuleEdits() {}

  /**
   * @param what {@value #PARAMETERS} or {@value #RULES}
   * @return the name of the file that edit changes
   */
  static String file(String what) {
    return what.equals(RULES) ? "03-level.drl" : "parameters.properties";
  }

  /**
   * @param shipped the rule set to edit
   * @param what {@value #PARAMETERS} or {@value #RULES}
   * @param n the edit's number: edit n differs from every other
   * @return the edited copy: {@code credit.late} = 0.75 less n billionths, or a comment line "edit n"
   *     added to the rule file
   */
  static RuleSetSource edited(RuleSetSource shipped, String what, long n) {
    if (what.equals(RULES)) {
      Map<String, byte[]> files = new HashMap<>(shipped.files());
      files.put(file(RULES), (shipped.text(file(RULES)) + "\n// edit " + n + "\n").getBytes(StandardCharsets.UTF_8));
      return RuleSetSource.fromFiles("edited copy of " + shipped.origin(), files);
    }
    BigDecimal credit = new BigDecimal("0.75").subtract(BigDecimal.valueOf(n, 9));
    return shipped.withParameters(shipped.parameters().with("credit.late", credit.toPlainString()));
  }
}
