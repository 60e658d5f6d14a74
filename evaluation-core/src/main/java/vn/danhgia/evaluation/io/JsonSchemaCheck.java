package vn.danhgia.evaluation.io;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.validation.Problem;

/**
 * One JSON Schema (draft 2020-12) from the classpath, whose failures become {@link Problem}s with
 * plain messages in Vietnamese and English, at the JSON path of the offending value (a missing or
 * undefined field at the field's own path). Immutable and thread-safe.
 */
public final class JsonSchemaCheck {
  private static final int QUOTED = 60;
  /** The pattern of the input schema's {@code nonBlankText}: a character that is not white space. */
  static final String NON_BLANK = "[^ \\t\\n\\u000B\\f\\r]";
  private static final JsonMapper SCHEMA_READER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
      .build();

  private final JsonSchema schema;
  private final @Nullable SchemaRegions regions;

  /**
   * @param resource the schema's classpath resource, e.g. {@code /vn/danhgia/evaluation/schema/scenario-1.schema.json}
   * @throws IllegalStateException when the resource is missing
   */
  public JsonSchemaCheck(String resource) {
    this.schema = compile(tree(resource));
    this.regions = null;
  }

  /** A check of documents of any size, item by item (see {@link #check(JsonNode, ProblemSink, JsonNode)}). */
  private JsonSchemaCheck(JsonNode schemaTree) {
    this.schema = compile(schemaTree);
    this.regions = new SchemaRegions(schemaTree, JsonSchemaCheck::compile);
  }

  /**
   * @param schemaTree a schema whose {@code $ref}s are all local ({@code #/$defs/…})
   * @return a check that can also run with bounded memory
   */
  static JsonSchemaCheck bounded(JsonNode schemaTree) {
    return new JsonSchemaCheck(schemaTree);
  }

  /**
   * @param resource a schema resource
   * @return its tree
   */
  static JsonNode tree(String resource) {
    try (InputStream in = JsonSchemaCheck.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing: " + resource);
      }
      return SCHEMA_READER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks a document with memory bounded by its largest object rather than by its problems: every
   * element of an array whose items have a schema of their own is checked on its own, and the
   * problems go to {@code sink}, which keeps only the first ones. A value identical to {@code
   * ignored} was already reported, and is not reported again.
   *
   * @param root the document
   * @param sink where the problems go
   * @param ignored a node standing in for values already reported
   */
  void check(JsonNode root, ProblemSink sink, JsonNode ignored) {
    if (regions == null) {
      throw new IllegalStateException("not a bounded check");
    }
    regions.check(root, sink.limit(), (region, validator, at) -> {
      for (ValidationMessage m : validator.validate(region)) {
        if (m.getInstanceNode() != ignored) {
          sink.add(schemaProblem(m, at));
        }
      }
    }, sink::addUnlisted);
  }

  /**
   * @param root the document
   * @return every problem the schema finds, in the schema validator's order
   */
  public List<Problem> check(JsonNode root) {
    List<Problem> problems = new ArrayList<>();
    for (ValidationMessage m : schema.validate(root)) {
      problems.add(schemaProblem(m, JsonPaths.ROOT));
    }
    return problems;
  }

  private static JsonSchema compile(JsonNode schemaTree) {
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
        .pathType(PathType.JSON_PATH)
        .formatAssertionsEnabled(false)
        .build();
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaTree, config);
  }

  private static Problem schemaProblem(ValidationMessage m, String root) {
    String at = path(root, m.getInstanceLocation());
    JsonNode value = m.getInstanceNode();
    return switch (m.getType()) {
      case "required" -> Problem.of(JsonPaths.field(at, m.getProperty()), "required");
      case "additionalProperties" -> Problem.of(JsonPaths.field(at, m.getProperty()), "unknownField",
          shortened(m.getProperty()));
      case "type" -> Problem.of(at, "type", expected(m.getSchemaNode()), quote(value));
      case "enum" -> Problem.of(at, "enum", quote(value), enumValues(m.getSchemaNode()));
      case "const" -> Problem.of(at, at.equals("$.format") ? "format" : "const", quote(value), m.getSchemaNode());
      case "minimum" -> Problem.of(at, "minimum", m.getSchemaNode().asText(), quote(value));
      case "exclusiveMinimum" -> Problem.of(at, "exclusiveMinimum", m.getSchemaNode().asText(), quote(value));
      case "maximum" -> Problem.of(at, "maximum", m.getSchemaNode().asText(), quote(value));
      case "minLength" -> Problem.of(at, "empty");
      case "maxLength" -> Problem.of(at, "tooLong", m.getSchemaNode().asText());
      case "multipleOf" -> Problem.of(at, "decimalPlaces", Math.max(0, m.getSchemaNode().decimalValue().scale()),
          quote(value));
      case "minProperties" -> Problem.of(at, "minProperties", m.getSchemaNode().asText());
      case "minItems" -> Problem.of(at, "minItems", m.getSchemaNode().asText());
      case "uniqueItems" -> Problem.of(at, "uniqueItems");
      case "pattern" -> NON_BLANK.equals(m.getSchemaNode().asText()) ? Problem.of(at, "blank", quote(value))
          : Problem.of(at, "pattern", quote(value), m.getSchemaNode().asText());
      default -> Problem.of(at, "schema", m.getMessage().replaceFirst("^\\S+: ", ""));
    };
  }

  private static String path(String root, JsonNodePath p) {
    String out = root;
    for (int i = 0; i < p.getNameCount(); i++) {
      Object e = p.getElement(i);
      out = e instanceof Integer n ? JsonPaths.index(out, n) : JsonPaths.field(out, e.toString());
    }
    return out;
  }

  /** The JSON types a value may have, without null, comma-separated (the message translates them). */
  private static String expected(JsonNode typeKeyword) {
    List<String> types = new ArrayList<>();
    if (typeKeyword.isArray()) {
      typeKeyword.forEach(t -> types.add(t.asText()));
    } else {
      types.add(typeKeyword.asText());
    }
    types.remove("null");
    return String.join(",", types);
  }

  private static String enumValues(JsonNode enumKeyword) {
    List<String> values = new ArrayList<>();
    enumKeyword.forEach(v -> {
      if (!v.isNull()) {
        values.add(v.asText());
      }
    });
    return String.join(", ", values);
  }

  /**
   * A JSON value as messages quote it: strings in quotes, containers as {@code […]} or {@code {…}}.
   *
   * @param value the value, or null
   * @return the quoted value
   */
  public static String quote(@Nullable JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "nothing";
    }
    if (value.isNull()) {
      return "null";
    }
    if (value.isTextual()) {
      return "\"" + shortened(value.asText()) + "\"";
    }
    if (value.isContainerNode()) {
      return value.isArray() ? "[…]" : "{…}";
    }
    if (value.isBigDecimal()) {
      return value.decimalValue().toString(); // 1E-999999999, never a billion zeros
    }
    return value.toString();
  }

  /** A text as messages quote it: whole when short, else its start and its length. */
  static String shortened(String text) {
    if (text.length() <= QUOTED) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(QUOTED - 1)) ? QUOTED - 1 : QUOTED;
    return text.substring(0, end) + "… (" + text.codePointCount(0, text.length()) + " characters)";
  }

}
