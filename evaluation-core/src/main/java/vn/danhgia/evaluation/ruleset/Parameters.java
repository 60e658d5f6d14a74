package vn.danhgia.evaluation.ruleset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import vn.danhgia.evaluation.EvaluationException;
import vn.danhgia.evaluation.model.Rating;

/**
 * A rule set's parameters (tham số): the weights, thresholds and options that policy staff change
 * without touching rule logic. Rules read them through the global {@code params}, e.g. {@code
 * params.decimal("score.excellent")}.
 *
 * <p>The file is {@code parameters.properties}: one {@code name = value} a line, {@code #} starts a
 * comment. A value is a decimal ({@code 0.75}), a ratio ({@code 2/3}), a rating ({@code GOOD}), a
 * rounding mode ({@code FLOOR}, {@code HALF_UP} …) or a boolean; anything else is refused when the
 * rule set loads, with the file and line.
 *
 * <p>Every value is bounded when it is read: at most 64 characters as written; a decimal has at
 * most 30 significant digits and at most 20 digits after the point (a number cell of a
 * spreadsheet such as 1/3 holds 15 significant digits); each term of a ratio at most 9
 * digits; a file at most 10,000 parameters. A value beyond a bound is refused with its line and
 * column, so that no parameter can make the rules do work in proportion to its size.
 *
 * <p>A rule set may keep them in a spreadsheet, {@code parameters.xlsx}, instead (one or the other,
 * never both): a sheet with the columns {@code name}, {@code value} and {@code description}, read by
 * {@link #parseSpreadsheet}. The same parameters written either way are {@linkplain #equals equal}.
 * Reading a spreadsheet needs Apache POI ({@code org.apache.poi:poi-ooxml}) on the classpath.
 *
 * <p>Immutable; {@link #with} gives a changed copy.
 */
public final class Parameters {
  /** The file name of a rule set's parameters. */
  public static final String FILE = "parameters.properties";

  /** The file name of a rule set's parameters when they are kept in a spreadsheet instead. */
  public static final String SPREADSHEET_FILE = "parameters.xlsx";

  private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern RATIO = Pattern.compile("(\\d+)\\s*/\\s*(\\d+)");
  private static final Set<String> ROUNDING = Set.of("FLOOR", "CEILING", "HALF_UP", "HALF_DOWN",
      "HALF_EVEN", "UP", "DOWN");

  private final Map<String, Object> values;

  private Parameters(Map<String, Object> values) {
    this.values = Collections.unmodifiableMap(new TreeMap<>(values));
  }

  /** @return parameters with no entry */
  public static Parameters empty() {
    return new Parameters(Map.of());
  }

  /**
   * Parses a parameters file.
   *
   * @param file the file's name, for diagnostics
   * @param content its UTF-8 bytes
   * @return the parameters
   * @throws InvalidRuleSetException listing every line that cannot be read
   */
  public static Parameters parse(String file, byte[] content) {
    PropertiesFile parsed = PropertiesFile.parse(file, content);
    Map<String, Object> values = new LinkedHashMap<>();
    List<Diagnostic> problems = new ArrayList<>(parsed.problems);
    for (PropertiesFile.Entry e : parsed.entries) {
      try {
        values.put(e.name(), value(e.value()));
      } catch (IllegalArgumentException ex) {
        problems.add(new Diagnostic(file, e.line(), e.valueColumn(), "parameter \"" + e.name() + "\": "
            + ex.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      problems.sort(java.util.Comparator.comparingInt(Diagnostic::line));
      throw new InvalidRuleSetException(file, PropertiesFile.capped(file, problems));
    }
    return new Parameters(values);
  }

  /**
   * Parses a parameters spreadsheet ({@code parameters.xlsx}): the sheet named {@code Parameters}, or
   * else the first sheet, with a header row naming the columns {@code name}, {@code value} and
   * (optionally) {@code description}, then one parameter a row. A text cell is read as a value of
   * the properties file; a number cell is the decimal Excel holds, to 15 significant digits, without
   * trailing zeros; a TRUE/FALSE cell is a boolean. See {@code docs/rule-authoring.md}.
   *
   * @param file the file's name, for diagnostics, e.g. {@code parameters.xlsx}
   * @param content the workbook's bytes
   * @return the parameters
   * @throws InvalidRuleSetException listing every problem; a diagnostic's {@link Diagnostic#file()} is
   *     {@code file[sheet]}, its line the 1-based row and its column the 1-based column, and its
   *     message starts with them in words ({@code sheet Parameters, row 7, column B: …}). When Apache
   *     POI is not on the classpath, one diagnostic says so.
   */
  public static Parameters parseSpreadsheet(String file, byte[] content) {
    return SpreadsheetParameters.parse(file, content);
  }

  /** Parameters from values already read (by {@link SpreadsheetParameters}). */
  static Parameters of(Map<String, Object> values) {
    return new Parameters(values);
  }

  /**
   * Reads one value as written in a parameters file.
   *
   * @throws IllegalArgumentException saying why it cannot be read
   */
  static Object value(String raw) {
    if (raw.length() > RuleSetLimits.VALUE_CHARS) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "a value of %,d characters: a"
          + " value has at most %d", raw.length(), RuleSetLimits.VALUE_CHARS));
    }
    if (DECIMAL.matcher(raw).matches()) {
      return bounded(new BigDecimal(raw));
    }
    var ratio = RATIO.matcher(raw);
    if (ratio.matches()) {
      if (ratio.group(1).length() > RuleSetLimits.RATIO_DIGITS || ratio.group(2).length() > RuleSetLimits.RATIO_DIGITS) {
        throw new IllegalArgumentException("a ratio's terms have at most " + RuleSetLimits.RATIO_DIGITS
            + " digits each: \"" + raw + "\"");
      }
      long d = Long.parseLong(ratio.group(2));
      if (d == 0) {
        throw new IllegalArgumentException("a ratio's denominator cannot be 0: \"" + raw + "\"");
      }
      return new Ratio(Long.parseLong(ratio.group(1)), d);
    }
    for (Rating r : Rating.values()) {
      if (r.name().equals(raw)) {
        return r;
      }
    }
    if (ROUNDING.contains(raw)) {
      return RoundingMode.valueOf(raw);
    }
    if (raw.equals("true") || raw.equals("false")) {
      return Boolean.valueOf(raw);
    }
    throw new IllegalArgumentException("cannot read " + FileNames.shown(raw) + " as a decimal (0.75), a ratio (2/3), a"
        + " rating (GOOD), a rounding mode (FLOOR, HALF_UP …) or true/false");
  }

  /**
   * Checks a decimal's size.
   *
   * @param d a decimal as read
   * @return it
   * @throws IllegalArgumentException when it has more significant digits, or more digits after the
   *     point, than a parameter may have
   */
  static BigDecimal bounded(BigDecimal d) {
    if (d.precision() > RuleSetLimits.DECIMAL_DIGITS) {
      throw new IllegalArgumentException("a decimal of " + d.precision() + " significant digits: a decimal"
          + " parameter has at most " + RuleSetLimits.DECIMAL_DIGITS);
    }
    if (d.scale() > RuleSetLimits.DECIMAL_SCALE || d.scale() < -RuleSetLimits.DECIMAL_SCALE) {
      throw new IllegalArgumentException("a decimal with " + Math.abs(d.scale()) + " digits "
          + (d.scale() > 0 ? "after" : "before") + " the point: a decimal parameter has at most "
          + RuleSetLimits.DECIMAL_SCALE + " digits after the point");
    }
    return d;
  }

  /**
   * A copy with one parameter set to a new value, read as in the file.
   *
   * @param name the parameter's name
   * @param value the new value, e.g. {@code "0.5"}
   * @return the changed copy
   * @throws IllegalArgumentException when the value cannot be read
   */
  public Parameters with(String name, String value) {
    Map<String, Object> copy = new TreeMap<>(values);
    copy.put(Objects.requireNonNull(name, "name"), value(value.strip()));
    return new Parameters(copy);
  }

  /** @return the parameter names, sorted */
  public Set<String> names() {
    return values.keySet();
  }

  /** @return every parameter and its value as written in a parameters file, sorted by name */
  public Map<String, String> asText() {
    Map<String, String> out = new TreeMap<>();
    values.forEach((k, v) -> out.put(k, v instanceof BigDecimal d ? d.toPlainString() : v.toString()));
    return out;
  }

  /**
   * @param name the parameter's name
   * @return its value as a decimal
   * @throws EvaluationException when there is no such decimal parameter
   */
  public BigDecimal decimal(String name) {
    return get(name, BigDecimal.class, "a decimal");
  }

  /**
   * @param name the parameter's name
   * @return its value as a ratio
   * @throws EvaluationException when there is no such ratio parameter
   */
  public Ratio ratio(String name) {
    return get(name, Ratio.class, "a ratio");
  }

  /**
   * @param name the parameter's name
   * @return its value as a rating
   * @throws EvaluationException when there is no such rating parameter
   */
  public Rating rating(String name) {
    return get(name, Rating.class, "a rating");
  }

  /**
   * @param name the parameter's name
   * @return its value as a rounding mode
   * @throws EvaluationException when there is no such rounding parameter
   */
  public RoundingMode rounding(String name) {
    return get(name, RoundingMode.class, "a rounding mode");
  }

  /**
   * @param name the parameter's name
   * @return its value as a boolean
   * @throws EvaluationException when there is no such boolean parameter
   */
  public boolean flag(String name) {
    return get(name, Boolean.class, "true or false");
  }

  private <T> T get(String name, Class<T> type, String what) {
    Object v = values.get(name);
    if (v == null) {
      throw new EvaluationException("The rule set has no parameter \"" + name + "\" (it has: "
          + String.join(", ", values.keySet()) + ")");
    }
    if (!type.isInstance(v)) {
      throw new EvaluationException("Parameter \"" + name + "\" is " + v + ", not " + what);
    }
    return type.cast(v);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Parameters p && p.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "Parameters" + asText();
  }
}
