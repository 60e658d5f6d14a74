package vn.danhgia.evaluation.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danhgia.evaluation.model.Assessment;
import vn.danhgia.evaluation.model.AssessorRole;
import vn.danhgia.evaluation.model.Cadre;
import vn.danhgia.evaluation.model.ConfidenceVote;
import vn.danhgia.evaluation.model.Direction;
import vn.danhgia.evaluation.model.Discipline;
import vn.danhgia.evaluation.model.Excuse;
import vn.danhgia.evaluation.model.ExcuseKind;
import vn.danhgia.evaluation.model.DisciplineForm;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.model.EvaluationPeriod;
import vn.danhgia.evaluation.model.Order;
import vn.danhgia.evaluation.model.Position;
import vn.danhgia.evaluation.model.Product;
import vn.danhgia.evaluation.model.QuotaException;
import vn.danhgia.evaluation.model.Rating;
import vn.danhgia.evaluation.model.Review;
import vn.danhgia.evaluation.model.Survey;
import vn.danhgia.evaluation.model.Task;
import vn.danhgia.evaluation.model.TaskKind;
import vn.danhgia.evaluation.model.Unit;
import vn.danhgia.evaluation.report.CadreResult;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.report.InputIdentity;
import vn.danhgia.evaluation.report.Reason;
import vn.danhgia.evaluation.report.ResultStatus;
import vn.danhgia.evaluation.report.RuleSetIdentity;
import vn.danhgia.evaluation.report.Summary;
import vn.danhgia.evaluation.report.WorkKind;
import vn.danhgia.evaluation.report.WorkOutcome;
import vn.danhgia.evaluation.report.WorkStatus;
import vn.danhgia.evaluation.report.NextBand;
import vn.danhgia.evaluation.report.ProductMeasure;
import vn.danhgia.evaluation.report.ProductOutcome;
import vn.danhgia.evaluation.report.ReviewResult;

/**
 * The published schemas and the records say the same: the same fields, the same required ones, the
 * same enumeration values. A field added to a record and not to the schema (or back) fails here.
 */
class SchemaInStepTest {
  private static final JsonNode INPUT = schema(InputSchema.SCHEMA_RESOURCE);
  private static final JsonNode REPORT = schema(ReportSchema.RESOURCE);

  static Stream<Arguments> inputObjects() {
    return Stream.of(
        Arguments.of("(root)", INPUT, EvaluationInput.class),
        Arguments.of("period", def(INPUT, "period"), EvaluationPeriod.class),
        Arguments.of("quotaException", def(INPUT, "quotaException"), QuotaException.class),
        Arguments.of("unit", def(INPUT, "unit"), Unit.class),
        Arguments.of("position", def(INPUT, "position"), Position.class),
        Arguments.of("cadre", def(INPUT, "cadre"), Cadre.class),
        Arguments.of("task", def(INPUT, "task"), Task.class),
        Arguments.of("order", def(INPUT, "order"), Order.class),
        Arguments.of("product", def(INPUT, "product"), Product.class),
        Arguments.of("assessment", def(INPUT, "assessment"), Assessment.class),
        Arguments.of("discipline", def(INPUT, "discipline"), Discipline.class),
        Arguments.of("confidenceVote", def(INPUT, "confidenceVote"), ConfidenceVote.class),
        Arguments.of("review", def(INPUT, "review"), Review.class),
        Arguments.of("excuse", def(INPUT, "excuse"), Excuse.class),
        Arguments.of("survey", def(INPUT, "survey"), Survey.class));
  }

  static Stream<Arguments> reportObjects() {
    return Stream.of(
        Arguments.of("(root)", REPORT, EvaluationReport.class),
        Arguments.of("ruleSet", REPORT.at("/properties/ruleSet"), RuleSetIdentity.class),
        Arguments.of("input", REPORT.at("/properties/input"), InputIdentity.class),
        Arguments.of("summary", REPORT.at("/properties/summary"), Summary.class),
        Arguments.of("result", def(REPORT, "result"), CadreResult.class),
        Arguments.of("reason", def(REPORT, "reason"), Reason.class),
        Arguments.of("work", def(REPORT, "work"), WorkOutcome.class),
        Arguments.of("product outcome", def(REPORT, "work").at("/properties/products/items"), ProductOutcome.class),
        Arguments.of("review", def(REPORT, "review"), ReviewResult.class),
        Arguments.of("measure", def(REPORT, "measure"), ProductMeasure.class),
        Arguments.of("next band", def(REPORT, "nextBand").at("/anyOf/0"), NextBand.class));
  }

  static Stream<Arguments> enumerations() {
    return Stream.of(
        Arguments.of(def(INPUT, "task").at("/properties/kind/enum"), TaskKind.class),
        Arguments.of(def(INPUT, "product").at("/properties/direction/enum"), Direction.class),
        Arguments.of(def(INPUT, "assessment").at("/properties/by/enum"), AssessorRole.class),
        Arguments.of(def(INPUT, "discipline").at("/properties/form/enum"), DisciplineForm.class),
        Arguments.of(def(INPUT, "rating").at("/enum"), Rating.class),
        Arguments.of(def(INPUT, "unit").at("/properties/rating/enum"), Rating.class),
        Arguments.of(def(INPUT, "excuse").at("/properties/kind/enum"), ExcuseKind.class),
        Arguments.of(def(REPORT, "measure").at("/properties/excuses/items/properties/kind/enum"), ExcuseKind.class),
        Arguments.of(def(REPORT, "result").at("/properties/rating/enum"), Rating.class),
        Arguments.of(def(REPORT, "result").at("/properties/status/enum"), ResultStatus.class),
        Arguments.of(def(REPORT, "work").at("/properties/kind/enum"), WorkKind.class),
        Arguments.of(def(REPORT, "work").at("/properties/status/enum"), WorkStatus.class));
  }

  @ParameterizedTest(name = "input {0}")
  @MethodSource("inputObjects")
  void inputSchema_object_hasTheRecordsFieldsAndRequiredOnes(String name, JsonNode object, Class<?> type) {
    assertFieldsMatch(object, type, Set.of("format"));
    Set<String> optional = optionalInInput(type);
    Set<String> required = strings(object.get("required"));
    required.remove("format");
    assertThat(required).as("required fields of %s", name)
        .isEqualTo(difference(fieldNames(type, Set.of("format")), optional));
  }

  @ParameterizedTest(name = "report {0}")
  @MethodSource("reportObjects")
  void reportSchema_object_hasTheRecordsFields(String name, JsonNode object, Class<?> type) {
    assertFieldsMatch(object, type, Set.of("format"));
    assertThat(object.get("additionalProperties").asBoolean(true)).as("closed object %s", name).isFalse();
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("enumerations")
  void schemaEnumeration_equalsJavaEnum(JsonNode values, Class<? extends Enum<?>> type) {
    Set<String> schema = new TreeSet<>(strings(values));
    schema.remove("null");
    Set<String> java = Arrays.stream(type.getEnumConstants()).map(Enum::name)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(schema).isEqualTo(java);
  }

  /**
   * In the input, booleans default to false, lists to empty, @Nullable fields may be absent, and so may
   * fields whose {@code @JsonProperty} states a default value.
   */
  private static Set<String> optionalInInput(Class<?> type) {
    Set<String> optional = new HashSet<>();
    for (RecordComponent c : type.getRecordComponents()) {
      boolean required = type == EvaluationInput.class
          ? List.of("period", "positions", "cadres").contains(c.getName())
          : !(c.getType() == boolean.class || c.getType() == List.class
              || c.getAnnotatedType().isAnnotationPresent(Nullable.class) || !defaultValue(c).isEmpty());
      if (!required) {
        optional.add(jsonName(c));
      }
    }
    return optional;
  }

  @ParameterizedTest(name = "input {0}")
  @MethodSource("inputObjects")
  void inputSchema_defaults_areTheRecordsDefaults(String name, JsonNode object, Class<?> type) {
    for (RecordComponent c : type.getRecordComponents()) {
      JsonNode field = object.path("properties").path(jsonName(c));
      String stated = defaultValue(c);
      assertThat(field.has("default") ? field.get("default").asText() : "").as("default of %s.%s", name, c.getName())
          .isEqualTo(stated);
    }
  }

  private static String defaultValue(RecordComponent c) {
    JsonProperty p = c.getAccessor().getAnnotation(JsonProperty.class);
    if (p == null) {
      p = c.getAnnotation(JsonProperty.class);
    }
    return p == null ? "" : p.defaultValue();
  }

  private static void assertFieldsMatch(JsonNode object, Class<?> type, Set<String> documentOnly) {
    Set<String> schemaFields = new TreeSet<>();
    object.get("properties").fieldNames().forEachRemaining(schemaFields::add);
    schemaFields.removeAll(documentOnly);
    assertThat(schemaFields).as("fields of %s", type.getSimpleName())
        .isEqualTo(fieldNames(type, documentOnly));
  }

  private static Set<String> fieldNames(Class<?> type, Set<String> documentOnly) {
    Set<String> names = Arrays.stream(type.getRecordComponents()).map(SchemaInStepTest::jsonName)
        .collect(Collectors.toCollection(TreeSet::new));
    names.removeAll(documentOnly);
    return names;
  }

  private static String jsonName(RecordComponent c) {
    JsonProperty p = c.getAccessor().getAnnotation(JsonProperty.class);
    if (p == null) {
      p = c.getAnnotation(JsonProperty.class);
    }
    return p != null && !p.value().isEmpty() ? p.value() : c.getName();
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> out = new TreeSet<>(a);
    out.removeAll(b);
    return out;
  }

  private static Set<String> strings(JsonNode array) {
    Set<String> out = new TreeSet<>();
    array.forEach(n -> out.add(n.isNull() ? "null" : n.asText()));
    return out;
  }

  private static JsonNode def(JsonNode schema, String name) {
    JsonNode d = schema.at("/$defs/" + name);
    assertThat(d.isMissingNode()).as("$defs/%s exists", name).isFalse();
    return d;
  }

  private static JsonNode schema(String resource) {
    try (InputStream in = SchemaInStepTest.class.getResourceAsStream(resource)) {
      return Interchange.mapper().readTree(in);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
