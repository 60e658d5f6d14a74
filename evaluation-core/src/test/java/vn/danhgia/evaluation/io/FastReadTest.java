package vn.danhgia.evaluation.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
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

/**
 * The fast path of reading a document ({@link Interchange#acceptedQuickly}) is sound: it accepts a
 * document only when {@link InputValidator} finds no problem in it (it may leave to the validator a
 * document the validator accepts, such as {@code 40.0} for an integer), whatever is changed in a valid
 * document: every value replaced by values of every JSON type, every field removed, an unknown field
 * added. And it does accept valid documents, with their optional fields written out or left out.
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

  private static void assertSound(JsonNode changed, String what) {
    if (INTERCHANGE.acceptedQuickly(changed) != null) {
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
    assertThat(INTERCHANGE.acceptedQuickly(document(input))).isEqualTo(input);
    EvaluationInput older = RandomInputs.generate(seed, cadres, 2025);
    assertThat(INTERCHANGE.acceptedQuickly(document(older))).isEqualTo(older);
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

    assertThat(INTERCHANGE.acceptedQuickly(doc)).isNotNull();
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
      assertThat(INTERCHANGE.acceptedQuickly(doc)).as(pointer).isNull();
    }
  }

  @Test
  void acceptedQuickly_unknownField_refusesIt() {
    JsonNode doc = document(RandomInputs.generate(3, 2, 2026));
    ((ObjectNode) doc.get("cadres").get(0)).put("aproved", true);

    assertThat(INTERCHANGE.acceptedQuickly(doc)).isNull();
  }
}
