package vn.danhgia.evaluation.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The input schema that {@link InputValidator} checks documents against for some limits: the
 * published one, or, for other limits than the defaults, a copy that states them (every {@code
 * maxLength} the string length, every {@code multipleOf} the decimal places). It is compiled when a
 * document first needs it: a valid document read through the fast path never does, so most runs never
 * load the schema library. Thread-safe; the copies of a validator share one.
 */
final class InputSchema {
  static final String SCHEMA_RESOURCE = "/vn/danhgia/evaluation/schema/evaluation-input-1.schema.json";

  /** The published input schema, as read once; not to be changed (copy it first). */
  static final JsonNode PUBLISHED = JsonSchemaCheck.tree(SCHEMA_RESOURCE);

  /** The compiled published schema, made when first used. */
  private static final class Published {
    static final JsonSchemaCheck CHECK = JsonSchemaCheck.bounded(PUBLISHED);
  }

  private final InputLimits limits;
  private volatile @Nullable JsonSchemaCheck check;

  /** @param limits the limits the schema states */
  InputSchema(InputLimits limits) {
    this.limits = limits;
  }

  /** @return the compiled schema for the limits */
  JsonSchemaCheck check() {
    JsonSchemaCheck c = check;
    if (c == null) {
      c = compile(limits);
      check = c;
    }
    return c;
  }

  private static JsonSchemaCheck compile(InputLimits limits) {
    InputLimits d = InputLimits.defaults();
    if (limits.maxStringLength() == d.maxStringLength() && limits.maxDecimalPlaces() == d.maxDecimalPlaces()) {
      return Published.CHECK;
    }
    JsonNode copy = PUBLISHED.deepCopy();
    restate(copy, limits);
    return JsonSchemaCheck.bounded(copy);
  }

  private static void restate(JsonNode schema, InputLimits limits) {
    if (schema instanceof ObjectNode o) {
      if (o.has("maxLength")) {
        o.put("maxLength", limits.maxStringLength());
      }
      if (o.has("multipleOf")) {
        o.put("multipleOf", BigDecimal.ONE.movePointLeft(limits.maxDecimalPlaces()));
      }
    }
    schema.forEach(child -> restate(child, limits));
  }
}
