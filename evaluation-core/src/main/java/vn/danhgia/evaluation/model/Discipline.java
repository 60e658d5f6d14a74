package vn.danhgia.evaluation.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A disciplinary measure (kỷ luật) against a cadre.
 *
 * @param cadre the id of the cadre disciplined
 * @param form the form, from reprimand to expulsion
 * @param effective the day it took effect
 * @param selfRemedied whether the cadre remedied the consequences on their own initiative (chủ động
 *     khắc phục hậu quả), which some rule set versions treat leniently
 */
public record Discipline(
    String cadre, DisciplineForm form, LocalDate effective, boolean selfRemedied) {
  /**
   * Checks the required components.
   *
   * @param cadre the id of the cadre disciplined
   * @param form the form, from reprimand to expulsion
   * @param effective the day it took effect
   * @param selfRemedied whether the cadre remedied the consequences on their own initiative (chủ
   *     động khắc phục hậu quả), which some rule set versions treat leniently
   */
  public Discipline {
    Objects.requireNonNull(cadre, "cadre");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(effective, "effective");
  }
}
