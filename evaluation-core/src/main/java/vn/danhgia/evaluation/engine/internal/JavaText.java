package vn.danhgia.evaluation.engine.internal;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Java-like text as the rule-code check reads it before (or besides) parsing: its tokens, its lines,
 * and a Java 17 parser.
 */
final class JavaText {
  private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
      "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
      "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
      "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
      "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
      "void", "volatile", "while", "true", "false", "null");

  private JavaText() {}

  /** A token of Java-like text: i identifier, k keyword, s string or character, n number, p punctuation. */
  record Token(char kind, String text, int at) {}

  /** A Java 17 parser (a new one each time: a parser is not thread-safe). */
  static JavaParser parser() {
    return new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
        .setTabSize(1).setAttributeComments(false));
  }

  /** Splits Java-like text into tokens, skipping blanks and comments. */
  static List<Token> lex(String s) {
    List<Token> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      int start = i;
      if (Character.isWhitespace(c)) {
        i++;
      } else if (s.startsWith("//", i)) {
        while (i < n && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
          i++;
        }
      } else if (s.startsWith("/*", i)) {
        int e = s.indexOf("*/", i + 2);
        i = e < 0 ? n : e + 2;
      } else if (s.startsWith("\"\"\"", i)) {
        int j = i + 3;
        while (j < n && !s.startsWith("\"\"\"", j)) {
          j += s.charAt(j) == '\\' ? 2 : 1;
        }
        i = Math.min(n, j + 3);
        out.add(new Token('s', s.substring(start, i), start));
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < n && s.charAt(j) != c) {
          j += s.charAt(j) == '\\' ? 2 : 1;
        }
        i = Math.min(n, j + 1);
        out.add(new Token('s', s.substring(start, i), start));
      } else if (Character.isJavaIdentifierStart(c)) {
        while (i < n && Character.isJavaIdentifierPart(s.charAt(i))) {
          i++;
        }
        String word = s.substring(start, i);
        out.add(new Token(KEYWORDS.contains(word) ? 'k' : 'i', word, start));
      } else if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(s.charAt(i + 1))) {
        i++;
        while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '.'
            || (s.charAt(i) == '+' || s.charAt(i) == '-') && "eEpP".indexOf(s.charAt(i - 1)) >= 0)) {
          i++;
        }
        out.add(new Token('n', s.substring(start, i), start));
      } else {
        i++;
        out.add(new Token('p', String.valueOf(c), start));
      }
    }
    return out;
  }

  /** The index of the token that closes the bracket at {@code open}, or -1. */
  static int matching(List<Token> tokens, int open) {
    String o = tokens.get(open).text();
    String c = o.equals("(") ? ")" : o.equals("{") ? "}" : "]";
    int depth = 0;
    for (int j = open; j < tokens.size(); j++) {
      Token t = tokens.get(j);
      if (t.kind() == 'p' && t.text().equals(o)) {
        depth++;
      } else if (t.kind() == 'p' && t.text().equals(c) && --depth == 0) {
        return j;
      }
    }
    return -1;
  }

  /** Where each line of a text starts; a line ends at \n, \r\n or \r. */
  static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The 0-based line of an offset, given where the lines start. */
  static int lineOf(int[] starts, int offset) {
    int lo = 0;
    int hi = starts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** Whether a name starts with a capital letter, as type names do. */
  static boolean startsUpper(String s) {
    return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
  }
}
