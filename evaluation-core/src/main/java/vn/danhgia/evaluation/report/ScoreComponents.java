package vn.danhgia.evaluation.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The parts of a score, each rounded to 2 decimals, half up: the points of each component the rule
 * set declares ({@code components} in its manifest), in the order it declares them. The score is
 * their sum. In the report, an object of the components' codes, for instance {@code {"general":
 * 27.50, "annual": 40.00, …}}.
 *
 * <p>Immutable; two are equal when they have the same codes in the same order with equal points
 * (compared as {@link BigDecimal#equals}, scale included).
 */
public final class ScoreComponents {
  private final Map<String, BigDecimal> points;

  private ScoreComponents(Map<String, BigDecimal> points) {
    this.points = points;
  }

  /**
   * Components from their points, in the map's order of iteration.
   *
   * @param points each component's points by its code, in the rule set's order (a {@link
   *     LinkedHashMap}, or {@link Map#of} of one entry)
   * @return the components
   * @throws IllegalArgumentException when there is no component, or a code is blank
   * @throws NullPointerException when a code or a number is null
   */
  @JsonCreator
  public static ScoreComponents of(Map<String, BigDecimal> points) {
    Objects.requireNonNull(points, "points");
    if (points.isEmpty()) {
      throw new IllegalArgumentException("a score has at least one component");
    }
    Map<String, BigDecimal> copy = new LinkedHashMap<>();
    points.forEach((code, value) -> {
      Objects.requireNonNull(code, "code");
      if (code.isBlank()) {
        throw new IllegalArgumentException("a component's code is blank: \"" + code + "\"");
      }
      copy.put(code, Objects.requireNonNull(value, () -> "the points of component \"" + code + "\""));
    });
    return new ScoreComponents(Collections.unmodifiableMap(copy));
  }

  /** @return each component's points by its code, in the rule set's order; unmodifiable */
  @JsonValue
  public Map<String, BigDecimal> asMap() {
    return points;
  }

  /** @return the components' codes, in the rule set's order */
  public List<String> codes() {
    return List.copyOf(points.keySet());
  }

  /**
   * @param code a component's code, e.g. {@code general}
   * @return its points
   * @throws IllegalArgumentException when there is no such component, quoting the code and naming
   *     the components there are
   */
  public BigDecimal get(String code) {
    BigDecimal value = points.get(code);
    if (value == null) {
      throw new IllegalArgumentException("no score component \"" + code + "\"; the components are "
          + String.join(", ", points.keySet()));
    }
    return value;
  }

  /** @return the sum of the components */
  public BigDecimal total() {
    return points.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ScoreComponents c && List.copyOf(points.entrySet()).equals(List.copyOf(c.points.entrySet()));
  }

  @Override
  public int hashCode() {
    return points.hashCode();
  }

  /** @return {@code code points + code points …}, e.g. {@code general 27.50 + annual 40.00} */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    points.forEach((code, value) -> out.append(out.length() == 0 ? "" : " + ").append(code).append(' ')
        .append(value.toPlainString()));
    return out.toString();
  }
}
