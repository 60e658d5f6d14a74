package vn.danhgia.evaluation.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the codes of a report mean under the rule set version that made it: its score components
 * (name and maximum), its flags (meaning) and how much each of its reasons weighs. A report carries
 * codes only; readers of the report that show it to people (the HTML report, a host's screens)
 * take the words from here, so that nothing about a policy is written in the library.
 *
 * <p>Get it from {@code CompiledRuleSet.terms()} (or {@code Evaluator.ruleSet(version).terms()}).
 * Immutable.
 */
public final class ReportTerms {
  private final Map<String, ComponentTerm> components;
  private final Map<String, Message> flags;
  private final Map<String, Severity> severities;

  private ReportTerms(Map<String, ComponentTerm> components, Map<String, Message> flags, Map<String, Severity> severities) {
    this.components = components;
    this.flags = flags;
    this.severities = severities;
  }

  /**
   * @param components the components, in the report's order
   * @param flags each flag's meaning, by code
   * @param severities each reason-giving rule's severity, by rule name
   * @return the terms
   * @throws IllegalArgumentException when two components have the same code
   */
  public static ReportTerms of(List<ComponentTerm> components, Map<String, Message> flags,
      Map<String, Severity> severities) {
    Map<String, ComponentTerm> byCode = new LinkedHashMap<>();
    for (ComponentTerm c : components) {
      if (byCode.put(c.code(), c) != null) {
        throw new IllegalArgumentException("two components have the code \"" + c.code() + "\"");
      }
    }
    return new ReportTerms(java.util.Collections.unmodifiableMap(byCode), Map.copyOf(flags), Map.copyOf(severities));
  }

  /** @return the components, in the report's order */
  public List<ComponentTerm> components() {
    return List.copyOf(components.values());
  }

  /**
   * @param code a component's code
   * @return the component, or empty when the rule set declares none of that code
   */
  public Optional<ComponentTerm> component(String code) {
    return Optional.ofNullable(components.get(code));
  }

  /**
   * @param code a flag's code
   * @return what it means, or empty when the rule set declares no such flag
   */
  public Optional<Message> flag(String code) {
    return Optional.ofNullable(flags.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * @param reason a reason of a report made with this rule set
   * @return the severity its rule declares; {@link Severity#INFORMATION} for a rule this rule set
   *     does not have
   */
  public Severity severity(Reason reason) {
    return severities.getOrDefault(reason.rule(), Severity.INFORMATION);
  }
}
