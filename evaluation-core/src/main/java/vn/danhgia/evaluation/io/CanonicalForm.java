package vn.danhgia.evaluation.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import vn.danhgia.evaluation.model.Assessment;
import vn.danhgia.evaluation.model.Cadre;
import vn.danhgia.evaluation.model.ConfidenceVote;
import vn.danhgia.evaluation.model.Discipline;
import vn.danhgia.evaluation.model.Excuse;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.model.EvaluationPeriod;
import vn.danhgia.evaluation.model.Order;
import vn.danhgia.evaluation.model.Position;
import vn.danhgia.evaluation.model.Product;
import vn.danhgia.evaluation.model.QuotaException;
import vn.danhgia.evaluation.model.Survey;
import vn.danhgia.evaluation.model.Task;
import vn.danhgia.evaluation.model.Unit;

/**
 * The canonical order of an input: every array sorted by its key (the id, or the fields of records
 * without one), as the canonical form behind {@code input.sha256} writes it ({@link CanonicalWriter}),
 * except the period's reviews, whose order the contract prescribes.
 */
final class CanonicalForm {
  static final Comparator<Unit> UNITS = (a, b) -> a.id().compareTo(b.id());
  static final Comparator<Position> POSITIONS = (a, b) -> a.code().compareTo(b.code());
  static final Comparator<Cadre> CADRES = (a, b) -> a.id().compareTo(b.id());
  static final Comparator<Task> TASKS = (a, b) -> a.id().compareTo(b.id());
  static final Comparator<Order> ORDERS = (a, b) -> a.id().compareTo(b.id());
  static final Comparator<Product> PRODUCTS = (a, b) -> a.id().compareTo(b.id());
  static final Comparator<Assessment> ASSESSMENTS = (a, b) -> {
    int c = a.cadre().compareTo(b.cadre());
    if (c == 0) {
      c = a.by().compareTo(b.by());
    }
    return c != 0 ? c : a.generalPoints().compareTo(b.generalPoints());
  };
  static final Comparator<Discipline> DISCIPLINES = (a, b) -> {
    int c = a.cadre().compareTo(b.cadre());
    if (c == 0) {
      c = a.effective().compareTo(b.effective());
    }
    if (c == 0) {
      c = a.form().compareTo(b.form());
    }
    return c != 0 ? c : Boolean.compare(a.selfRemedied(), b.selfRemedied());
  };
  static final Comparator<ConfidenceVote> VOTES = (a, b) -> {
    int c = a.cadre().compareTo(b.cadre());
    if (c == 0) {
      c = a.date().compareTo(b.date());
    }
    if (c == 0) {
      c = Integer.compare(a.voters(), b.voters());
    }
    return c != 0 ? c : Integer.compare(a.low(), b.low());
  };
  static final Comparator<Survey> SURVEYS = (a, b) -> {
    int c = a.cadre().compareTo(b.cadre());
    if (c == 0) {
      c = a.date().compareTo(b.date());
    }
    if (c == 0) {
      c = Integer.compare(a.respondents(), b.respondents());
    }
    return c != 0 ? c : Integer.compare(a.satisfied(), b.satisfied());
  };
  static final Comparator<Excuse> EXCUSES = Excuse.ORDER;
  static final Comparator<QuotaException> EXCEPTIONS = (a, b) -> {
    int c = a.group().compareTo(b.group());
    return c != 0 ? c : a.percent().compareTo(b.percent());
  };

  private CanonicalForm() {}

  static EvaluationInput sort(EvaluationInput in) {
    EvaluationPeriod p = in.period();
    EvaluationPeriod period = new EvaluationPeriod(p.id(), p.start(), p.end(), p.ruleSetVersion(),
        sorted(p.quotaExceptions(), EXCEPTIONS), p.reviews());
    List<Cadre> cadres = new ArrayList<>(in.cadres().size());
    for (Cadre c : in.cadres()) {
      cadres.add(c.leads().size() < 2 ? c : new Cadre(c.id(), c.name(), c.position(), sorted(c.leads(),
          Comparator.naturalOrder())));
    }
    List<Product> products = new ArrayList<>(in.products().size());
    for (Product pr : in.products()) {
      products.add(pr.excuses().size() < 2 ? pr : new Product(pr.id(), pr.task(), pr.order(), pr.indicator(),
          pr.target(), pr.actual(), pr.direction(), pr.delivered(), pr.evidence(), pr.conversion(), pr.due(),
          pr.qualityFailures(), pr.delays(), sorted(pr.excuses(), EXCUSES)));
    }
    return new EvaluationInput(
        period,
        sorted(in.units(), UNITS),
        sorted(in.positions(), POSITIONS),
        sorted(cadres, CADRES),
        sorted(in.tasks(), TASKS),
        sorted(in.orders(), ORDERS),
        sorted(products, PRODUCTS),
        sorted(in.assessments(), ASSESSMENTS),
        sorted(in.disciplines(), DISCIPLINES),
        sorted(in.confidenceVotes(), VOTES),
        sorted(in.surveys(), SURVEYS));
  }

  /** The list's elements in the given order, as an array (sorting an ordered array costs one pass). */
  static <T> T[] sortedArray(List<T> list, T[] type, Comparator<? super T> order) {
    T[] array = list.toArray(type);
    if (array.length > 1) {
      Arrays.sort(array, order);
    }
    return array;
  }

  private static <T> List<T> sorted(List<T> list, Comparator<? super T> order) {
    List<T> out = new ArrayList<>(list);
    out.sort(order);
    return out;
  }
}
