package vn.danhgia.evaluation.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danhgia.evaluation.validation.Problem;

/**
 * The published input schema, run on its own by a JSON Schema validator, and the library's reader
 * agree on every numeric field at its bounds (the maximum, one step beyond, the most decimal places,
 * one more) and on string lengths; where they refuse, the reader names the field's own path.
 */
class SchemaAgreesWithReaderTest {
  private static final JsonNode PUBLISHED = JsonSchemaCheck.tree(InputSchema.SCHEMA_RESOURCE);
  private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
      .getSchema(PUBLISHED, SchemaValidatorsConfig.builder().formatAssertionsEnabled(false).build());

  /** Every numeric field of the input (a JSON pointer into the complete fixture) and its bound values. */
  static Stream<Arguments> boundaryValues() {
    Map<String, List<String>> fields = Map.of(
        "/products/0/target", List.of("0", "1000000000000000000", "1000000000000000000.000000000001",
            "1000000000000000001", "0.000000000001", "0.0000000000001", "5.1000000000000000000", "-0.000000000001"),
        "/products/1/actual", List.of("0", "1000000000000000000", "1e18", "1.0000000000000001e18", "1e-12", "1e-13"),
        "/assessments/0/generalPoints", List.of("0", "30", "30.000000000000", "30.000000000001", "29.999999999999",
            "29.9999999999999", "-0.000000000001"),
        "/period/quotaExceptions/0/percent", List.of("0", "100", "100.000000000001", "99.999999999999",
            "33.3333333333333"),
        "/confidenceVotes/0/voters", List.of("3", "2147483647", "2147483648", "9223372036854775808", "0",
            "40.0", "4e1"),
        "/confidenceVotes/0/low", List.of("0", "2147483647", "2147483648", "-1", "-2147483649"));
    List<Arguments> out = new ArrayList<>();
    fields.forEach((pointer, values) -> values.forEach(v -> out.add(Arguments.of(pointer, v, false))));
    Map<String, List<String>> continuous = Map.of(
        "/products/0/conversion", List.of("0", "0.000000000001", "0.0000000000001", "1000000000000000000",
            "1000000000000000000.000000000001", "-0.000000000001", "1.0", "1e18"),
        "/products/2/qualityFailures", List.of("0", "2", "2.0", "2.5", "2147483647", "2147483648", "-1"),
        "/products/1/delays", List.of("2", "2147483647", "2147483648", "-1", "2e0"),
        "/surveys/2/respondents", List.of("1", "0", "2147483647", "2147483648", "200.0"),
        "/surveys/2/satisfied", List.of("0", "-1", "80", "2147483648"));
    continuous.forEach((pointer, values) -> values.forEach(v -> out.add(Arguments.of(pointer, v, true))));
    return out.stream();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("boundaryValues")
  void numberAtItsBounds_schemaAndReaderAgree(String pointer, String value, boolean continuous) {
    String json = documentWith(continuous ? Fixtures.continuous() : Fixtures.complete(), pointer, value);
    // low is also checked against voters: keep voters at its most for low's own bounds
    if (pointer.endsWith("/low")) {
      json = json.replace("\"voters\":40", "\"voters\":2147483647");
    }

    assertAgree(json, path(pointer));
  }

  static Stream<Arguments> strings() {
    int max = InputLimits.defaults().maxStringLength();
    return Stream.of(
        Arguments.of("/cadres/0/name", "n".repeat(max), max),
        Arguments.of("/cadres/0/name", "n".repeat(max + 1), max + 1),
        Arguments.of("/units/0/name", "\uD835\uDC00".repeat(max), max),
        Arguments.of("/units/0/name", "\uD835\uDC00".repeat(max + 1), max + 1),
        Arguments.of("/products/0/evidence", "e".repeat(max + 1), max + 1),
        Arguments.of("/period/ruleSetVersion", "v".repeat(max + 1), max + 1),
        Arguments.of("/orders/0/orderedBy", "o".repeat(max + 1), max + 1),
        Arguments.of("/products/0/excuses/0/approvedBy", "a".repeat(max), max),
        Arguments.of("/products/0/excuses/0/approvedBy", "a".repeat(max + 1), max + 1),
        Arguments.of("/products/0/excuses/1/note", "n".repeat(max + 1), max + 1),
        Arguments.of("/period/reviews/0/id", "r".repeat(max + 1), max + 1));
  }

  @ParameterizedTest(name = "{0}, {2} characters")
  @MethodSource("strings")
  void stringAtItsBounds_schemaAndReaderAgree(String pointer, String value, int length) {
    ObjectNode doc = pointer.contains("excuses") || pointer.contains("reviews") ? Fixtures.continuous()
        : Fixtures.complete();
    Fixtures.set(pointer, value).accept(doc);

    assertAgree(doc.toString(), path(pointer));
  }

  /** Approvers the reader refuses as blank, or accepts; the published schema alone says the same. */
  static Stream<String> approvers() {
    return Stream.of("", " ", "\t\n\r\f\u000B ", "x", " x ", "\u00A0", "\u3000", "Sở Nội vụ");
  }

  @ParameterizedTest(name = "approvedBy \"{0}\"")
  @MethodSource("approvers")
  void approver_schemaAndReaderAgree(String approver) {
    ObjectNode doc = Fixtures.continuous();
    Fixtures.set("/products/0/excuses/0/approvedBy", approver).accept(doc);

    assertAgree(doc.toString(), "$.products[0].excuses[0].approvedBy");
  }

  @Test
  void everyNumberOfTheSchema_hasAMaximum() {
    List<String> unbounded = new ArrayList<>();
    PUBLISHED.get("$defs").properties().forEach(d -> d.getValue().path("properties").properties().forEach(f -> {
      JsonNode schema = f.getValue().has("$ref")
          ? PUBLISHED.at(f.getValue().get("$ref").asText().substring(1)) : f.getValue();
      String type = schema.path("type").asText();
      if ((type.equals("number") || type.equals("integer")) && !schema.has("maximum")) {
        unbounded.add(d.getKey() + "." + f.getKey());
      }
      if (type.equals("number") && !schema.has("multipleOf")) {
        unbounded.add(d.getKey() + "." + f.getKey() + " (decimal places)");
      }
    }));

    assertThat(unbounded).isEmpty();
  }

  private static void assertAgree(String json, String path) {
    boolean schemaAccepts;
    try {
      schemaAccepts = SCHEMA.validate(Interchange.mapper().readTree(json)).isEmpty();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    List<Problem> reader = Interchange.standard().validateInput(json.getBytes(StandardCharsets.UTF_8));

    assertThat(reader.isEmpty()).as("the reader accepts %s as the schema does (%s)", path, schemaAccepts)
        .isEqualTo(schemaAccepts);
    if (!schemaAccepts) {
      assertThat(reader).singleElement().extracting(Problem::path).isEqualTo(path);
    } else {
      assertThat(Interchange.standard().readInput(json)).isNotNull();
    }
  }

  private static String documentWith(ObjectNode doc, String pointer, String value) {
    Fixtures.set(pointer, "@@").accept(doc);
    return doc.toString().replace("\"@@\"", value);
  }

  private static String path(String pointer) {
    StringBuilder out = new StringBuilder("$");
    for (String part : pointer.substring(1).split("/")) {
      out.append(part.matches("\\d+") ? "[" + part + "]" : "." + part);
    }
    return out.toString();
  }
}
