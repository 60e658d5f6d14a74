package vn.danhgia.evaluation.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.testing.RandomInputs;
import vn.danhgia.evaluation.validation.InvalidInputException;
import vn.danhgia.evaluation.validation.Problem;

/**
 * The fast path of reading a document ({@link Interchange#acceptedQuickly}, streamed by {@link
 * StreamedInput}) is sound: it accepts a document only when {@link InputValidator} finds no problem in
 * it (it may leave to the validator a document the validator accepts, such as {@code 40.0} for an
 * integer), whatever is changed in a valid document: every value replaced by values of every JSON type,
 * every field removed, an unknown field added, and the shapes only a text can have (a field twice,
 * trailing content). And it does accept valid documents, with their optional fields written out or left
 * out, their fields in any order. Each document is read both from its bytes and from its tree, which
 * must agree.
 */
class FastReadTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final Interchange INTERCHANGE = Interchange.standard();

  private static JsonNode document(EvaluationInput input) {
    return Interchange.mapper().valueToTree(input);
  }

  private static List<JsonNode> replacements() {
    ArrayNode oneString = NODES.arrayNode().add("U1");
    ObjectNode object = NODES.objectNode().put("id", "X");
    return List.of(NODES.textNode(""), NODES.textNode("10"), NODES.textNode("true"), NODES.textNode("2026-01-01T00:00"),
        NODES.numberNode(0), NODES.numberNode(1), NODES.numberNode(-1), NODES.numberNode(new BigDecimal("40.0")),
        NODES.numberNode(new BigDecimal("0.5")), NODES.booleanNode(true), NODES.booleanNode(false), NODES.nullNode(),
        NODES.arrayNode(), oneString, object);
  }

  /** Every place of a document: each value and each field, with a way to change it there. */
  private static void places(JsonNode node, List<Consumer<JsonNode>> replaceAt, List<Runnable> removeAt) {
    if (node instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode value = object.get(name);
        replaceAt.add(v -> object.set(name, v));
        removeAt.add(() -> object.remove(name));
        places(value, replaceAt, removeAt);
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        int at = i;
        replaceAt.add(v -> array.set(at, v));
        places(array.get(i), replaceAt, removeAt);
      }
    }
  }

  private static byte[] bytes(JsonNode tree) {
    try {
      return Interchange.mapper().writeValueAsBytes(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fast path on a document, read from its bytes; from its tree, it must give the same. */
  private static EvaluationInput quickly(JsonNode document) {
    EvaluationInput fromBytes = INTERCHANGE.acceptedQuickly(bytes(document));
    assertThat(INTERCHANGE.acceptedQuickly(document)).as("from the tree as from the bytes").isEqualTo(fromBytes);
    return fromBytes;
  }

  /** A text the fast path leaves to the validator, which gives the problems it gives today. */
  private static void assertLeftToTheValidator(String json) {
    byte[] text = json.getBytes(StandardCharsets.UTF_8);
    assertThat(INTERCHANGE.acceptedQuickly(text)).isNull();
    List<Problem> problems = INTERCHANGE.validateInput(text);
    assertThat(problems).isNotEmpty();
    assertThatThrownBy(() -> INTERCHANGE.readInput(text)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.problems()).isEqualTo(problems));
  }

  private static void assertSound(JsonNode changed, String what) {
    if (quickly(changed) != null) {
      assertThat(INTERCHANGE.validateTree(changed).listed()).as("accepted quickly, but the validator finds problems: %s",
          what).isEmpty();
    }
  }

  private static void assertSoundUnderEveryChange(JsonNode valid) {
    List<Consumer<JsonNode>> replace = new ArrayList<>();
    List<Runnable> remove = new ArrayList<>();
    JsonNode probe = valid.deepCopy();
    places(probe, replace, remove);
    for (int i = 0; i < replace.size(); i++) {
      for (JsonNode v : replacements()) {
        JsonNode copy = valid.deepCopy();
        List<Consumer<JsonNode>> r = new ArrayList<>();
        places(copy, r, new ArrayList<>());
        r.get(i).accept(v);
        assertSound(copy, "place " + i + " set to " + v);
      }
    }
    for (int i = 0; i < remove.size(); i++) {
      JsonNode copy = valid.deepCopy();
      List<Runnable> r = new ArrayList<>();
      places(copy, new ArrayList<>(), r);
      r.get(i).run();
      assertSound(copy, "field " + i + " removed");
    }
  }

  @Property(tries = 30)
  void acceptedQuickly_anyChangeOfAValidDocument_onlyWhenTheValidatorFindsNothing(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 3) int cadres) {
    assertSoundUnderEveryChange(document(RandomInputs.continuous(RandomInputs.generate(seed, cadres, 2026), seed)));
  }

  @Property(tries = 30)
  void acceptedQuickly_validDocument_acceptsIt(@ForAll long seed, @ForAll @IntRange(min = 1, max = 20) int cadres) {
    EvaluationInput input = RandomInputs.continuous(RandomInputs.generate(seed, cadres, 2026), seed);
    assertThat(quickly(document(input))).isEqualTo(input);
    EvaluationInput older = RandomInputs.generate(seed, cadres, 2025);
    assertThat(quickly(document(older))).isEqualTo(older);
  }

  @Test
  void acceptedQuickly_optionalDefaultsWrittenOut_acceptsThem() {
    EvaluationInput input = RandomInputs.continuous(RandomInputs.generate(7, 4, 2026), 7);
    JsonNode doc = document(input);
    ((ObjectNode) doc.get("period")).putNull("ruleSetVersion");
    for (JsonNode product : doc.get("products")) {
      ObjectNode p = (ObjectNode) product;
      p.putIfAbsent("conversion", NODES.numberNode(new BigDecimal("1.00")));
      p.putIfAbsent("qualityFailures", NODES.numberNode(0));
      p.putIfAbsent("delays", NODES.numberNode(0));
      p.putIfAbsent("excuses", NODES.arrayNode());
      p.putIfAbsent("evidence", NODES.nullNode());
    }
    for (JsonNode unit : doc.get("units")) {
      ((ObjectNode) unit).putIfAbsent("corruptionFinding", NODES.booleanNode(false));
    }
    ((ObjectNode) doc).putIfAbsent("surveys", NODES.arrayNode());

    assertThat(quickly(doc)).isNotNull();
  }

  @Test
  void acceptedQuickly_shapesTheBindingWouldCoerce_refusesThem() {
    EvaluationInput input = RandomInputs.continuous(RandomInputs.generate(11, 3, 2026), 11);
    for (Map.Entry<String, JsonNode> change : List.of(
        Map.entry("/confidenceVotes/0/voters", (JsonNode) NODES.numberNode(new BigDecimal("40.0"))),
        Map.entry("/products/0/target", (JsonNode) NODES.textNode("10")),
        Map.entry("/tasks/0/approved", (JsonNode) NODES.textNode("true")),
        Map.entry("/tasks/0/deadline", (JsonNode) NODES.textNode("2026-12-31T00:00")),
        Map.entry("/units/0/corruptionFinding", (JsonNode) NODES.numberNode(0)),
        Map.entry("/products/0/delays", (JsonNode) NODES.numberNode(new BigDecimal("0.0"))),
        Map.entry("/products/0/delivered", (JsonNode) NODES.arrayNode()),
        Map.entry("/cadres/0/leads", (JsonNode) NODES.textNode("U1")),
        Map.entry("/format", (JsonNode) NODES.textNode("evaluation-input/2")))) {
      JsonNode doc = document(input);
      String pointer = change.getKey();
      JsonNode parent = doc.at(pointer.substring(0, pointer.lastIndexOf('/')));
      if (parent.isMissingNode()) {
        continue;
      }
      String name = pointer.substring(pointer.lastIndexOf('/') + 1);
      if (parent instanceof ObjectNode o) {
        o.set(name, change.getValue());
      }
      assertThat(quickly(doc)).as(pointer).isNull();
    }
  }

  @Test
  void acceptedQuickly_unknownField_refusesIt() {
    JsonNode doc = document(RandomInputs.generate(3, 2, 2026));
    ((ObjectNode) doc.get("cadres").get(0)).put("aproved", true);

    assertThat(quickly(doc)).isNull();
  }

  @Property(tries = 20)
  void acceptedQuickly_fieldsInAnotherOrder_acceptsThem(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 5) int cadres) {
    EvaluationInput input = RandomInputs.continuous(RandomInputs.generate(seed, cadres, 2026), seed);
    ObjectNode doc = (ObjectNode) document(input);
    List<String> names = new ArrayList<>();
    doc.fieldNames().forEachRemaining(names::add);
    java.util.Collections.shuffle(names, new java.util.Random(seed));
    ObjectNode reordered = NODES.objectNode();
    for (String name : names) {
      JsonNode value = doc.get(name);
      if (value.isArray() && value.size() > 0 && value.get(0).isObject()) {
        for (JsonNode element : value) {
          ObjectNode e = (ObjectNode) element;
          List<String> fields = new ArrayList<>();
          e.fieldNames().forEachRemaining(fields::add);
          java.util.Collections.reverse(fields);
          ObjectNode turned = NODES.objectNode();
          fields.forEach(f -> turned.set(f, e.get(f)));
          e.removeAll();
          e.setAll(turned);
        }
      }
      reordered.set(name, value);
    }

    assertThat(quickly(reordered)).isEqualTo(input);
    assertThat(INTERCHANGE.readInput(bytes(reordered))).isEqualTo(input);
  }

  @Test
  void acceptedQuickly_emptyArrays_acceptsThoseTheSchemaAllowsEmpty() {
    EvaluationInput input = RandomInputs.generate(5, 3, 2026);
    ObjectNode doc = (ObjectNode) document(input);
    doc.set("disciplines", NODES.arrayNode());
    doc.set("surveys", NODES.arrayNode());

    assertThat(quickly(doc)).isNotNull();
  }

  @Test
  void acceptedQuickly_emptyArrayWhereMinItemsForbidsIt_leavesItToTheValidator() {
    ObjectNode doc = (ObjectNode) document(RandomInputs.continuous(RandomInputs.generate(5, 3, 2026), 5));
    ((ObjectNode) doc.get("period")).set("reviews", NODES.arrayNode());

    assertThat(quickly(doc)).isNull();
    assertThat(INTERCHANGE.validateInput(bytes(doc))).extracting(Problem::path).contains("$.period.reviews");
  }

  @Test
  void acceptedQuickly_nullForAList_leavesItToTheValidator() {
    ObjectNode doc = (ObjectNode) document(RandomInputs.generate(5, 3, 2026));
    doc.putNull("tasks");

    assertThat(quickly(doc)).isNull();
  }

  @Test
  void acceptedQuickly_requiredArrayLeftOut_leavesItToTheValidator() {
    ObjectNode doc = (ObjectNode) document(RandomInputs.generate(5, 3, 2026));
    doc.remove("positions");

    assertThat(quickly(doc)).isNull();
    assertLeftToTheValidator(new String(bytes(doc), StandardCharsets.UTF_8));
  }

  @Test
  void readInput_topLevelFieldTwice_isLeftToTheValidator() {
    String json = new String(bytes(document(RandomInputs.generate(5, 3, 2026))), StandardCharsets.UTF_8);
    String twice = json.substring(0, json.length() - 1) + ", \"surveys\": [], \"surveys\": []}";

    assertLeftToTheValidator(twice);
  }

  @Test
  void readInput_topLevelStreamedArrayTwice_isLeftToTheValidator() {
    ObjectNode doc = (ObjectNode) document(RandomInputs.generate(5, 3, 2026));
    String cadres = doc.get("cadres").toString();
    String json = new String(bytes(doc), StandardCharsets.UTF_8);
    String twice = json.substring(0, json.length() - 1) + ", \"cadres\": " + cadres + "}";

    assertLeftToTheValidator(twice);
  }

  @Test
  void readInput_fieldTwiceInAnElement_isLeftToTheValidator() {
    String json = new String(bytes(document(RandomInputs.generate(5, 3, 2026))), StandardCharsets.UTF_8);
    String twice = json.replaceFirst("\"cadres\":\\[\\{", "\"cadres\":[{\"id\":\"X\",");

    assertThat(twice).isNotEqualTo(json);
    assertLeftToTheValidator(twice);
  }

  @Test
  void readInput_arrayElementNotAnObject_isLeftToTheValidator() {
    for (JsonNode element : List.of(NODES.textNode("C1"), NODES.numberNode(1), NODES.nullNode(), NODES.arrayNode(),
        NODES.booleanNode(true))) {
      ObjectNode doc = (ObjectNode) document(RandomInputs.generate(5, 3, 2026));
      ((ArrayNode) doc.get("tasks")).add(element);

      assertLeftToTheValidator(new String(bytes(doc), StandardCharsets.UTF_8));
    }
  }

  @Test
  void readInput_trailingContentAfterTheDocument_isLeftToTheValidator() {
    String json = new String(bytes(document(RandomInputs.generate(5, 3, 2026))), StandardCharsets.UTF_8);

    for (String trailing : List.of(" {}", " 1", " x", "]", " \"more\"")) {
      assertLeftToTheValidator(json + trailing);
    }
  }

  @Test
  void readInput_notAnObject_isLeftToTheValidator() {
    for (String json : List.of("[]", "1", "\"x\"", "null", "", "{", "{\"cadres\": [")) {
      assertLeftToTheValidator(json);
    }
  }

  @Test
  void readInput_documentBeyondTheSizeLimit_refusedOnTheFastPathToo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
      throws java.io.IOException {
    byte[] json = bytes(document(RandomInputs.generate(5, 3, 2026)));
    Interchange small = INTERCHANGE.withLimits(InputLimits.defaults().withMaxDocumentBytes(json.length - 1));
    java.nio.file.Path file = folder.resolve("input.json");
    java.nio.file.Files.write(file, json);

    assertThat(small.acceptedQuickly(json)).isNull();
    assertThatThrownBy(() -> small.readInput(json)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.problems()).extracting(Problem::key).containsExactly("documentTooLarge"));
    assertThatThrownBy(() -> small.readInput(file)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.problems()).extracting(Problem::key).containsExactly("documentTooLarge"));
    assertThat(INTERCHANGE.readInput(file)).isEqualTo(INTERCHANGE.readInput(json));
  }
}
