package vn.danhgia.evaluation.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.ruleset.VersionTimeline;

/**
 * The fast path of reading an input document, without a tree of the whole document: the top-level
 * object is read as a stream, each element of an array of records ({@code cadres}, {@code tasks},
 * {@code products} … every list of records {@link EvaluationInput} has) as a small tree of its own,
 * bound to its record and compared with that record's {@link WrittenForm} at once, so that only the
 * records stay in memory; the other top-level fields ({@code format}, {@code period}) are read as
 * trees. The document is accepted when every element is its record's written form, the rest of the
 * top level is the written form of the input without those arrays, and {@link ModelCheck} accepts
 * the input assembled.
 *
 * <p>This is exactly {@link WrittenForm#matches} on the whole document, taken apart: an array's
 * elements are compared one by one as the whole comparison would compare them, an array given empty
 * stays in the top level (so the schema's {@code minItems} is seen as it is in the whole document),
 * and the top level is bound with those arrays empty, so that a required array, an unknown field or
 * a {@code null} for a list is refused as the binding of the whole document refuses it. Anything else
 * (an element that is not an object, a field given twice, trailing content, a limit of the parser
 * reached, a binding that fails) is not accepted here: the caller then reads the document again as a
 * tree and validates it, which words every problem. It must never accept what {@link InputValidator}
 * refuses ({@code FastReadTest}).
 */
final class StreamedInput {
  private static final RecordComponent[] COMPONENTS = EvaluationInput.class.getRecordComponents();
  private static final Constructor<EvaluationInput> CANONICAL = canonical();
  /** The record type of the elements of each list of records, by field name: the arrays streamed. */
  private static final Map<String, Class<?>> STREAMED = streamed();
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  /** Binds as {@link Interchange} does, sharing the values a document repeats ({@link RepeatedValues}). */
  private static final JsonMapper BINDING = Interchange.mapper().rebuild().addModule(RepeatedValues.module()).build();

  private StreamedInput() {}

  private static Constructor<EvaluationInput> canonical() {
    try {
      return EvaluationInput.class.getDeclaredConstructor(
          Arrays.stream(COMPONENTS).map(RecordComponent::getType).toArray(Class<?>[]::new));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("a record has its canonical constructor", e);
    }
  }

  private static Map<String, Class<?>> streamed() {
    Map<String, Class<?>> out = new HashMap<>();
    for (RecordComponent c : COMPONENTS) {
      if (c.getType() == List.class && c.getGenericType() instanceof ParameterizedType list) {
        Type element = list.getActualTypeArguments()[0];
        if (element instanceof Class<?> type && type.isRecord()) {
          out.put(c.getName(), type);
        }
      }
    }
    return Map.copyOf(out);
  }

  /**
   * Reads a document from a parser and accepts it when it surely has no problem.
   *
   * @param parser the document, before its first token; it is read to the end of the document and
   *     past it, to see that nothing follows
   * @param trees reads a value of the document as a tree (without refusing what follows it)
   * @param versions the rule set versions to check against, or null not to check versions
   * @param limits the limits of strings and numbers
   * @return the input, or null when the document may have a problem
   * @throws IOException when the source of the parser cannot be read; a malformed document, or one
   *     beyond the parser's limits, gives null
   */
  static @Nullable EvaluationInput read(JsonParser parser, ObjectReader trees, @Nullable VersionTimeline versions,
      InputLimits limits) throws IOException {
    try {
      EvaluationInput in = bind(parser, trees, new Binding());
      return in != null && ModelCheck.accepts(in, versions, limits) ? in : null;
    } catch (com.fasterxml.jackson.core.JacksonException | RuntimeException e) {
      return null;
    }
  }

  /** Binds the records of one document, sharing the values it repeats. */
  private static final class Binding {
    private final RepeatedValues shared = new RepeatedValues();
    private final Map<Class<?>, ObjectReader> readers = new HashMap<>();

    @Nullable Object bind(JsonNode tree, Class<?> type) throws IOException {
      return readers.computeIfAbsent(type, t -> BINDING.readerFor(t).withAttribute(RepeatedValues.KEY, shared))
          .readValue(tree);
    }
  }

  private static @Nullable EvaluationInput bind(JsonParser parser, ObjectReader trees, Binding binding)
      throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      return null;
    }
    // the top level as given, each array streamed in it as [], and the arrays streamed, by name
    ObjectNode top = NODES.objectNode();
    Map<String, List<Object>> lists = new HashMap<>();
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
      String name = parser.currentName();
      if (t != JsonToken.FIELD_NAME || top.has(name)) {
        return null;
      }
      Class<?> type = STREAMED.get(name);
      if (parser.nextToken() == JsonToken.START_ARRAY && type != null) {
        List<Object> items = elements(parser, trees, binding, type);
        if (items == null) {
          return null;
        }
        top.set(name, NODES.arrayNode());
        if (!items.isEmpty()) {
          lists.put(name, items);
        }
      } else {
        JsonNode value = trees.readTree(parser);
        top.set(name, value == null ? NODES.nullNode() : value);
      }
    }
    if (parser.nextToken() != null) {
      return null;
    }
    EvaluationInput rest = (EvaluationInput) binding.bind(top, EvaluationInput.class);
    if (rest == null) {
      return null;
    }
    top.remove(lists.keySet());
    if (!WrittenForm.matches(top, rest)) {
      return null;
    }
    return lists.isEmpty() ? rest : with(rest, lists);
  }

  /** The records of an array, the parser at its start; null when one is not its record's written form. */
  private static @Nullable List<Object> elements(JsonParser parser, ObjectReader trees, Binding binding,
      Class<?> type) throws IOException {
    List<Object> items = new ArrayList<>();
    JsonToken t;
    while ((t = parser.nextToken()) == JsonToken.START_OBJECT) {
      JsonNode element = trees.readTree(parser);
      Object record = binding.bind(element, type);
      if (record == null || !WrittenForm.matches(element, record)) {
        return null;
      }
      items.add(record);
    }
    return t == JsonToken.END_ARRAY ? items : null;
  }

  /** The input with the lists streamed in place of its (empty) lists of those names. */
  private static EvaluationInput with(EvaluationInput rest, Map<String, List<Object>> lists) {
    Object[] arguments = new Object[COMPONENTS.length];
    try {
      for (int i = 0; i < COMPONENTS.length; i++) {
        List<Object> list = lists.get(COMPONENTS[i].getName());
        arguments[i] = list != null ? list : COMPONENTS[i].getAccessor().invoke(rest);
      }
      return CANONICAL.newInstance(arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the components of a public record are accessible", e);
    }
  }
}
