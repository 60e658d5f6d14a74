package host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.danhgia.evaluation.engine.Evaluator;

/** The service started on 127.0.0.1 (a free port), answering a real HTTP request. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EvaluationServiceTest {
  @LocalServerPort
  int port;

  @Autowired
  ApplicationContext context;

  @Autowired
  Evaluator evaluator;

  @Test
  void postEvaluations_tuyenQuang2019_answersTheCommandLinesReport() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/evaluations"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofFile(Path.of(System.getProperty("input"))))
        .build();

    long started = System.nanoTime();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    long firstMs = (System.nanoTime() - started) / 1_000_000;
    System.out.println("HOST first evaluation (POST /evaluations) took " + firstMs + " ms");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(Files.readAllBytes(Path.of(System.getProperty("cliReport"))));
    System.out.println("HOST precompiled=" + evaluator.ruleSet("2019.1").precompiled());
  }

  @Test
  void postEvaluations_invalidInput_answers400WithEachProblemsPath() throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/evaluations"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"format\":\"evaluation-input/1\"}")).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).startsWith("{\"problems\":[{").contains("\"path\":\"$");
  }

  @Test
  void context_runsOnSpringBootsJacksonWithoutMustache() {
    assertThat(PackageVersion.VERSION.toString()).isEqualTo(System.getProperty("springJackson"));
    assertThat(context.getBeanNamesForType(org.springframework.web.servlet.ViewResolver.class))
        .noneMatch(name -> name.toLowerCase().contains("mustache"));
    assertThatThrownBy(() -> Class.forName("com.samskivert.mustache.Mustache"))
        .isInstanceOf(ClassNotFoundException.class);
  }
}
