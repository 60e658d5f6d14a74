package vn.danhgia.evaluation.engine.internal;

import com.github.javaparser.ParseStart;
import com.github.javaparser.Providers;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.engine.internal.JavaText.Token;

/**
 * Values Drools evaluates while compiling (annotation values, salience, {@code enabled}, default
 * values of declared fields, arguments of declared enums), which must be literals, not code.
 */
final class Literals {
  private Literals() {}

  /** The literal a value is (a number, perhaps signed, text, a character, true, false or null), or null. */
  static @Nullable Expression literal(String text) {
    Expression e = parse(text);
    while (e instanceof EnclosedExpr enclosed) {
      e = enclosed.getInner();
    }
    if (e instanceof UnaryExpr u && (u.getOperator() == UnaryExpr.Operator.MINUS
        || u.getOperator() == UnaryExpr.Operator.PLUS) && u.getExpression() instanceof LiteralExpr number
        && !(number instanceof TextBlockLiteralExpr)) {
      return number;
    }
    return e instanceof LiteralExpr && !(e instanceof TextBlockLiteralExpr) ? e : null;
  }

  /** Whether a value is a literal, a bare name (such as {@code @role( event )}) or an array of literals. */
  static boolean isLiteral(String text) {
    if (literal(text) != null) {
      return true;
    }
    Expression e = parse(text);
    if (e instanceof NameExpr) {
      return true;
    }
    return e instanceof ArrayInitializerExpr array && array.getValues().stream().allMatch(v -> isLiteral(v.toString()));
  }

  /** A @watch list: names, each perhaps negated, or *. */
  static boolean isWatchList(String text) {
    for (Token t : JavaText.lex(text)) {
      if (!(t.kind() == 'i' || t.kind() == 'p' && "!*,".contains(t.text()))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a piece of code is there at all. */
  static boolean present(@Nullable String code) {
    return code != null && !code.isBlank();
  }

  private static @Nullable Expression parse(String text) {
    try {
      return JavaText.parser().parse(ParseStart.EXPRESSION, Providers.provider(Snippet.decode(text, -1).text))
          .getResult().orElse(null);
    } catch (RuntimeException ex) {
      return null;
    }
  }
}
