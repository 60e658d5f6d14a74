package vn.danhgia.evaluation.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.evaluation.io.Interchange;
import vn.danhgia.evaluation.model.Cadre;
import vn.danhgia.evaluation.model.EvaluationInput;

/**
 * Opens the HTML page of the Tuyên Quang example in headless Chromium: a screenshot that shows the
 * chart's colours, and the DOM the browser built, with the chart and every cadre, and no console
 * message; and the page of a 2026 input (rule set 2026.1), with each cadre's review chart, the
 * products by review and the next band. Skipped, with a message, where no Chromium is installed (Debian: {@code apt-get install
 * chromium}); {@code -Dchromium=PATH} (or {@code $CHROMIUM}) names the browser binary to use instead, and {@code
 * -Dhtml.screenshot=FILE} ({@code -Dhtml.screenshot2026=FILE}) keeps a copy of the screenshot (of the 2026 page).
 */
class HtmlReportBrowserTest {
  static final Path EXAMPLE = Path.of("data/tuyen-quang-2019.json");
  /** A 2026 input (rule set 2026.1): four quarters, a review not counted, excuses, a next band. */
  static final Path CONTINUOUS = Path.of("src/test/resources/html/continuous-2026.json");
  /** The fill of a review's bar in a cadre's review chart. */
  static final int REVIEW_BAR = 0x3949ab;
  static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
      "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");
  static final int WIDTH = 1280;
  static final int HEIGHT = 2000;
  static final long TIMEOUT_SECONDS = 120;
  /** The chart's fills (EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED); the example has every one of them. */
  static final Map<String, Integer> CHART_COLOURS = Map.of(
      "EXCELLENT", 0x1b5e20, "GOOD", 0x43a047, "COMPLETED", 0xf9a825, "NOT_COMPLETED", 0xc62828);

  static Path browser;
  static String lookedFor;

  @TempDir
  Path tmp;

  @BeforeAll
  static void findBrowser() {
    // A browser named with -Dchromium (or $CHROMIUM) is the only one tried; else the usual places.
    String configured = System.getProperty("chromium", System.getenv("CHROMIUM"));
    List<String> candidates = configured != null && !configured.isBlank() ? List.of(configured) : CANDIDATES;
    browser = candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
    lookedFor = String.join(", ", candidates);
  }

  /** Each test is reported as skipped, with why, where there is no browser. */
  @BeforeEach
  void requireBrowser() {
    Assumptions.assumeTrue(browser != null, "No headless Chromium found (looked for " + lookedFor
        + "), so the browser check of the HTML report is skipped; install Debian's chromium package "
        + "(apt-get install chromium), or name a browser with -Dchromium=PATH, to run it.");
  }

  record Result(int exitCode, String out, String err) {}

  /** Runs the browser on the page with a fresh profile; every process it started is ended afterwards. */
  Result chromium(Path page, String... mode) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(tmp, "profile");
    Path out = tmp.resolve("chromium-" + System.nanoTime() + ".out");
    Path err = tmp.resolve("chromium-" + System.nanoTime() + ".err");
    List<String> command = new ArrayList<>(List.of(browser.toString(),
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-extensions", "--hide-scrollbars",
        "--enable-logging=stderr", "--v=0",
        "--user-data-dir=" + profile, "--window-size=" + WIDTH + "," + HEIGHT));
    command.addAll(List.of(mode));
    command.add(page.toUri().toString());
    Process process = new ProcessBuilder(command)
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .start();
    try {
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        fail("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + String.join(" ", command));
      }
    } finally {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
    return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  Path writePage() {
    return writePage(EXAMPLE);
  }

  Path writePage(Path input) {
    Path page = tmp.resolve(input.getFileName().toString().replace(".json", ".html"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = EvaluationCli.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
        .execute("evaluate", input.toString(), "--html", page.toString());
    assertThat(code).as(err.toString()).isZero();
    return page;
  }

  static void assertNoConsoleMessage(Result result) {
    assertThat(result.err().lines().filter(l -> l.contains(":CONSOLE")).toList())
        .as("console messages of the page").isEmpty();
  }

  @Test
  void screenshot_showsTheChart() throws Exception {
    Path page = writePage();
    Path png = tmp.resolve("tq-report.png");

    Result result = chromium(page, "--screenshot=" + png);

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(png).as("the screenshot").exists();
    assertThat(Files.size(png)).as("a screenshot with content").isGreaterThan(50_000);
    assertNoConsoleMessage(result);
    Map<Integer, Integer> pixels = pixels(png);
    assertThat(pixels.size()).as("distinct colours: text, chart, badges").isGreaterThan(200);
    CHART_COLOURS.forEach((rating, rgb) -> assertThat(pixels.getOrDefault(rgb, 0))
        .as("pixels of the %s colour #%06x", rating, rgb).isGreaterThan(500));
    assertThat(pixels.getOrDefault(REVIEW_BAR, 0)).as("no review chart in a 2019.1 page").isZero();
    keep(png, "html.screenshot");
  }

  /** @return how many pixels of the screenshot have each colour; checks its size */
  static Map<Integer, Integer> pixels(Path png) throws IOException {
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image).as("a PNG image").isNotNull();
    assertThat(image.getWidth()).isEqualTo(WIDTH);
    assertThat(image.getHeight()).isEqualTo(HEIGHT);
    Map<Integer, Integer> pixels = new HashMap<>();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        pixels.merge(image.getRGB(x, y) & 0xffffff, 1, Integer::sum);
      }
    }
    return pixels;
  }

  /** Keeps a copy of the screenshot where the system property names a file. */
  static void keep(Path png, String property) throws IOException {
    String keep = System.getProperty(property);
    if (keep != null && !keep.isBlank()) {
      Files.copy(png, Path.of(keep), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Test
  void screenshot2026_showsTheReviewCharts() throws Exception {
    Path page = writePage(CONTINUOUS);
    Path png = tmp.resolve("continuous-2026.png");

    Result result = chromium(page, "--screenshot=" + png);

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertNoConsoleMessage(result);
    Map<Integer, Integer> pixels = pixels(png);
    assertThat(pixels.getOrDefault(REVIEW_BAR, 0)).as("pixels of the review bars #%06x", REVIEW_BAR)
        .isGreaterThan(2_000);
    keep(png, "html.screenshot2026");
  }

  @Test
  void dom2026_hasAReviewChartPerCadre_theProductsByReviewAndTheNextBand() throws Exception {
    Path page = writePage(CONTINUOUS);
    EvaluationInput input = Interchange.standard().readInput(CONTINUOUS);

    Result result = chromium(page, "--dump-dom");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertNoConsoleMessage(result);
    String dom = result.out();
    int reviews = input.period().reviewsOrWhole().size();
    assertThat(count(dom, "<svg class=\"review-chart\"")).isEqualTo(input.cadres().size());
    assertThat(count(dom, "<g class=\"review\" ")).isEqualTo(input.cadres().size() * reviews);
    assertThat(count(dom, "<g class=\"review\" data-review=\"\\w+\" data-counted=\"false\""))
        .isEqualTo(count(dom, "<text class=\"gap\"[^>]*>không tính</text>")).isPositive();
    assertThat(dom).contains("<table class=\"measures\">").contains("Miễn trừ chậm tiến độ, chấp thuận: Sở Nội vụ")
        .contains("Không thuộc kỳ nào").contains("Còn 9,75 điểm nữa đạt mức Xuất sắc");
  }

  static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void dom_hasTheChartAndEveryCadre() throws Exception {
    Path page = writePage();
    EvaluationInput input = Interchange.standard().readInput(EXAMPLE);

    Result result = chromium(page, "--dump-dom");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertNoConsoleMessage(result);
    String dom = result.out();
    assertThat(dom).contains("<html lang=\"vi\">").contains("<svg class=\"chart\"")
        .contains("Xếp loại theo nhóm chức danh");
    Matcher segments = Pattern.compile("<rect class=\"seg r-(\\w+)\"[^>]* data-count=\"(\\d+)\"").matcher(dom);
    int cadres = 0;
    Set<String> ratings = new HashSet<>();
    while (segments.find()) {
      ratings.add(segments.group(1));
      cadres += Integer.parseInt(segments.group(2));
    }
    assertThat(cadres).as("cadres in the chart's segments").isEqualTo(input.cadres().size());
    assertThat(ratings).containsExactlyInAnyOrder("EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED");
    for (Cadre cadre : input.cadres()) {
      assertThat(dom).as(cadre.id()).contains("data-cadre=\"" + cadre.id() + "\"").contains(cadre.name());
    }
  }
}
