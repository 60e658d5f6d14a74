package vn.danhgia.evaluation.report;

import java.util.Objects;

/**
 * Which rule set produced a report.
 *
 * @param id the rule set's id, e.g. {@code leaders}
 * @param version its version, e.g. {@code 2019.1}
 * @param sha256 the SHA-256, in lower-case hex, over its files (names and contents)
 */
public record RuleSetIdentity(String id, String version, String sha256) {
  /**
   * Checks that no component is null.
   *
   * @param id the rule set's id, e.g. {@code leaders}
   * @param version its version, e.g. {@code 2019.1}
   * @param sha256 the SHA-256, in lower-case hex, over its files (names and contents)
   */
  public RuleSetIdentity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(sha256, "sha256");
  }
}
