package vn.danhgia.evaluation.ruleset;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What may be a rule file's name in a manifest, and a folder's path in a rule set index: plain names
 * inside the folder, so that no name can reach another file (no separator, no {@code ..}, no
 * absolute path or drive letter, no control character, no device name of Windows), and a rule file
 * is always a DRL file for Drools ({@code .drl}, never a resource configuration, a decision table, a
 * DSL or Java source, which Drools would recognise by their endings).
 */
final class FileNames {
  /** Letters, digits, {@code -} and {@code _}, in parts joined by single dots, ending in {@code .drl}. */
  private static final Pattern RULE_FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*\\.drl");
  /** One segment of a folder's path in a jar or on the classpath. */
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*");
  /** Names Windows opens as devices, whatever follows their first dot. */
  private static final Set<String> DEVICES = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
      "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");
  private static final int SHOWN_CHARS = 80;

  private FileNames() {}

  /**
   * @param name a name listed in a manifest's {@code rules}
   * @return why it cannot be a rule file's name, or null when it can
   */
  static @Nullable String ruleFileProblem(String name) {
    if (name.isEmpty()) {
      return "an empty file name (two commas in a row, or one at the end)";
    }
    if (name.length() > RuleSetLimits.FILE_NAME_CHARS) {
      return "a file name of " + name.length() + " characters; a rule file's name has at most "
          + RuleSetLimits.FILE_NAME_CHARS;
    }
    if (name.chars().anyMatch(c -> Character.isISOControl(c) || c == 0x7f)) {
      return "a file name with a control character";
    }
    if (name.contains("/") || name.contains("\\")) {
      return "a path, not a file name: a rule file lies in the rule set's own folder, so its name has no / or \\";
    }
    if (name.contains("..")) {
      return "a name with \"..\": a rule file lies in the rule set's own folder";
    }
    if (name.indexOf(':') >= 0) {
      return "a name with \":\" (a drive letter or a stream name): a rule file lies in the rule set's own folder";
    }
    if (!name.endsWith(".drl")) {
      return "not a rule file: a rule file's name ends in .drl (Drools would read any other kind of file"
          + " differently: as a resource configuration, a decision table, a DSL, Java source …)";
    }
    if (!RULE_FILE.matcher(name).matches()) {
      return "not a plain file name: a rule file's name is letters, digits, '-' and '_', in parts joined by"
          + " single dots, ending in .drl (e.g. 02-score.drl)";
    }
    if (DEVICES.contains(name.substring(0, name.indexOf('.')).toLowerCase(Locale.ROOT))) {
      return "a name that Windows reserves for a device";
    }
    return null;
  }

  /**
   * @param folder a folder inside a jar or on the classpath, e.g. {@code rulesets/leaders/2025.1}
   * @return why it cannot be one, or null when it can
   */
  static @Nullable String folderProblem(String folder) {
    String path = folder.startsWith("/") ? folder.substring(1) : folder;
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    if (path.isEmpty()) {
      return "an empty folder name";
    }
    for (String segment : path.split("/", -1)) {
      if (segment.length() > RuleSetLimits.FILE_NAME_CHARS || !SEGMENT.matcher(segment).matches()
          || segment.contains("..")) {
        return "not a plain folder path: each of its parts is letters, digits, '-', '_' and single dots,"
            + " separated by '/' (no \"..\", no \"\\\", no control character)";
      }
    }
    return null;
  }

  /**
   * @param name a name as found, possibly hostile
   * @return the name, quoted, safe to print on one line: control characters and other invisible
   *     characters as {@code \\uXXXX}, cut after 80 characters
   */
  static String shown(String name) {
    StringBuilder out = new StringBuilder("\"");
    int count = 0;
    for (int i = 0; i < name.length() && count < SHOWN_CHARS; i++, count++) {
      char c = name.charAt(i);
      if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
          || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR
          || Character.isSurrogate(c) || c == '"' || c == '\\') {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
    if (name.length() > SHOWN_CHARS) {
      out.append(" (").append(String.format(Locale.ROOT, "%,d", name.length())).append(" characters)");
    }
    return out.toString();
  }

  /**
   * @param name a name as found
   * @return the name itself when it is printable as it is, otherwise {@link #shown} without quotes
   *     and with {@code :} escaped too, so that it can stand as a diagnostic's file
   */
  static String asFile(String name) {
    String shown = shown(name);
    String bare = shown.substring(1, shown.lastIndexOf('"')).replace(":", "\\u003a");
    return bare.equals(name) ? name : bare;
  }
}
