package vn.danhgia.evaluation.repository;

import java.util.List;
import vn.danhgia.evaluation.ruleset.Diagnostic;

/**
 * What one reload came to.
 *
 * @param accepted whether the folder's rules were accepted and now serve
 * @param generation the generation serving after the reload
 * @param versions the versions serving, with their SHA-256 prefix, e.g. {@code 2025.1@3fa2c1d0}
 * @param diagnostics why the change was refused; empty when accepted
 */
public record ReloadOutcome(boolean accepted, long generation, List<String> versions, List<Diagnostic> diagnostics) {
  /**
   * Copies the lists.
   *
   * @param accepted whether the folder's rules were accepted and now serve
   * @param generation the generation serving after the reload
   * @param versions the versions serving, with their SHA-256 prefix, e.g. {@code 2025.1@3fa2c1d0}
   * @param diagnostics why the change was refused; empty when accepted
   */
  public ReloadOutcome {
    versions = List.copyOf(versions);
    diagnostics = List.copyOf(diagnostics);
  }
}
