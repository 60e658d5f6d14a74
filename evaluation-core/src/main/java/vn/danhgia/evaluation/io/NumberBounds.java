package vn.danhgia.evaluation.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finds the numbers of a document that, written out without an exponent, have more digits than the
 * limits allow: before the point ({@code 1e999999999} has a billion) or after it ({@code
 * 1e-999999999} has 999,999,999 decimal places), before anything else looks at them: the JSON
 * Schema's {@code multipleOf}, and any arithmetic, on such a number could take minutes and gigabytes
 * or overflow. Each is reported at its path
 * and replaced in the tree by {@link #REPORTED}, which the checks after this one leave alone. The
 * counting is cheap whatever the exponent: a number's digits are bounded by the parser.
 */
final class NumberBounds {
  /** Stands in the tree for a number already reported; compared by identity. */
  static final JsonNode REPORTED = new DecimalNode(BigDecimal.ZERO);

  private NumberBounds() {}

  /**
   * @param root the document, changed in place
   * @param maxPlaces the most decimal places allowed, trailing zeros not counted
   * @param sink where the problems go
   */
  static void check(JsonNode root, InputLimits limits, ProblemSink sink) {
    Deque<Container> todo = new ArrayDeque<>();
    todo.push(new Container(root, null, null, -1));
    while (!todo.isEmpty()) {
      Container c = todo.pop();
      if (c.node instanceof ObjectNode object) {
        for (Map.Entry<String, JsonNode> f : object.properties()) {
          JsonNode value = f.getValue();
          if (value.isContainerNode()) {
            todo.push(new Container(value, c, f.getKey(), -1));
          } else if (value.isBigDecimal() && beyond(value.decimalValue(), limits)) {
            report(JsonPaths.field(c.path(), f.getKey()), value.decimalValue(), limits, sink);
            f.setValue(REPORTED);
          }
        }
      } else if (c.node instanceof ArrayNode array) {
        for (int i = 0; i < array.size(); i++) {
          JsonNode value = array.get(i);
          if (value.isContainerNode()) {
            todo.push(new Container(value, c, null, i));
          } else if (value.isBigDecimal() && beyond(value.decimalValue(), limits)) {
            report(JsonPaths.index(c.path(), i), value.decimalValue(), limits, sink);
            array.set(i, REPORTED);
          }
        }
      }
    }
  }

  /** A container met on the way, with how to name its path should a problem be found in it. */
  private record Container(JsonNode node, @Nullable Container parent, @Nullable String name, int index) {
    String path() {
      if (parent == null) {
        return JsonPaths.ROOT;
      }
      return name != null ? JsonPaths.field(parent.path(), name) : JsonPaths.index(parent.path(), index);
    }
  }

  /**
   * @param value a decimal
   * @param limits the limits
   * @return whether, written out without an exponent, it has more digits before its point than
   *     {@link InputLimits#maxNumberLength()} or more after it (trailing zeros not counted) than
   *     {@link InputLimits#maxDecimalPlaces()}
   */
  static boolean beyond(BigDecimal value, InputLimits limits) {
    // The scale bounds the places after stripping zeros: most values need no stripping at all.
    return integerDigits(value) > limits.maxNumberLength()
        || value.scale() > limits.maxDecimalPlaces() && decimalPlaces(value) > limits.maxDecimalPlaces();
  }

  private static void report(String path, BigDecimal value, InputLimits limits, ProblemSink sink) {
    if (integerDigits(value) > limits.maxNumberLength()) {
      sink.add(path, "integerDigits", limits.maxNumberLength(), value);
    } else {
      sink.add(path, "decimalPlaces", limits.maxDecimalPlaces(), value);
    }
  }

  /** Digits before the point of the plain form: 1E+3 has 4, 0.5 has 0; computed from precision and scale. */
  private static long integerDigits(BigDecimal value) {
    return value.signum() == 0 ? 0 : Math.max(0, (long) value.precision() - value.scale());
  }

  private static long decimalPlaces(BigDecimal value) {
    return value.scale() <= 0 ? 0 : Math.max(0, value.stripTrailingZeros().scale());
  }
}
