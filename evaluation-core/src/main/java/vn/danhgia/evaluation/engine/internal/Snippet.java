package vn.danhgia.evaluation.engine.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.drools.drl.ast.descr.BaseDescr;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.engine.internal.JavaText.Token;

/**
 * Code handed to a parser, with where each of its characters is in the rule file: Unicode escapes
 * are decoded (as the Java compiler does before anything else), and {@code modify} blocks rewritten.
 */
final class Snippet {
  final @Nullable RuleFileScope scope;
  final String text;
  /** The file offset of each character of text (one more for its end), -1 when unknown. */
  final int[] from;
  final int line;
  final int column;

  Snippet(@Nullable RuleFileScope scope, String text, int[] from, int line, int column) {
    this.scope = scope;
    this.text = text;
    this.from = from;
    this.line = line;
    this.column = column;
  }

  /** A snippet of a descriptor's text, found in the file at the descriptor or else after an offset. */
  static Snippet of(RuleFileScope scope, @Nullable String raw, @Nullable BaseDescr d, int after, int line) {
    String text = raw == null ? "" : raw;
    int base = -1;
    if (d != null && d.getStartCharacter() >= 0 && scope.text.startsWith(text, d.getStartCharacter())) {
      base = d.getStartCharacter();
    } else if (!text.isEmpty()) {
      int found = scope.text.indexOf(text, Math.max(0, Math.min(after, scope.text.length())));
      base = found >= 0 ? found : scope.text.indexOf(text);
    }
    int l = d != null && d.getLine() > 0 ? d.getLine() : line;
    int c = d != null && d.getColumn() >= 0 ? d.getColumn() + 1 : 0;
    Snippet s = decode(text, base);
    return new Snippet(scope, s.text, s.from, l, c);
  }

  Snippet wrap(String prefix, String suffix) {
    int[] f = new int[prefix.length() + from.length + suffix.length()];
    Arrays.fill(f, 0, prefix.length(), from[0]);
    System.arraycopy(from, 0, f, prefix.length(), from.length);
    Arrays.fill(f, prefix.length() + from.length, f.length, from[from.length - 1]);
    return new Snippet(scope, prefix + text + suffix, f, line, column);
  }

  /** The 1-based line and column in the file of a character of text. */
  int[] position(int index) {
    int i = Math.max(0, Math.min(index, from.length - 1));
    if (scope != null && from[i] >= 0) {
      return scope.at(from[i]);
    }
    return new int[] {Math.max(line, 0), Math.max(column, 0)};
  }

  /** The index in text of a 1-based line and column, as JavaParser counts them. */
  int indexOf(int line, int column) {
    int[] starts = JavaText.lineStarts(text);
    int l = Math.max(0, Math.min(line - 1, starts.length - 1));
    return Math.min(text.length(), starts[l] + Math.max(column - 1, 0));
  }

  /** The index in text of the first identifier or keyword spelled so, or 0. */
  int indexOf(@Nullable String name) {
    if (name != null) {
      for (Token t : JavaText.lex(text)) {
        if ((t.kind() == 'i' || t.kind() == 'k') && t.text().equals(name)) {
          return t.at();
        }
      }
    }
    return 0;
  }

  /** Decodes Unicode escapes as the Java compiler does (JLS 3.3), keeping each character's origin. */
  static Snippet decode(String raw, int base) {
    StringBuilder out = new StringBuilder(raw.length());
    int[] from = new int[raw.length() + 1];
    int n = 0;
    int i = 0;
    int backslashes = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c == '\\' && backslashes % 2 == 0 && i + 1 < raw.length() && raw.charAt(i + 1) == 'u') {
        int j = i + 1;
        while (j < raw.length() && raw.charAt(j) == 'u') {
          j++;
        }
        if (j + 4 <= raw.length() && raw.substring(j, j + 4).chars().allMatch(ch -> Character.digit(ch, 16) >= 0)) {
          out.append((char) Integer.parseInt(raw.substring(j, j + 4), 16));
          from[n++] = base < 0 ? -1 : base + i;
          i = j + 4;
          backslashes = 0;
          continue;
        }
      }
      backslashes = c == '\\' ? backslashes + 1 : 0;
      out.append(c);
      from[n++] = base < 0 ? -1 : base + i;
      i++;
    }
    from[n++] = base < 0 ? -1 : base + raw.length();
    return new Snippet(null, out.toString(), Arrays.copyOf(from, n), 0, 0);
  }

  /**
   * Drools' {@code modify( $x ) { setA( 1 ), setB( 2 ) }} (and {@code with}) is not Java. It is
   * rewritten in place to {@code if    ( $x ) { setA( 1 ); setB( 2 ); }}, which JavaParser reads
   * with every position kept; the offset of each such block's brace is recorded.
   */
  Snippet rewriteBlocks(List<Integer> blockStarts) {
    List<Token> tokens = JavaText.lex(text);
    StringBuilder rewritten = new StringBuilder(text);
    List<Integer> insertSemicolonAt = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.kind() != 'i' || !(t.text().equals("modify") || t.text().equals("with")) || k + 1 >= tokens.size()
          || !tokens.get(k + 1).text().equals("(")) {
        continue;
      }
      int close = JavaText.matching(tokens, k + 1);
      if (close < 0 || close + 1 >= tokens.size() || !tokens.get(close + 1).text().equals("{")) {
        continue;
      }
      int open = close + 1;
      int end = JavaText.matching(tokens, open);
      if (end < 0) {
        continue;
      }
      List<Token> commas = new ArrayList<>();
      boolean statements = false;
      int depth = 0;
      for (int j = open + 1; j < end; j++) {
        Token u = tokens.get(j);
        if (u.kind() == 'p' && "([{".contains(u.text())) {
          depth++;
        } else if (u.kind() == 'p' && ")]}".contains(u.text())) {
          depth--;
        } else if (depth == 0 && u.text().equals(",")) {
          commas.add(u);
        } else if (depth == 0 && u.text().equals(";")) {
          statements = true;
        }
      }
      if (statements) {
        continue; // a block of statements, not of expressions: left as it is, so it is not read
      }
      rewritten.replace(t.at(), t.at() + t.text().length(), "if" + " ".repeat(t.text().length() - 2));
      commas.forEach(u -> rewritten.setCharAt(u.at(), ';'));
      if (end - 1 > open) {
        insertSemicolonAt.add(tokens.get(end).at());
      }
      blockStarts.add(tokens.get(open).at());
    }
    List<Integer> origin = new ArrayList<>();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i <= rewritten.length(); i++) {
      if (insertSemicolonAt.contains(i)) {
        out.append(';');
        origin.add(from[i]);
      }
      if (i < rewritten.length()) {
        out.append(rewritten.charAt(i));
      }
      origin.add(from[i]);
    }
    for (int b = 0; b < blockStarts.size(); b++) {
      int at = blockStarts.get(b);
      blockStarts.set(b, at + (int) insertSemicolonAt.stream().filter(p -> p <= at).count());
    }
    return new Snippet(scope, out.toString(), origin.stream().mapToInt(Integer::intValue).toArray(), line, column);
  }
}
