package vn.danhgia.evaluation.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.report.CadreResult;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.report.Reason;
import vn.danhgia.evaluation.report.RuleSetIdentity;

/**
 * What changes between two evaluations of the same input, typically under two rule set versions:
 * every cadre whose rating, status, reasons or flags change, with both results, and the count of
 * cadres by rating transition ({@code EXCELLENT -> GOOD: 5}).
 *
 * <pre>{@code
 * VersionImpact impact = VersionImpact.compare(evaluator.evaluate(input, "2025.1"),
 *     evaluator.evaluate(input, "2025.2"));
 * impact.transitions().forEach((t, n) -> System.out.println(t + ": " + n));
 * }</pre>
 *
 * @param from the rule set of the first report
 * @param to the rule set of the second report
 * @param cadres how many cadres the two reports hold together
 * @param changes the cadres whose rating, status, reasons or flags change (or that only one report
 *     has), ordered by cadre id
 * @param scoreOnly the cadres whose score (or a component) changes and nothing else of the above,
 *     ordered by cadre id
 * @param transitions how many cadres went from each rating (or {@code INCOMPLETE}) to another,
 *     ordered from the highest first rating, only where the two differ
 */
public record VersionImpact(
    RuleSetIdentity from,
    RuleSetIdentity to,
    int cadres,
    List<CadreChange> changes,
    List<CadreChange> scoreOnly,
    Map<Transition, Integer> transitions) {

  /** What about a cadre changed. */
  public enum Change {
    /** Only one of the reports has the cadre. */
    PRESENCE,
    /** RATED became INCOMPLETE or the other way round. */
    STATUS,
    /** The rating. */
    RATING,
    /** The reasons (their codes and subjects). */
    REASONS,
    /** The flags. */
    FLAGS,
    /** The score or one of its components. */
    SCORE
  }

  /**
   * Checks the components and copies the collections.
   *
   * @param from the rating before, {@code INCOMPLETE} or {@code ABSENT}
   * @param to the rating after, {@code INCOMPLETE} or {@code ABSENT}
   * @param cadres how many cadres the two reports hold together
   * @param changes the cadres whose rating, status, reasons or flags change (or that only one
   *     report has), ordered by cadre id
   * @param scoreOnly the cadres whose score (or a component) changes and nothing else of the above,
   *     ordered by cadre id
   * @param transitions how many cadres went from each rating (or {@code INCOMPLETE}) to another,
   *     ordered from the highest first rating, only where the two differ
   */
  public VersionImpact {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    changes = List.copyOf(changes);
    scoreOnly = List.copyOf(scoreOnly);
    transitions = Collections.unmodifiableMap(new LinkedHashMap<>(transitions));
  }

  /**
   * Compares two reports, cadre by cadre.
   *
   * @param from the report before (e.g. under the version in force)
   * @param to the report after (e.g. under the proposed version)
   * @return what changed
   */
  public static VersionImpact compare(EvaluationReport from, EvaluationReport to) {
    Map<String, CadreResult> before = new TreeMap<>();
    from.results().forEach(r -> before.put(r.cadre(), r));
    Map<String, CadreResult> after = new TreeMap<>();
    to.results().forEach(r -> after.put(r.cadre(), r));
    TreeSet<String> ids = new TreeSet<>(before.keySet());
    ids.addAll(after.keySet());
    List<CadreChange> changes = new ArrayList<>();
    List<CadreChange> scoreOnly = new ArrayList<>();
    Map<Transition, Integer> counts = new TreeMap<>(Transition.ORDER);
    for (String id : ids) {
      CadreResult a = before.get(id);
      CadreResult b = after.get(id);
      Set<Change> what = differences(a, b);
      if (what.isEmpty()) {
        continue;
      }
      CadreChange change = new CadreChange(id, a, b, what);
      if (what.equals(EnumSet.of(Change.SCORE))) {
        scoreOnly.add(change);
      } else {
        changes.add(change);
      }
      Transition t = new Transition(CadreChange.state(a), CadreChange.state(b));
      if (!t.from().equals(t.to())) {
        counts.merge(t, 1, Integer::sum);
      }
    }
    return new VersionImpact(from.ruleSet(), to.ruleSet(), ids.size(), changes, scoreOnly, counts);
  }

  private static Set<Change> differences(@Nullable CadreResult a, @Nullable CadreResult b) {
    Set<Change> what = EnumSet.noneOf(Change.class);
    if (a == null || b == null) {
      what.add(Change.PRESENCE);
      return what;
    }
    if (a.status() != b.status()) {
      what.add(Change.STATUS);
    }
    if (a.rating() != b.rating()) {
      what.add(Change.RATING);
    }
    if (!reasonKeys(a).equals(reasonKeys(b))) {
      what.add(Change.REASONS);
    }
    if (!new TreeSet<>(a.flags()).equals(new TreeSet<>(b.flags()))) {
      what.add(Change.FLAGS);
    }
    if (!sameNumber(a.score(), b.score()) || !Objects.equals(a.components(), b.components())) {
      what.add(Change.SCORE);
    }
    return what;
  }

  private static boolean sameNumber(java.math.@Nullable BigDecimal a, java.math.@Nullable BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  private static List<String> reasonKeys(CadreResult r) {
    return r.reasons().stream().map(VersionImpact::key).sorted().toList();
  }

  private static String key(Reason r) {
    return r.code() + (r.subject() == null ? "" : " about " + r.subject());
  }

  /** @return whether anything changed at all, the score alone included */
  public boolean changed() {
    return !changes.isEmpty() || !scoreOnly.isEmpty();
  }

  /** @return how many cadres are the same in both reports */
  public int unchanged() {
    return cadres - changes.size() - scoreOnly.size();
  }

  /**
   * One cadre's two results.
   *
   * @param cadre the cadre's id
   * @param from the result in the first report, or {@code null} when it has none
   * @param to the result in the second report, or {@code null} when it has none
   * @param what what changed
   */
  public record CadreChange(String cadre, @Nullable CadreResult from, @Nullable CadreResult to, Set<Change> what) {
    /**
     * Checks the components and copies the set.
     *
     * @param from the rating before, {@code INCOMPLETE} or {@code ABSENT}
     * @param to the rating after, {@code INCOMPLETE} or {@code ABSENT}
     * @param cadre the cadre's id
     * @param what what changed
     */
    public CadreChange {
      Objects.requireNonNull(cadre, "cadre");
      what = Collections.unmodifiableSet(EnumSet.copyOf(what));
    }

    /** @return the rating before, {@code INCOMPLETE}, or {@code ABSENT} */
    public String fromState() {
      return state(from);
    }

    /** @return the rating after, {@code INCOMPLETE}, or {@code ABSENT} */
    public String toState() {
      return state(to);
    }

    /** @return the reasons the second result gives that the first does not */
    public List<Reason> reasonsAdded() {
      return minus(to, from);
    }

    /** @return the reasons the first result gives that the second does not */
    public List<Reason> reasonsRemoved() {
      return minus(from, to);
    }

    private static List<Reason> minus(@Nullable CadreResult a, @Nullable CadreResult b) {
      if (a == null) {
        return List.of();
      }
      List<String> others = b == null ? List.of() : new ArrayList<>(reasonKeys(b));
      List<Reason> out = new ArrayList<>();
      for (Reason r : a.reasons()) {
        if (!others.remove(key(r))) {
          out.add(r);
        }
      }
      return out;
    }

    static String state(@Nullable CadreResult r) {
      if (r == null) {
        return "ABSENT";
      }
      return r.rating() == null ? r.status().name() : r.rating().name();
    }
  }

  /**
   * A change of rating.
   *
   * @param from the rating before, {@code INCOMPLETE} or {@code ABSENT}
   * @param to the rating after, {@code INCOMPLETE} or {@code ABSENT}
   */
  public record Transition(String from, String to) {
    private static final List<String> RANK = List.of("EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED",
        "INCOMPLETE", "ABSENT");
    /** From the highest rating before, then the highest after. */
    static final Comparator<Transition> ORDER = Comparator.comparingInt((Transition t) -> RANK.indexOf(t.from))
        .thenComparingInt(t -> RANK.indexOf(t.to));

    /**
     * Checks that no component is null.
     *
     * @param from the rating before, {@code INCOMPLETE} or {@code ABSENT}
     * @param to the rating after, {@code INCOMPLETE} or {@code ABSENT}
     */
    public Transition {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }

    /** @return {@code FROM -> TO} */
    @Override
    public String toString() {
      return from + " -> " + to;
    }
  }
}
