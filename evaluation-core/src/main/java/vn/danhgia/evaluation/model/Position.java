package vn.danhgia.evaluation.model;

import java.util.Objects;

/**
 * A leadership position (chức danh) managed by the standing committee, e.g. "Bí thư Huyện ủy".
 *
 * @param code the position's code, unique in the input
 * @param title its title in Vietnamese
 * @param group the peer group (nhóm chức danh) within which ratings are compared and the quota of
 *     excellent ratings applies
 * @param mustRegisterBreakthrough whether the holder must register a breakthrough task (bắt buộc
 *     đăng ký việc đột phá)
 */
public record Position(String code, String title, String group, boolean mustRegisterBreakthrough) {
  /**
   * Checks the required components.
   *
   * @param code the position's code, unique in the input
   * @param title its title in Vietnamese
   * @param group the peer group (nhóm chức danh) within which ratings are compared and the quota of
   *     excellent ratings applies
   * @param mustRegisterBreakthrough whether the holder must register a breakthrough task (bắt buộc
   *     đăng ký việc đột phá)
   */
  public Position {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(group, "group");
  }
}
