package vn.danhgia.evaluation.ruleset;

/**
 * The bounds on what a rule set version may hold, checked when it is read, before any of it is
 * parsed or compiled (see "What a rule folder may contain" in {@code docs/rule-authoring.md}).
 * Every bound is on what is read, so that a hostile folder, jar or classpath entry can neither
 * block a read nor exhaust memory: a file is read through a bounded reader, never whole.
 */
final class RuleSetLimits {
  /** The manifest, {@code ruleset.properties}, in bytes. */
  static final int MANIFEST_BYTES = 64 * 1024;
  /** One rule file, in bytes. */
  static final int RULE_FILE_BYTES = 1024 * 1024;
  /** All rule files of a version together, in bytes. */
  static final int RULE_SET_BYTES = 4 * 1024 * 1024;
  /** The number of rule files a manifest may list. */
  static final int RULE_FILES = 256;
  /** A rule file's name, in characters. */
  static final int FILE_NAME_CHARS = 100;
  /** {@code parameters.properties} or {@code parameters.xlsx} as stored, in bytes. */
  static final int PARAMETERS_BYTES = 1024 * 1024;
  /** All the entries of {@code parameters.xlsx} (a zip) once uncompressed, in bytes. */
  static final int SPREADSHEET_UNCOMPRESSED_BYTES = 8 * 1024 * 1024;
  /** The number of entries in {@code parameters.xlsx} (a zip). */
  static final int SPREADSHEET_ENTRIES = 1000;
  /** The number of parameters (lines of the properties file, rows of the sheet). */
  static final int PARAMETERS = 10_000;
  /** A parameter's (or manifest entry's) name, in characters. */
  static final int NAME_CHARS = 100;
  /** A parameter's value as written, in characters. */
  static final int VALUE_CHARS = 64;
  /** A decimal parameter's significant digits. */
  static final int DECIMAL_DIGITS = 30;
  /** A decimal parameter's digits after the point (its scale). */
  static final int DECIMAL_SCALE = 20;
  /** The digits of each term of a ratio parameter. */
  static final int RATIO_DIGITS = 9;
  /** The problems of one file listed in a refusal; the rest are counted. */
  static final int LISTED_PROBLEMS = 100;
  /** The entries of a version folder (a folder with more is refused unread). */
  static final int FOLDER_ENTRIES = 1000;
  /** A jar's or the classpath's index of rule set folders, in bytes. */
  static final int INDEX_BYTES = 64 * 1024;

  private RuleSetLimits() {}

  /** @return a byte count in words: {@code 1 MiB}, {@code 64 KiB}, {@code 812 bytes} */
  static String bytes(long n) {
    if (n >= 1024 * 1024 && n % (1024 * 1024) == 0) {
      return n / (1024 * 1024) + " MiB";
    }
    if (n >= 1024 && n % 1024 == 0) {
      return n / 1024 + " KiB";
    }
    return String.format(java.util.Locale.ROOT, "%,d bytes", n);
  }
}
