package vn.danhgia.evaluation.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's Java snippets compile as written: each {@code ```java} block of the README is, in
 * the same order, one snippet of {@link ReadmeSnippets} (which the test compilation compiles).
 */
class ReadmeSnippetsTest {
  private static final Path README = Path.of("../README.md");
  private static final Path SNIPPETS = Path.of("src/test/java/vn/danhgia/evaluation/examples/ReadmeSnippets.java");

  @Test
  void readme_javaSnippets_areTheCompiledSnippetsInOrder() throws IOException {
    List<String> inReadme = blocks(Files.readString(README, StandardCharsets.UTF_8),
        Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL), "");
    List<String> compiled = blocks(Files.readString(SNIPPETS, StandardCharsets.UTF_8),
        Pattern.compile("// README snippet begins\\n(.*?)\\n\\s*// README snippet ends", Pattern.DOTALL), "    ");

    assertThat(inReadme).isNotEmpty();
    assertThat(compiled).containsExactlyElementsOf(inReadme);
  }

  /** Each match's first group, less the indentation, with its trailing line break removed. */
  private static List<String> blocks(String text, Pattern block, String indent) {
    List<String> out = new ArrayList<>();
    Matcher m = block.matcher(text);
    while (m.find()) {
      StringBuilder b = new StringBuilder();
      for (String line : m.group(1).stripTrailing().split("\n", -1)) {
        b.append(line.startsWith(indent) ? line.substring(indent.length()) : line).append('\n');
      }
      out.add(b.toString());
    }
    return out;
  }
}
