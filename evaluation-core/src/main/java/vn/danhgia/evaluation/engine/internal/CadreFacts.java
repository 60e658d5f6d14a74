package vn.danhgia.evaluation.engine.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.danhgia.evaluation.model.Assessment;
import vn.danhgia.evaluation.model.Cadre;
import vn.danhgia.evaluation.model.ConfidenceVote;
import vn.danhgia.evaluation.model.Discipline;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.model.Order;
import vn.danhgia.evaluation.model.Position;
import vn.danhgia.evaluation.model.Product;
import vn.danhgia.evaluation.model.Survey;
import vn.danhgia.evaluation.model.Task;
import vn.danhgia.evaluation.model.Unit;

/** The input's records grouped by cadre, and the facts of a batch of cadres. */
final class CadreFacts {
  final Map<String, Cadre> cadres;
  final Map<String, Position> positions;
  final Map<String, Unit> units;
  final Map<String, Product> products;
  final Map<String, List<Object>> byCadre;

  CadreFacts(EvaluationInput input) {
    cadres = sized(input.cadres().size());
    positions = sized(input.positions().size());
    units = sized(input.units().size());
    products = sized(input.products().size());
    byCadre = sized(input.cadres().size());
    input.cadres().forEach(c -> cadres.put(c.id(), c));
    input.positions().forEach(p -> positions.put(p.code(), p));
    input.units().forEach(u -> units.put(u.id(), u));
    Map<String, String> taskOwner = sized(input.tasks().size());
    Map<String, String> orderOwner = sized(input.orders().size());
    for (Task t : input.tasks()) {
      taskOwner.put(t.id(), t.cadre());
      add(t.cadre(), t);
    }
    for (Order o : input.orders()) {
      orderOwner.put(o.id(), o.cadre());
      add(o.cadre(), o);
    }
    for (Product p : input.products()) {
      products.put(p.id(), p);
      add(p.task() != null ? taskOwner.get(p.task()) : orderOwner.get(p.order()), p);
    }
    for (Assessment a : input.assessments()) {
      add(a.cadre(), a);
    }
    for (Discipline d : input.disciplines()) {
      add(d.cadre(), d);
    }
    for (ConfidenceVote v : input.confidenceVotes()) {
      add(v.cadre(), v);
    }
    for (Survey s : input.surveys()) {
      add(s.cadre(), s);
    }
  }

  /** A map that holds {@code size} entries without growing. */
  private static <K, V> Map<K, V> sized(int size) {
    return new HashMap<>(Math.max(16, (int) (size / 0.75f) + 1));
  }

  private void add(String cadre, Object record) {
    byCadre.computeIfAbsent(cadre, k -> new ArrayList<>()).add(record);
  }

  List<Object> facts(EvaluationInput input, List<Cadre> batch) {
    List<Object> facts = new ArrayList<>();
    facts.add(input.period());
    facts.addAll(input.period().reviewsOrWhole());
    Set<Object> shared = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Cadre c : batch) {
      facts.add(c);
      Position p = positions.get(c.position());
      if (shared.add(p)) {
        facts.add(p);
      }
      for (String unitId : c.leads()) {
        Unit u = units.get(unitId);
        if (u != null && shared.add(u)) {
          facts.add(u);
        }
      }
      facts.addAll(byCadre.getOrDefault(c.id(), List.of()));
    }
    return facts;
  }
}
