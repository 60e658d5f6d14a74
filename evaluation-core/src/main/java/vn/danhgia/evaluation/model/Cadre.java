package vn.danhgia.evaluation.model;

import java.util.List;
import java.util.Objects;

/**
 * A cadre (cán bộ) holding a position, the person evaluated.
 *
 * @param id the cadre's identifier, unique in the input
 * @param name the cadre's full name
 * @param position the code of the cadre's {@link Position}
 * @param leads the ids of the {@link Unit units} the cadre leads (đơn vị phụ trách); may be empty
 */
public record Cadre(String id, String name, String position, List<String> leads) {
  /**
   * Checks the required components and copies the list.
   *
   * @param id the cadre's identifier, unique in the input
   * @param name the cadre's full name
   * @param position the code of the cadre's {@link Position}
   * @param leads the ids of the {@link Unit units} the cadre leads (đơn vị phụ trách); may be empty
   */
  public Cadre {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(position, "position");
    leads = Lists.copy(leads);
  }
}
