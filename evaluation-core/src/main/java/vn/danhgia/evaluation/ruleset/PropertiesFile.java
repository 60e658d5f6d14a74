package vn.danhgia.evaluation.ruleset;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code name = value} files of a rule set (manifest and parameters), read with their line
 * numbers so that every problem can name its line. UTF-8; {@code #} starts a comment line, and
 * {@code " #"} a trailing comment.
 *
 * <p>Bounded: a name has at most {@link RuleSetLimits#NAME_CHARS} characters, a file at most {@link
 * RuleSetLimits#PARAMETERS} entries (reading stops at the first one beyond, which is refused), and
 * text quoted in a message is cut short.
 */
final class PropertiesFile {
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

  record Entry(String name, String value, int line, int valueColumn) {}

  final List<Entry> entries = new ArrayList<>();
  final List<Diagnostic> problems = new ArrayList<>();

  static PropertiesFile parse(String file, byte[] content) {
    PropertiesFile out = new PropertiesFile();
    Set<String> seen = new HashSet<>();
    String[] lines = new String(content, StandardCharsets.UTF_8).split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = lines[i].indexOf('=');
      if (eq < 0) {
        out.problems.add(new Diagnostic(file, i + 1, 1, "expected 'name = value', found " + FileNames.shown(line)));
        continue;
      }
      String name = lines[i].substring(0, eq).strip();
      String value = lines[i].substring(eq + 1);
      int hash = value.indexOf(" #");
      value = (hash < 0 ? value : value.substring(0, hash)).strip();
      if (out.entries.size() == RuleSetLimits.PARAMETERS) {
        out.problems.add(new Diagnostic(file, i + 1, 1, "more than " + RuleSetLimits.PARAMETERS
            + " entries: a file has at most " + RuleSetLimits.PARAMETERS + ", and the rest is not read"));
        break;
      }
      if (name.length() > RuleSetLimits.NAME_CHARS) {
        out.problems.add(new Diagnostic(file, i + 1, 1, "a name of " + name.length() + " characters: a name has"
            + " at most " + RuleSetLimits.NAME_CHARS));
      } else if (!NAME.matcher(name).matches()) {
        out.problems.add(new Diagnostic(file, i + 1, 1, "not a name: " + FileNames.shown(name)));
      } else if (!seen.add(name)) {
        out.problems.add(new Diagnostic(file, i + 1, 1, "\"" + name + "\" is given twice"));
      } else {
        int valueAt = eq + 1;
        while (valueAt < lines[i].length() && Character.isWhitespace(lines[i].charAt(valueAt))) {
          valueAt++;
        }
        out.entries.add(new Entry(name, value, i + 1, valueAt + 1));
      }
    }
    return out;
  }

  /**
   * @param file the file the problems are in
   * @param problems problems, in order
   * @return the first {@link RuleSetLimits#LISTED_PROBLEMS} of them, and then one that counts the rest
   */
  static List<Diagnostic> capped(String file, List<Diagnostic> problems) {
    if (problems.size() <= RuleSetLimits.LISTED_PROBLEMS) {
      return problems;
    }
    List<Diagnostic> out = new ArrayList<>(problems.subList(0, RuleSetLimits.LISTED_PROBLEMS));
    int more = problems.size() - RuleSetLimits.LISTED_PROBLEMS;
    out.add(new Diagnostic(file, 0, 0, "and " + more + " more " + (more == 1 ? "problem" : "problems")
        + " in this file, not listed"));
    return out;
  }
}
