package vn.danhgia.evaluation.report;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A score component as the rule set that made a report declares it.
 *
 * @param code the key of the report's {@code components}, e.g. {@code general}
 * @param max the most points it gives under the rule set's parameters
 * @param name what it is called
 */
public record ComponentTerm(String code, BigDecimal max, Message name) {
  /**
   * Checks that no part is null.
   *
   * @param code the key of the report's {@code components}, e.g. {@code general}
   * @param max the most points it gives under the rule set's parameters
   * @param name what it is called
   */
  public ComponentTerm {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(name, "name");
  }
}
