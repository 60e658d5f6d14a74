package vn.danhgia.evaluation.baseline;

import java.util.ArrayList;
import java.util.List;
import vn.danhgia.evaluation.model.Assessment;
import vn.danhgia.evaluation.model.Cadre;
import vn.danhgia.evaluation.model.ConfidenceVote;
import vn.danhgia.evaluation.model.Discipline;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.model.Order;
import vn.danhgia.evaluation.model.Product;
import vn.danhgia.evaluation.model.Survey;
import vn.danhgia.evaluation.model.Task;

/**
 * An input with every cadre repeated: each copy has the same position, units, tasks, orders,
 * products (with their fields of continuous evaluation), assessments, disciplines, votes and surveys
 * under new ids, so it comes out exactly like the
 * original. Peer groups then hold candidates tied on score and share exceeded, which random inputs
 * almost never do: the quota's ties ({@code QUOTA_TIE}) get exercised.
 */
final class Twins {
  private Twins() {}

  /**
   * @param input an input
   * @param copies how many copies of each cadre to add
   * @return the input with the copies (ids suffixed "~1", "~2", …)
   */
  static EvaluationInput of(EvaluationInput input, int copies) {
    List<Cadre> cadres = new ArrayList<>(input.cadres());
    List<Task> tasks = new ArrayList<>(input.tasks());
    List<Order> orders = new ArrayList<>(input.orders());
    List<Product> products = new ArrayList<>(input.products());
    List<Assessment> assessments = new ArrayList<>(input.assessments());
    List<Discipline> disciplines = new ArrayList<>(input.disciplines());
    List<ConfidenceVote> votes = new ArrayList<>(input.confidenceVotes());
    List<Survey> surveys = new ArrayList<>(input.surveys());
    for (int k = 1; k <= copies; k++) {
      String s = "~" + k;
      for (Cadre c : input.cadres()) {
        cadres.add(new Cadre(c.id() + s, c.name(), c.position(), c.leads()));
      }
      for (Task t : input.tasks()) {
        tasks.add(new Task(t.id() + s, t.cadre() + s, t.kind(), t.title(), t.deadline(), t.basicTarget(),
            t.approved()));
      }
      for (Order o : input.orders()) {
        orders.add(new Order(o.id() + s, o.cadre() + s, o.title(), o.orderedBy(), o.deadline()));
      }
      for (Product p : input.products()) {
        products.add(new Product(p.id() + s, p.task() == null ? null : p.task() + s,
            p.order() == null ? null : p.order() + s, p.indicator(), p.target(), p.actual(), p.direction(),
            p.delivered(), p.evidence(), p.conversion(), p.due(), p.qualityFailures(), p.delays(), p.excuses()));
      }
      for (Assessment a : input.assessments()) {
        assessments.add(new Assessment(a.cadre() + s, a.by(), a.generalPoints()));
      }
      for (Discipline d : input.disciplines()) {
        disciplines.add(new Discipline(d.cadre() + s, d.form(), d.effective(), d.selfRemedied()));
      }
      for (ConfidenceVote v : input.confidenceVotes()) {
        votes.add(new ConfidenceVote(v.cadre() + s, v.date(), v.voters(), v.low()));
      }
      for (Survey v : input.surveys()) {
        surveys.add(new Survey(v.cadre() + s, v.date(), v.respondents(), v.satisfied()));
      }
    }
    return new EvaluationInput(input.period(), input.units(), input.positions(), cadres, tasks, orders, products,
        assessments, disciplines, votes, surveys);
  }
}
