package vn.danhgia.evaluation.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An assessment of a cadre against the general criteria (đánh giá theo tiêu chí chung: political
 * quality, ethics, discipline …), worth 0 to 30 points.
 *
 * @param cadre the id of the cadre assessed
 * @param by who assessed: the cadre (self), the collective or the superior
 * @param generalPoints the points given, 0 to 30
 */
public record Assessment(String cadre, AssessorRole by, BigDecimal generalPoints) {
  /**
   * Checks that no component is null.
   *
   * @param cadre the id of the cadre assessed
   * @param by who assessed: the cadre (self), the collective or the superior
   * @param generalPoints the points given, 0 to 30
   */
  public Assessment {
    Objects.requireNonNull(cadre, "cadre");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(generalPoints, "generalPoints");
  }
}
