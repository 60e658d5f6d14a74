package vn.danhgia.evaluation.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.model.Rating;
import vn.danhgia.evaluation.report.CadreResult;
import vn.danhgia.evaluation.report.Reason;
import vn.danhgia.evaluation.report.ResultStatus;
import vn.danhgia.evaluation.scenario.ExpectationFailure.Aspect;

/**
 * What one cadre's result must be. Every part is optional: {@code null} (or an empty list, for
 * {@code reasons} and {@code notReasons}) is not checked. Immutable; build one with {@link #any()}
 * and the {@code with…} methods.
 *
 * @param status the status, or {@code null}
 * @param rating the rating, or {@code null}
 * @param score the score, compared as a decimal ({@code 86.25} equals {@code 86.250}), or {@code null}
 * @param reasons reason codes that must be among the result's reasons
 * @param notReasons reason codes that must not be among them
 * @param flags the result's flags exactly, in any order ({@code []}: no flag), or {@code null}
 * @param exactReasons whether the result's distinct reason codes must be exactly {@code reasons}
 */
public record Expectation(
    @Nullable ResultStatus status,
    @Nullable Rating rating,
    @Nullable BigDecimal score,
    List<String> reasons,
    List<String> notReasons,
    @Nullable List<String> flags,
    boolean exactReasons) {

  /**
   * Copies the lists.
   *
   * @param status the status, or {@code null}
   * @param rating the rating, or {@code null}
   * @param score the score, compared as a decimal ({@code 86.25} equals {@code 86.250}), or {@code
   *     null}
   * @param reasons reason codes that must be among the result's reasons
   * @param notReasons reason codes that must not be among them
   * @param flags the result's flags exactly, in any order ({@code []}: no flag), or {@code null}
   * @param exactReasons whether the result's distinct reason codes must be exactly {@code reasons}
   */
  public Expectation {
    reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
    notReasons = List.copyOf(Objects.requireNonNull(notReasons, "notReasons"));
    flags = flags == null ? null : List.copyOf(flags);
  }

  /** @return an expectation that checks nothing yet */
  public static Expectation any() {
    return new Expectation(null, null, null, List.of(), List.of(), null, false);
  }

  /**
   * @param s the status expected
   * @return a copy that expects it
   */
  public Expectation withStatus(ResultStatus s) {
    return new Expectation(s, rating, score, reasons, notReasons, flags, exactReasons);
  }

  /**
   * @param r the rating expected (the status is then RATED)
   * @return a copy that expects it
   */
  public Expectation withRating(Rating r) {
    return new Expectation(status, r, score, reasons, notReasons, flags, exactReasons);
  }

  /**
   * @param s the score expected, e.g. {@code "86.25"}
   * @return a copy that expects it
   */
  public Expectation withScore(String s) {
    return new Expectation(status, rating, new BigDecimal(s), reasons, notReasons, flags, exactReasons);
  }

  /**
   * @param codes reason codes that must be given
   * @return a copy that expects them too
   */
  public Expectation withReasons(String... codes) {
    List<String> all = new ArrayList<>(reasons);
    all.addAll(List.of(codes));
    return new Expectation(status, rating, score, all, notReasons, flags, exactReasons);
  }

  /**
   * @param codes reason codes that must not be given
   * @return a copy that expects them absent too
   */
  public Expectation withoutReasons(String... codes) {
    List<String> all = new ArrayList<>(notReasons);
    all.addAll(List.of(codes));
    return new Expectation(status, rating, score, reasons, all, flags, exactReasons);
  }

  /**
   * @param codes every flag expected ({@code none}: no flag)
   * @return a copy that expects exactly these flags
   */
  public Expectation withFlags(String... codes) {
    return new Expectation(status, rating, score, reasons, notReasons, List.of(codes), exactReasons);
  }

  /** @return a copy that expects exactly the reason codes of {@link #reasons()}, no other */
  public Expectation withExactReasons() {
    return new Expectation(status, rating, score, reasons, notReasons, flags, true);
  }

  /**
   * Checks a cadre's result.
   *
   * @param result the result, or {@code null} when the report has none for the cadre
   * @param cadre the cadre's id
   * @return every expectation the result does not meet; empty when it meets them all
   */
  public List<ExpectationFailure> check(String cadre, @Nullable CadreResult result) {
    List<ExpectationFailure> out = new ArrayList<>();
    if (result == null) {
      out.add(new ExpectationFailure(cadre, Aspect.RESULT, "a result for cadre " + cadre, "none", List.of()));
      return out;
    }
    List<Reason> given = result.reasons();
    if (status != null && status != result.status()) {
      out.add(new ExpectationFailure(cadre, Aspect.STATUS, status.name(), result.status().name(), given));
    }
    if (rating != null && rating != result.rating()) {
      out.add(new ExpectationFailure(cadre, Aspect.RATING, rating.name(),
          result.rating() == null ? "no rating (" + result.status() + ")" : result.rating().name(), given));
    }
    if (score != null && (result.score() == null || score.compareTo(result.score()) != 0)) {
      out.add(new ExpectationFailure(cadre, Aspect.SCORE, score.toPlainString(),
          result.score() == null ? "no score (" + result.status() + ")" : result.score().toPlainString(), given));
    }
    Set<String> codes = new LinkedHashSet<>();
    given.forEach(r -> codes.add(r.code()));
    List<String> missing = reasons.stream().filter(c -> !codes.contains(c)).toList();
    if (!missing.isEmpty()) {
      out.add(new ExpectationFailure(cadre, Aspect.REASONS, "reason" + (missing.size() == 1 ? " " : "s ")
          + String.join(", ", missing), codesText(codes), given));
    }
    List<String> unwanted = notReasons.stream().filter(codes::contains).toList();
    if (!unwanted.isEmpty()) {
      out.add(new ExpectationFailure(cadre, Aspect.NOT_REASONS, "no reason " + String.join(", ", unwanted),
          codesText(codes), given));
    }
    if (exactReasons && !new TreeSet<>(codes).equals(new TreeSet<>(reasons))) {
      out.add(new ExpectationFailure(cadre, Aspect.EXACT_REASONS, "exactly " + codesText(new TreeSet<>(reasons)),
          codesText(new TreeSet<>(codes)), given));
    }
    if (flags != null && !new TreeSet<>(flags).equals(new TreeSet<>(result.flags()))) {
      out.add(new ExpectationFailure(cadre, Aspect.FLAGS, flagsText(new TreeSet<>(flags)),
          flagsText(new TreeSet<>(result.flags())), given));
    }
    return out;
  }

  private static String codesText(Set<String> codes) {
    return codes.isEmpty() ? "no reason" : "reasons " + String.join(", ", codes);
  }

  private static String flagsText(Set<String> flags) {
    return flags.isEmpty() ? "no flag" : "flags " + String.join(", ", flags);
  }
}
