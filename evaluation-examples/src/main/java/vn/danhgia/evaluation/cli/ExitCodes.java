package vn.danhgia.evaluation.cli;

/** The exit codes of the command line, as the interchange contract fixes them. */
final class ExitCodes {
  /** The command did what was asked. */
  static final int OK = 0;
  /** A check failed: a scenario test, or a diff asked to fail on changes. */
  static final int CHECK_FAILED = 1;
  /** Invalid input, a usage error, or an output that cannot be written. */
  static final int INVALID = 2;
  /** Rule files that do not compile, break the rule policy, or fail while running. */
  static final int RULES = 3;
  /** Something the tool did not expect: a bug (sysexits' EX_SOFTWARE). */
  static final int INTERNAL = 70;

  private ExitCodes() {}
}
