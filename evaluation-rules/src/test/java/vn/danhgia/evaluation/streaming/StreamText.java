package vn.danhgia.evaluation.streaming;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.danhgia.evaluation.model.Cadre;
import vn.danhgia.evaluation.model.EvaluationInput;

/** An input written as an evaluation-stream/1 text: a header line, then one line per cadre. */
final class StreamText {
  static final JsonMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

  private StreamText() {}

  static String of(EvaluationInput input) {
    StringBuilder out = new StringBuilder();
    ObjectNode header = JSON.createObjectNode();
    header.put("format", "evaluation-stream/1");
    header.set("period", JSON.valueToTree(input.period()));
    header.set("units", JSON.valueToTree(input.units()));
    header.set("positions", JSON.valueToTree(input.positions()));
    out.append(header).append('\n');
    Map<String, String> taskOwner = new HashMap<>();
    Map<String, String> orderOwner = new HashMap<>();
    input.tasks().forEach(t -> taskOwner.put(t.id(), t.cadre()));
    input.orders().forEach(o -> orderOwner.put(o.id(), o.cadre()));
    for (Cadre c : input.cadres()) {
      ObjectNode line = JSON.createObjectNode();
      line.set("cadre", JSON.valueToTree(c));
      line.set("tasks", JSON.valueToTree(input.tasks().stream().filter(t -> t.cadre().equals(c.id())).toList()));
      line.set("orders", JSON.valueToTree(input.orders().stream().filter(o -> o.cadre().equals(c.id())).toList()));
      line.set("products", JSON.valueToTree(input.products().stream().filter(p -> c.id().equals(
          p.task() != null ? taskOwner.get(p.task()) : orderOwner.get(p.order()))).toList()));
      line.set("assessments", JSON.valueToTree(input.assessments().stream().filter(a -> a.cadre().equals(c.id())).toList()));
      line.set("disciplines", JSON.valueToTree(input.disciplines().stream().filter(d -> d.cadre().equals(c.id())).toList()));
      line.set("confidenceVotes", JSON.valueToTree(input.confidenceVotes().stream().filter(v -> v.cadre().equals(c.id())).toList()));
      out.append(line).append('\n');
    }
    return out.toString();
  }

  static List<String> lines(String text) {
    return List.of(text.split("\n"));
  }
}
