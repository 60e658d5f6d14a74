package vn.danhgia.evaluation.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import vn.danhgia.evaluation.model.Assessment;
import vn.danhgia.evaluation.model.Cadre;
import vn.danhgia.evaluation.model.ConfidenceVote;
import vn.danhgia.evaluation.model.Discipline;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.model.EvaluationPeriod;
import vn.danhgia.evaluation.model.Order;
import vn.danhgia.evaluation.model.Position;
import vn.danhgia.evaluation.model.Product;
import vn.danhgia.evaluation.model.QuotaException;
import vn.danhgia.evaluation.model.Task;
import vn.danhgia.evaluation.model.Unit;

/**
 * The canonical form of an input, the bytes behind {@code input.sha256}: the input as the model
 * holds it (absent optional fields omitted, booleans written out), every array sorted by its key,
 * every object's fields sorted by name, numbers as plain decimals without trailing zeros, no
 * whitespace, UTF-8. It does not depend on the order of the input's arrays nor on its formatting.
 */
final class CanonicalForm {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private CanonicalForm() {}

  static byte[] bytes(JsonMapper mapper, EvaluationInput input) {
    EvaluationInput sorted = sort(input);
    JsonNode tree = mapper.valueToTree(sorted);
    try {
      return mapper.writeValueAsBytes(normalise(tree));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write the canonical form", e);
    }
  }

  static EvaluationInput sort(EvaluationInput in) {
    EvaluationPeriod p = in.period();
    EvaluationPeriod period = new EvaluationPeriod(p.id(), p.start(), p.end(), p.ruleSetVersion(),
        sorted(p.quotaExceptions(), Comparator.comparing(QuotaException::group)
            .thenComparing(QuotaException::percent)));
    return new EvaluationInput(
        period,
        sorted(in.units(), Comparator.comparing(Unit::id)),
        sorted(in.positions(), Comparator.comparing(Position::code)),
        in.cadres().stream()
            .map(c -> new Cadre(c.id(), c.name(), c.position(), c.leads().stream().sorted().toList()))
            .sorted(Comparator.comparing(Cadre::id))
            .toList(),
        sorted(in.tasks(), Comparator.comparing(Task::id)),
        sorted(in.orders(), Comparator.comparing(Order::id)),
        sorted(in.products(), Comparator.comparing(Product::id)),
        sorted(in.assessments(), Comparator.comparing(Assessment::cadre).thenComparing(Assessment::by)
            .thenComparing(Assessment::generalPoints)),
        sorted(in.disciplines(), Comparator.comparing(Discipline::cadre)
            .thenComparing(Discipline::effective).thenComparing(Discipline::form)
            .thenComparing(Discipline::selfRemedied)),
        sorted(in.confidenceVotes(), Comparator.comparing(ConfidenceVote::cadre)
            .thenComparing(ConfidenceVote::date).thenComparingInt(ConfidenceVote::voters)
            .thenComparingInt(ConfidenceVote::low)));
  }

  private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
    return list.stream().sorted(order).toList();
  }

  private static JsonNode normalise(JsonNode node) {
    if (node.isObject()) {
      TreeMap<String, JsonNode> fields = new TreeMap<>();
      node.fields().forEachRemaining(e -> fields.put(e.getKey(), normalise(e.getValue())));
      ObjectNode out = NODES.objectNode();
      fields.forEach(out::set);
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = NODES.arrayNode();
      node.forEach(n -> out.add(normalise(n)));
      return out;
    }
    if (node.isNumber()) {
      BigDecimal d = node.decimalValue().stripTrailingZeros();
      return NODES.numberNode(d.scale() < 0 ? d.setScale(0) : d);
    }
    return node;
  }

}
