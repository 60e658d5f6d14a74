package vn.danhgia.evaluation.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A unit or locality (đơn vị, địa phương) that a cadre leads, such as a district or a department.
 *
 * @param id the unit's identifier, unique in the input
 * @param name its name, e.g. "Huyện Sơn Dương"
 * @param rating the unit's own rating for the period, or {@code null} when it has none yet
 * @param corruptionFinding whether the unit was handled for corruption or waste in the period (a
 *     unit under a leader's direct management); written only when true
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Unit(
    String id,
    String name,
    @Nullable Rating rating,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean corruptionFinding) {
  /**
   * Checks the required components.
   *
   * @param id the unit's identifier, unique in the input
   * @param name its name, e.g. "Huyện Sơn Dương"
   * @param rating the unit's own rating for the period, or {@code null} when it has none yet
   * @param corruptionFinding whether the unit was handled for corruption or waste in the period
   */
  public Unit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }

  /**
   * A unit without a corruption finding.
   *
   * @param id the unit's identifier, unique in the input
   * @param name its name, e.g. "Huyện Sơn Dương"
   * @param rating the unit's own rating for the period, or {@code null} when it has none yet
   */
  public Unit(String id, String name, @Nullable Rating rating) {
    this(id, name, rating, false);
  }
}
