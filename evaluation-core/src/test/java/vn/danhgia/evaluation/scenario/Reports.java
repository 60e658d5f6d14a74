package vn.danhgia.evaluation.scenario;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import vn.danhgia.evaluation.model.Rating;
import vn.danhgia.evaluation.report.CadreResult;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.report.InputIdentity;
import vn.danhgia.evaluation.report.Message;
import vn.danhgia.evaluation.report.Reason;
import vn.danhgia.evaluation.report.ResultStatus;
import vn.danhgia.evaluation.report.RuleSetIdentity;
import vn.danhgia.evaluation.report.Components;
import vn.danhgia.evaluation.report.ScoreComponents;
import vn.danhgia.evaluation.report.Summary;

/** Reports made by hand, for tests that need exact results without running rules. */
final class Reports {
  private Reports() {}

  static EvaluationReport report(String version, CadreResult... results) {
    List<CadreResult> list = Arrays.asList(results);
    return new EvaluationReport("2025", new RuleSetIdentity("leaders", version, "ab".repeat(32)),
        new InputIdentity("cd".repeat(32)), list, Summary.of(list));
  }

  static CadreResult rated(String cadre, Rating rating, String score, Reason... reasons) {
    BigDecimal s = new BigDecimal(score);
    ScoreComponents c = Components.of(new BigDecimal("20.00"), s.subtract(new BigDecimal("50.00")),
        new BigDecimal("15.00"), new BigDecimal("15.00"));
    return new CadreResult(cadre, ResultStatus.RATED, rating, rating.vietnamese(), s, c, List.of(reasons), List.of(),
        List.of());
  }

  static CadreResult flagged(CadreResult r, String... flags) {
    return new CadreResult(r.cadre(), r.status(), r.rating(), r.label(), r.score(), r.components(), r.reasons(),
        List.of(flags), r.work());
  }

  static CadreResult incomplete(String cadre, Reason... reasons) {
    return new CadreResult(cadre, ResultStatus.INCOMPLETE, null, null, null, null, List.of(reasons), List.of(),
        List.of());
  }

  static Reason reason(String code, String rule) {
    return new Reason(code, rule, null, new Message("vi " + code, "en " + code));
  }

  static Reason reason(String code, String rule, String subject) {
    return new Reason(code, rule, subject, new Message("vi " + code, "en " + code));
  }
}
