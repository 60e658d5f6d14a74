package vn.danhgia.evaluation.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.model.Rating;

/**
 * The evaluation of one cadre.
 *
 * @param cadre the cadre's id
 * @param status rated, or incomplete when the data does not allow a rating
 * @param rating the rating, or {@code null} when incomplete
 * @param label the rating's Vietnamese label in the rule set applied, or {@code null}
 * @param score the score, 0 to 100 with 2 decimals, or {@code null} when incomplete
 * @param components the score's components, or {@code null} when incomplete
 * @param reasons every reason the criteria give, in the order of the criteria
 * @param flags the flags raised (codes such as {@code REMOVE_FROM_PLANNING}), sorted
 * @param reviews the cadre's figures in each review of the period, in the period's order, in a
 *     version whose results carry reviews; else null (and absent from the report)
 * @param nextBand the band above the score ({@link NextBand#NONE} when there is none), in a version
 *     whose results carry it; else null (and absent from the report)
 * @param work how each task and order counted, ordered by kind then id
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CadreResult(
    String cadre,
    ResultStatus status,
    @Nullable Rating rating,
    @Nullable String label,
    @Nullable BigDecimal score,
    @Nullable ScoreComponents components,
    List<Reason> reasons,
    List<String> flags,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<ReviewResult> reviews,
    @JsonInclude(JsonInclude.Include.NON_NULL) @JsonDeserialize(using = NextBandReader.class) @Nullable NextBand nextBand,
    List<WorkOutcome> work) {
  /**
   * Checks the required components and copies the lists.
   *
   * @param cadre the cadre's id
   * @param status rated, or incomplete when the data does not allow a rating
   * @param rating the rating, or {@code null} when incomplete
   * @param label the rating's Vietnamese label in the rule set applied, or {@code null}
   * @param score the score, 0 to 100 with 2 decimals, or {@code null} when incomplete
   * @param components the score's components, or {@code null} when incomplete
   * @param reasons every reason the criteria give, in the order of the criteria
   * @param flags the flags raised (codes such as {@code REMOVE_FROM_PLANNING}), sorted
   * @param reviews the figures of each review, or null in a version without reviews
   * @param nextBand the band above the score, or null in a version that does not report it
   * @param work how each task and order counted, ordered by kind then id
   */
  public CadreResult {
    Objects.requireNonNull(cadre, "cadre");
    Objects.requireNonNull(status, "status");
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
    flags = flags == null ? List.of() : List.copyOf(flags);
    work = work == null ? List.of() : List.copyOf(work);
    reviews = reviews == null ? null : List.copyOf(reviews);
  }

  /**
   * A result of a version whose results carry neither reviews nor a next band.
   *
   * @param cadre the cadre's id
   * @param status rated, or incomplete when the data does not allow a rating
   * @param rating the rating, or {@code null} when incomplete
   * @param label the rating's Vietnamese label in the rule set applied, or {@code null}
   * @param score the score, 0 to 100 with 2 decimals, or {@code null} when incomplete
   * @param components the score's components, or {@code null} when incomplete
   * @param reasons every reason the criteria give, in the order of the criteria
   * @param flags the flags raised, sorted
   * @param work how each task and order counted, ordered by kind then id
   */
  public CadreResult(String cadre, ResultStatus status, @Nullable Rating rating, @Nullable String label,
      @Nullable BigDecimal score, @Nullable ScoreComponents components, List<Reason> reasons, List<String> flags,
      List<WorkOutcome> work) {
    this(cadre, status, rating, label, score, components, reasons, flags, null, null, work);
  }

  /**
   * @param code a reason code
   * @return whether this result gives that reason
   */
  public boolean hasReason(String code) {
    return reasons.stream().anyMatch(r -> r.code().equals(code));
  }
}
