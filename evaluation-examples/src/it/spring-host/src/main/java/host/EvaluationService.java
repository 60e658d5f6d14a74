package host;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.danhgia.evaluation.EvaluationException;
import vn.danhgia.evaluation.engine.Evaluator;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.ruleset.RuleSets;
import vn.danhgia.evaluation.validation.InvalidInputException;

/** A web service that evaluates an input on {@code POST /evaluations} and answers with the report. */
@SpringBootApplication
@RestController
public class EvaluationService {
  private final Evaluator evaluator;

  /** @param evaluator the evaluator, shared by every request (it is thread-safe) */
  public EvaluationService(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  /**
   * The shipped rule set, every version loaded when the service starts (compileEagerly): the first
   * request does not pay for it, and a broken rule set stops the start, not a request.
   *
   * @return the evaluator
   */
  @Bean
  static Evaluator evaluator() {
    return Evaluator.builder().ruleSets(RuleSets.builtIn("leaders")).compileEagerly().build();
  }

  /**
   * @param input an evaluation-input/1 document
   * @return the report, evaluation-report/1, as the command line writes it
   */
  @PostMapping(path = "/evaluations", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public String evaluate(@RequestBody byte[] input) {
    EvaluationReport report = evaluator.evaluate(evaluator.interchange().readInput(input));
    return evaluator.interchange().writeReportAsString(report);
  }

  /**
   * @param e an input that is not valid
   * @return 400 with every problem at its JSON path
   */
  @ExceptionHandler(InvalidInputException.class)
  public ResponseEntity<Map<String, Object>> invalid(InvalidInputException e) {
    return ResponseEntity.badRequest().body(Map.of("problems",
        e.problems().stream().map(p -> Map.of("path", p.path(), "message", p.message())).toList()));
  }

  /**
   * @param e any other failure of the library (rules that fail while running, …)
   * @return 500 with its message
   */
  @ExceptionHandler(EvaluationException.class)
  public ResponseEntity<Map<String, Object>> failed(EvaluationException e) {
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(Map.of("error", e.getMessage()));
  }

  /** @param args Spring Boot's arguments (e.g. {@code --server.port=8080}) */
  public static void main(String[] args) {
    SpringApplication.run(EvaluationService.class, args);
  }
}
