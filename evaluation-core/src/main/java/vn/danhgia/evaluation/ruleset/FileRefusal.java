package vn.danhgia.evaluation.ruleset;

/**
 * A file of a rule set that was found but not read, and why: a symbolic link, a device, a pipe, a
 * folder, or more bytes than its limit. Carries no stack trace: it becomes a {@link Diagnostic}.
 */
final class FileRefusal extends Exception {
  private static final long serialVersionUID = 1L;

  FileRefusal(String why) {
    super(why, null, false, false);
  }
}
