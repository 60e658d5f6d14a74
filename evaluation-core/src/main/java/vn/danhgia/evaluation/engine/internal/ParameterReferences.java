package vn.danhgia.evaluation.engine.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonTokenStream;
import org.antlr.runtime.Token;
import org.drools.drl.parser.lang.DRL6Lexer;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.EvaluationException;
import vn.danhgia.evaluation.ruleset.Diagnostic;
import vn.danhgia.evaluation.ruleset.Parameters;
import vn.danhgia.evaluation.ruleset.RuleSetSource;

/**
 * Checks that the parameters a rule set's rules read are the ones its parameters file gives, before
 * the rules are served, whether they are compiled from their files or loaded from a precompiled
 * model (whose parameters may have been edited since it was built).
 *
 * <p>Every use of the global {@code params} in a rule file (conditions, {@code eval}s,
 * consequences, functions) must be a call {@code params.decimal("name")}, {@code ratio}, {@code
 * rating}, {@code rounding} or {@code flag}, whose argument is one string literal naming a parameter
 * whose value that accessor reads ({@link Parameters}: the call would succeed). Anything else is
 * refused, a name that is not a literal included, since only a literal name can be checked. Every
 * {@code {name}} placeholder of an {@code @vi} or {@code @en} message must be {@code {subject}} or
 * a parameter. A parameter neither read nor named by a message is a warning.
 *
 * <p>The rule files are read by the Drools DRL lexer (strings and comments are not code), which is
 * cheap: a few milliseconds for a shipped version. Every refusal is placed on the call's {@code
 * params} (or the placeholder's brace) by file, line and column; every warning on the parameter's
 * line of {@code parameters.properties} (line 0 in a {@code parameters.xlsx}).
 */
final class ParameterReferences {
  /** The accessors of {@link Parameters} rules read with, and what each reads. */
  private static final Map<String, String> ACCESSORS = Map.of("decimal", "a decimal", "ratio", "a ratio",
      "rating", "a rating", "rounding", "a rounding mode", "flag", "true or false");
  private static final List<String> ACCESSOR_ORDER = List.of("decimal", "ratio", "rating", "rounding", "flag");
  /** Words after which {@code params} is an expression, not a name being declared. */
  private static final Set<String> BEFORE_EXPRESSION = Set.of("return", "throw", "case", "else", "do", "yield",
      "assert", "new", "in", "from", "eval", "not", "exists", "forall", "instanceof");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)\\}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");
  /** At most this many refusals are listed; then one counts the rest. */
  private static final int LISTED = 100;
  /** Only the first so many unknown names get a "did you mean": each suggestion scans every parameter. */
  private static final int SUGGESTED = 20;

  private final Parameters parameters;
  private final List<Diagnostic> problems = new ArrayList<>();
  private final Set<String> read = new LinkedHashSet<>();
  private final Map<String, @Nullable String> suggestions = new HashMap<>();
  private final List<Diagnostic> warnings = new ArrayList<>();
  private int refused;

  private ParameterReferences(Parameters parameters) {
    this.parameters = parameters;
  }

  /**
   * Reads a rule set's rule files and matches what they read against its parameters.
   *
   * @param source a rule set
   * @return what was found
   */
  static ParameterReferences of(RuleSetSource source) {
    ParameterReferences check = new ParameterReferences(source.parameters());
    for (String file : source.manifest().rules()) {
      check.file(file, source.text(file));
    }
    if (check.refused > LISTED) {
      int more = check.refused - LISTED;
      check.problems.add(new Diagnostic(source.manifest().rules().get(0), 0, 0, "and " + more + " more "
          + (more == 1 ? "parameter reference" : "parameter references") + " refused, not listed"));
    }
    check.unread(source);
    return check;
  }

  /** @return every refusal, as file, line, column and message; empty when the references fit */
  List<Diagnostic> problems() {
    return List.copyOf(problems);
  }

  /** @return each parameter no rule reads and no message names, on its line of the parameters file */
  List<Diagnostic> warnings() {
    return List.copyOf(warnings);
  }

  private void file(String file, String text) {
    DRL6Lexer lexer = new DRL6Lexer(new ANTLRStringStream(text));
    CommonTokenStream stream = new CommonTokenStream(lexer);
    stream.fill();
    List<Token> tokens = new ArrayList<>();
    for (Object o : stream.getTokens()) {
      Token t = (Token) o;
      if (t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != Token.EOF) {
        tokens.add(t);
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.getType() == DRL6Lexer.ID && t.getText().equals("params")) {
        params(file, tokens, i);
      } else if (t.getType() == DRL6Lexer.AT && is(tokens, i + 1, DRL6Lexer.ID)
          && Set.of("vi", "en").contains(tokens.get(i + 1).getText()) && is(tokens, i + 2, DRL6Lexer.LEFT_PAREN)) {
        for (int j = i + 3; j < tokens.size() && tokens.get(j).getType() != DRL6Lexer.RIGHT_PAREN; j++) {
          if (tokens.get(j).getType() == DRL6Lexer.STRING) {
            placeholders(file, tokens.get(j));
          }
        }
      }
    }
  }

  /** One occurrence of {@code params} at {@code i}. */
  private void params(String file, List<Token> tokens, int i) {
    Token at = tokens.get(i);
    if (i > 0 && (is(tokens, i - 1, DRL6Lexer.DOT) || is(tokens, i - 1, DRL6Lexer.NULL_SAFE_DOT))) {
      return; // a member of something else
    }
    if (is(tokens, i + 1, DRL6Lexer.DOT) && is(tokens, i + 2, DRL6Lexer.ID)) {
      String accessor = tokens.get(i + 2).getText();
      if (!ACCESSORS.containsKey(accessor) || !is(tokens, i + 3, DRL6Lexer.LEFT_PAREN)) {
        refuse(file, at, "params." + accessor + " is not a parameter read; rules read parameters only as"
            + " params.decimal(\"name\"), params.ratio, params.rating, params.rounding or params.flag, so that"
            + " every name can be checked");
      } else if (is(tokens, i + 4, DRL6Lexer.STRING) && is(tokens, i + 5, DRL6Lexer.RIGHT_PAREN)
          && tokens.get(i + 4).getText().startsWith("\"")) {
        String literal = tokens.get(i + 4).getText();
        reads(file, at, accessor, literal.substring(1, literal.length() - 1));
      } else {
        refuse(file, at, "params." + accessor + "(…) is given a name that is not a string literal; write the"
            + " parameter's name in quotes, params." + accessor + "(\"name\"), so that it can be checked");
      }
      return;
    }
    if (i > 0 && is(tokens, i - 1, DRL6Lexer.ID) && !BEFORE_EXPRESSION.contains(tokens.get(i - 1).getText())) {
      return; // declared: global Parameters params; a function's parameter
    }
    refuse(file, at, "params is used other than as params.decimal(\"name\") (or ratio, rating, rounding, flag);"
        + " a parameter read any other way cannot be checked");
  }

  private void reads(String file, Token at, String accessor, String name) {
    read.add(name);
    if (!parameters.names().contains(name)) {
      String near = suggestion(name);
      refuse(file, at, "parameter \"" + name + "\" is not defined in " + Parameters.FILE
          + (near == null ? "" : " (did you mean \"" + near + "\"?)"));
    } else if (!fits(accessor, name)) {
      String kind = ACCESSOR_ORDER.stream().filter(a -> fits(a, name)).map(ACCESSORS::get).findFirst().orElse("?");
      refuse(file, at, "parameter \"" + name + "\" is read as " + ACCESSORS.get(accessor) + " (params." + accessor
          + ") but its value \"" + parameters.asText().get(name) + "\" is not one (it is " + kind + ")");
    }
  }

  /** The placeholders of one message: each must be {@code {subject}} or a parameter. */
  private void placeholders(String file, Token string) {
    String text = string.getText();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      String name = m.group(1);
      if (name.equals("subject") || !NAME.matcher(name).matches()) {
        continue; // text in braces that is no name is left as it is
      }
      read.add(name);
      if (!parameters.names().contains(name)) {
        String near = suggestion(name);
        int line = string.getLine();
        int column = string.getCharPositionInLine() + 1;
        for (int k = 0; k < m.start(); k++) {
          if (text.charAt(k) == '\n') {
            line++;
            column = 1;
          } else {
            column++;
          }
        }
        refuse(new Diagnostic(file, line, column, "message placeholder {" + name + "} names no parameter of "
            + Parameters.FILE + (near == null ? "" : " (did you mean {" + near + "}?)")
            + "; a placeholder is {subject} or a parameter's name"));
      }
    }
  }

  private boolean fits(String accessor, String name) {
    try {
      switch (accessor) {
        case "decimal" -> parameters.decimal(name);
        case "ratio" -> parameters.ratio(name);
        case "rating" -> parameters.rating(name);
        case "rounding" -> parameters.rounding(name);
        default -> parameters.flag(name);
      }
      return true;
    } catch (EvaluationException e) {
      return false;
    }
  }

  private @Nullable String suggestion(String name) {
    if (!suggestions.containsKey(name)) {
      suggestions.put(name, suggestions.size() < SUGGESTED ? nearest(name, parameters.names()) : null);
    }
    return suggestions.get(name);
  }

  /** @return the name at the smallest edit distance, if it is small for the name's length */
  static @Nullable String nearest(String name, Set<String> names) {
    int most = Math.max(1, Math.min(3, name.length() / 4));
    String best = null;
    int bestDistance = most + 1;
    for (String candidate : names) {
      int d = distance(name, candidate, bestDistance - 1);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  /**
   * The Levenshtein distance between two texts, computed only up to a bound.
   *
   * @return the distance, or {@code bound + 1} when it is larger than the bound
   */
  static int distance(String a, String b, int bound) {
    if (Math.abs(a.length() - b.length()) > bound) {
      return bound + 1;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin > bound) {
        return bound + 1;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return Math.min(previous[b.length()], bound + 1);
  }

  /** A warning for each parameter nothing reads, on its line of {@code parameters.properties}. */
  private void unread(RuleSetSource source) {
    Map<String, Integer> lines = new HashMap<>();
    read.addAll(source.parametersNamedByManifest());
    boolean spreadsheet = !source.files().containsKey(Parameters.FILE);
    if (!spreadsheet) {
      String[] text = source.text(Parameters.FILE).split("\r?\n", -1);
      for (int i = 0; i < text.length; i++) {
        int eq = text[i].indexOf('=');
        String line = text[i].strip();
        if (eq >= 0 && !line.startsWith("#")) {
          lines.putIfAbsent(text[i].substring(0, eq).strip(), i + 1);
        }
      }
    }
    for (String name : parameters.names()) {
      if (!read.contains(name)) {
        warnings.add(new Diagnostic(spreadsheet ? Parameters.SPREADSHEET_FILE : Parameters.FILE,
            lines.getOrDefault(name, 0), 0, "parameter \"" + name + "\" is not read by any rule nor named by any"
            + " message"));
      }
    }
  }

  private void refuse(String file, Token at, String message) {
    refuse(new Diagnostic(file, at.getLine(), at.getCharPositionInLine() + 1, message));
  }

  private void refuse(Diagnostic d) {
    if (++refused <= LISTED) {
      problems.add(d);
    }
  }

  private static boolean is(List<Token> tokens, int i, int type) {
    return i >= 0 && i < tokens.size() && tokens.get(i).getType() == type;
  }
}
