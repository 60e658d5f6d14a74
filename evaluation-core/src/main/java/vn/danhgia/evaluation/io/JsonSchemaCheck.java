package vn.danhgia.evaluation.io;

import com.fasterxml.jackson.databind.JsonNode;
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
  private final JsonSchema schema;

  /**
   * @param resource the schema's classpath resource, e.g. {@code /vn/danhgia/evaluation/schema/scenario-1.schema.json}
   * @throws IllegalStateException when the resource is missing
   */
  public JsonSchemaCheck(String resource) {
    this.schema = load(resource);
  }

  /**
   * @param root the document
   * @return every problem the schema finds, in the schema validator's order
   */
  public List<Problem> check(JsonNode root) {
    List<Problem> problems = new ArrayList<>();
    for (ValidationMessage m : schema.validate(root)) {
      problems.add(schemaProblem(m));
    }
    return problems;
  }

  private static JsonSchema load(String resource) {
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
        .pathType(PathType.JSON_PATH)
        .formatAssertionsEnabled(false)
        .build();
    try (InputStream in = JsonSchemaCheck.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing: " + resource);
      }
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Problem schemaProblem(ValidationMessage m) {
    String at = path(m.getInstanceLocation());
    JsonNode value = m.getInstanceNode();
    return switch (m.getType()) {
      case "required" -> Problem.of(JsonPaths.field(at, m.getProperty()), "required");
      case "additionalProperties" -> Problem.of(JsonPaths.field(at, m.getProperty()), "unknownField", m.getProperty());
      case "type" -> Problem.of(at, "type", expected(m.getSchemaNode()), quote(value));
      case "enum" -> Problem.of(at, "enum", quote(value), enumValues(m.getSchemaNode()));
      case "const" -> Problem.of(at, at.equals("$.format") ? "format" : "const", quote(value), m.getSchemaNode());
      case "minimum" -> Problem.of(at, "minimum", m.getSchemaNode().asText(), quote(value));
      case "maximum" -> Problem.of(at, "maximum", m.getSchemaNode().asText(), quote(value));
      case "minLength" -> Problem.of(at, "empty");
      case "minProperties" -> Problem.of(at, "minProperties", m.getSchemaNode().asText());
      case "minItems" -> Problem.of(at, "minItems", m.getSchemaNode().asText());
      case "uniqueItems" -> Problem.of(at, "uniqueItems");
      case "pattern" -> Problem.of(at, "pattern", quote(value), m.getSchemaNode().asText());
      default -> Problem.of(at, "schema", m.getMessage().replaceFirst("^\\S+: ", ""));
    };
  }

  private static String path(JsonNodePath p) {
    String out = JsonPaths.ROOT;
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
      return "\"" + value.asText() + "\"";
    }
    if (value.isContainerNode()) {
      return value.isArray() ? "[…]" : "{…}";
    }
    return value.toString();
  }

}
