package vn.danhgia.evaluation.report;

import java.util.Objects;

/**
 * Which input a report was made from.
 *
 * @param sha256 the SHA-256, in lower-case hex, of the input's canonical form (see {@link
 *     vn.danhgia.evaluation.io.Interchange#canonicalInputSha256})
 */
public record InputIdentity(String sha256) {
  /**
   * Checks that the hash is not null.
   *
   * @param sha256 the SHA-256, in lower-case hex, of the input's canonical form (see {@link
   *     vn.danhgia.evaluation.io.Interchange#canonicalInputSha256})
   */
  public InputIdentity {
    Objects.requireNonNull(sha256, "sha256");
  }
}
