package vn.danhgia.evaluation.ruleset;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.report.Message;

/**
 * One score component a rule set declares in its manifest: the code its rules give {@code
 * ScorePart}s under and the report's {@code components} carries, the most points it gives, and its
 * name in both languages.
 *
 * <pre>
 * components = general, annual
 * component.general.max = {weight.general}     # a parameter's name in braces, or a number: 30
 * component.general.vi = Tiêu chí chung
 * component.general.en = General criteria
 * </pre>
 *
 * @param code the code, e.g. {@code general}: a letter, then letters and digits
 * @param max the most points, as written: a decimal ({@code 30}) or a decimal parameter's name in
 *     braces ({@code {weight.general}})
 * @param name what the component is called
 */
public record ComponentDefinition(String code, String max, Message name) {
  /** What a component's code looks like: it is a key of the report's {@code components}. */
  static final Pattern CODE = Pattern.compile("[a-z][A-Za-z0-9]*");
  private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_.-]*)\\}");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,9}(\\.\\d{1,6})?");

  /**
   * Checks the parts.
   *
   * @param code the code, e.g. {@code general}: a letter, then letters and digits
   * @param max the most points, as written: a decimal ({@code 30}) or a decimal parameter's name in
   *     braces ({@code {weight.general}})
   * @param name what the component is called
   * @throws IllegalArgumentException when the code or the maximum is malformed, quoting it
   */
  public ComponentDefinition {
    Objects.requireNonNull(name, "name");
    if (!CODE.matcher(Objects.requireNonNull(code, "code")).matches()) {
      throw new IllegalArgumentException(codeProblem(code));
    }
    String problem = maxProblem(Objects.requireNonNull(max, "max"));
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /** @return the parameter that gives the maximum, or null when it is a number */
  public @Nullable String maxParameter() {
    Matcher m = PARAMETER.matcher(max);
    return m.matches() ? m.group(1) : null;
  }

  /**
   * @param parameters the rule set's parameters
   * @return the most points the component gives
   * @throws vn.danhgia.evaluation.EvaluationException when the maximum names a parameter that is
   *     not a decimal of {@code parameters} (a rule set's source never lets that happen)
   */
  public BigDecimal maximum(Parameters parameters) {
    String parameter = maxParameter();
    return parameter == null ? new BigDecimal(max) : parameters.decimal(parameter);
  }

  static String codeProblem(String code) {
    return "a component's code is a lower-case letter, then letters and digits (it is a key of the report's"
        + " components), not " + FileNames.shown(code);
  }

  static @Nullable String maxProblem(String max) {
    return PARAMETER.matcher(max).matches() || NUMBER.matcher(max).matches() ? null
        : "a component's max is a number (30) or a decimal parameter's name in braces ({weight.general}), not "
            + FileNames.shown(max);
  }
}
