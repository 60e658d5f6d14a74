package vn.danhgia.evaluation.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether a document is, value for value, the one its records write: the fast path of reading an
 * input. A document whose records {@link ModelCheck} accepts and that is the written form of those
 * records has no problem, because records always write the schema's types, enumerations and dates;
 * anything the binding had to coerce, guess or drop (a number in a string, a date with a time,
 * {@code 40.0} for an integer, {@code []} for a date, an unknown or misspelt field, another {@code
 * format}) makes the two differ, and the document goes through {@link InputValidator}, which words
 * every problem.
 *
 * <p>The records are written with every field, defaults and nulls included. A field the document
 * leaves out must have been bound to its default: {@code null}, {@code false}, {@code []}, the
 * integer {@code 0}, or 1 for {@code conversion} (a required field left out never binds: the records
 * refuse it, or its component is marked required). A field the document gives as {@code null} must
 * have been bound to {@code null}: a {@code null} the binding turned into {@code false}, 0 or {@code
 * []} is left to the validator, which knows whether the field is optional.
 */
final class WrittenForm {
  /** Writes every field of a record, whatever its {@code @JsonInclude}. */
  private static final JsonMapper EVERY_FIELD = Interchange.mapper().rebuild()
      .annotationIntrospector(new JacksonAnnotationIntrospector() {
        private static final long serialVersionUID = 1L;

        @Override
        public JsonInclude.Value findPropertyInclusion(Annotated a) {
          return JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS);
        }
      }).build();

  /**
   * The fields whose array the input schema does not allow empty ({@code minItems}): given empty,
   * they bind as if absent, so such a document is left to the validator.
   */
  private static final Set<String> NOT_EMPTY = notEmpty(InputSchema.PUBLISHED);

  private WrittenForm() {}

  private static Set<String> notEmpty(JsonNode schema) {
    Set<String> names = new TreeSet<>();
    Deque<JsonNode> open = new ArrayDeque<>(List.of(schema));
    while (!open.isEmpty()) {
      JsonNode node = open.pop();
      JsonNode properties = node.get("properties");
      if (properties != null && properties.isObject()) {
        properties.fields().forEachRemaining(p -> {
          if (p.getValue().path("minItems").asInt(0) > 0) {
            names.add(p.getKey());
          }
        });
      }
      node.elements().forEachRemaining(child -> {
        if (child.isContainerNode()) {
          open.push(child);
        }
      });
    }
    return Set.copyOf(names);
  }

  /**
   * @param document the document as read
   * @param records what it was bound to
   * @return whether the document is the records' written form
   */
  static boolean matches(JsonNode document, Object records) {
    return same(document, EVERY_FIELD.valueToTree(records));
  }

  private static boolean same(JsonNode document, JsonNode written) {
    if (written.isObject()) {
      return document.isObject() && sameObject(document, written);
    }
    if (written.isArray()) {
      if (!document.isArray() || document.size() != written.size()) {
        return false;
      }
      for (int i = 0; i < written.size(); i++) {
        if (!same(document.get(i), written.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (written.isNumber()) {
      return document.isNumber() && (!written.isIntegralNumber() || document.isIntegralNumber())
          && document.decimalValue().compareTo(written.decimalValue()) == 0;
    }
    return document.getNodeType() == written.getNodeType() && document.equals(written);
  }

  private static boolean sameObject(JsonNode document, JsonNode written) {
    for (Iterator<String> names = document.fieldNames(); names.hasNext(); ) {
      if (!written.has(names.next())) {
        return false;
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = written.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode given = document.get(field.getKey());
      boolean matches = given == null ? isDefault(field.getKey(), field.getValue())
          : given.isNull() ? field.getValue().isNull()
          : !(given.isArray() && given.isEmpty() && NOT_EMPTY.contains(field.getKey())) && same(given, field.getValue());
      if (!matches) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDefault(String name, JsonNode value) {
    return value.isNull() || value.isBoolean() && !value.booleanValue()
        || value.isArray() && value.isEmpty()
        || value.isIntegralNumber() && value.decimalValue().signum() == 0
        || name.equals("conversion") && value.isNumber() && value.decimalValue().compareTo(BigDecimal.ONE) == 0;
  }
}
