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
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Unit(String id, String name, @Nullable Rating rating) {
  /**
   * Checks the required components.
   *
   * @param id the unit's identifier, unique in the input
   * @param name its name, e.g. "Huyện Sơn Dương"
   * @param rating the unit's own rating for the period, or {@code null} when it has none yet
   */
  public Unit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
