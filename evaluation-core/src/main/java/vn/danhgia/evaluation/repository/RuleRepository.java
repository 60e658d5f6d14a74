package vn.danhgia.evaluation.repository;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.evaluation.EvaluationException;
import vn.danhgia.evaluation.engine.EvaluationOptions;
import vn.danhgia.evaluation.engine.Evaluator;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.ruleset.InvalidRuleSetException;
import vn.danhgia.evaluation.ruleset.RuleSets;

/**
 * Keeps the rule sets of a folder compiled and current while a host runs for months.
 *
 * <pre>{@code
 * try (RuleRepository rules = RuleRepository.builder(Path.of("/etc/danhgia/rulesets"))
 *     .watch(true)
 *     .listener(new ReloadListener() {
 *       public void refused(InvalidRuleSetException e, Evaluator serving) { alert(e.getMessage()); }
 *     })
 *     .build()) {
 *   EvaluationReport report = rules.evaluate(input);   // on whatever version is current
 * }
 * }</pre>
 *
 * <p>A reload reads the whole folder, compiles every version whose files changed (unchanged ones are
 * reused), checks them against the rule-code policy, and only then swaps the new set in with one
 * atomic write. A folder that does not load, compile or pass the policy is refused whole: the
 * previous rules keep serving, and the listener and the log ({@code WARN}) say why, with every
 * diagnostic. Each evaluation takes the current rules once at its start and runs wholly on them;
 * its report names the version and the SHA-256 of its files.
 *
 * <p>Reloads happen on {@link #reload()}, and, with {@link Builder#watch(boolean)}, on a background
 * thread shortly after files in the folder change (changes within the quiet period are taken
 * together). Write rule files atomically (write a temporary file outside the version's folder, which
 * may hold nothing but the rule set's files, and move it into place) so that a
 * watcher never reads a half-written file; a half-written file is refused like any broken one, and
 * the next change is tried again. Replaced KIE bases are released: the KIE repository keeps no
 * module, so reloading does not leak memory or class loaders.
 *
 * <p>Thread-safe. {@link #close()} stops the watcher; the last rules remain usable.
 */
public final class RuleRepository implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RuleRepository.class);

  private final Path folder;
  private final EvaluationOptions options;
  private final ReloadListener listener;
  private final Duration quietPeriod;
  private final AtomicReference<Served> current = new AtomicReference<>();
  private final Object reloadLock = new Object();
  private final @Nullable Thread watcher;
  private final @Nullable WatchService watchService;
  private volatile @Nullable Served previous;

  private record Served(long generation, Evaluator evaluator) {}

  private RuleRepository(Builder b) {
    this.folder = b.folder;
    this.options = b.options;
    this.listener = b.listener;
    this.quietPeriod = b.quietPeriod;
    Evaluator first = load(null);
    current.set(new Served(1, first));
    LOG.info("Serving rules from {}: {}", folder, describe(first));
    listener.reloaded(1, first);
    if (b.watch) {
      try {
        this.watchService = FileSystems.getDefault().newWatchService();
        registerAll();
      } catch (IOException e) {
        throw new EvaluationException("Cannot watch " + folder + ": " + e.getMessage(), e);
      }
      this.watcher = new Thread(this::watchLoop, "rule-repository-watcher");
      this.watcher.setDaemon(true);
      this.watcher.start();
    } else {
      this.watchService = null;
      this.watcher = null;
    }
  }

  /**
   * @param folder a folder of rule set versions (see {@link RuleSets#fromDirectory})
   * @return a builder
   */
  public static Builder builder(Path folder) {
    return new Builder(folder);
  }

  /**
   * @return the evaluator serving now, with the repository's {@linkplain Builder#options options};
   *     keep it for a series of evaluations that must agree
   */
  public Evaluator current() {
    return current.get().evaluator();
  }

  /** @return how many times rules were accepted, counting the first load */
  public long generation() {
    return current.get().generation();
  }

  /**
   * Evaluates with the current rules; see {@link Evaluator#evaluate(EvaluationInput)}.
   *
   * @param input the input
   * @return the report, naming the version and files used
   */
  public EvaluationReport evaluate(EvaluationInput input) {
    return current().evaluate(input);
  }

  /**
   * Evaluates with a version of the current rules; see {@link Evaluator#evaluate(EvaluationInput, String)}.
   *
   * @param input the input
   * @param version the version, or null to choose by date
   * @return the report
   * @throws vn.danhgia.evaluation.ruleset.UnknownVersionException when the current rules have no such version
   */
  public EvaluationReport evaluate(EvaluationInput input, @Nullable String version) {
    return current().evaluate(input, version);
  }

  /**
   * Reloads the folder now, on the calling thread, and swaps the result in if it is accepted.
   *
   * @return what came of it
   */
  public ReloadOutcome reload() {
    synchronized (reloadLock) {
      Served before = current.get();
      try {
        Evaluator next = load(before.evaluator());
        Served now = new Served(before.generation() + 1, next);
        previous = before;
        current.set(now);
        LOG.info("Reloaded rules from {} (generation {}): {}", folder, now.generation(), describe(next));
        listener.reloaded(now.generation(), next);
        return new ReloadOutcome(true, now.generation(), versions(next), List.of());
      } catch (InvalidRuleSetException e) {
        LOG.warn("Refused changed rules in {}; generation {} keeps serving. {}", folder, before.generation(),
            e.getMessage());
        listener.refused(e, before.evaluator());
        return new ReloadOutcome(false, before.generation(), versions(before.evaluator()), e.diagnostics());
      }
    }
  }

  /**
   * Serves the rules that served before the last accepted reload again, e.g. when a change that
   * compiled turns out wrong in use. A later reload reads the folder again.
   *
   * @return whether there was an earlier generation to go back to
   */
  public boolean rollback() {
    synchronized (reloadLock) {
      Served back = previous;
      if (back == null) {
        return false;
      }
      Served before = current.get();
      Served now = new Served(before.generation() + 1, back.evaluator());
      previous = null;
      current.set(now);
      LOG.info("Rolled back the rules of {} to those of generation {} (now generation {})", folder,
          back.generation(), now.generation());
      listener.reloaded(now.generation(), now.evaluator());
      return true;
    }
  }

  private Evaluator load(@Nullable Evaluator reuse) {
    Evaluator.Builder b = Evaluator.builder().ruleSets(RuleSets.fromDirectory(folder)).options(options)
        .compileEagerly();
    if (reuse != null) {
      b.reusing(reuse);
    }
    return b.build();
  }

  private static List<String> versions(Evaluator e) {
    List<String> out = new ArrayList<>();
    e.ruleSets().versions().forEach((v, s) -> out.add(v + "@" + s.sha256().substring(0, 8)));
    return out;
  }

  private static String describe(Evaluator e) {
    return e.ruleSets().id() + " " + String.join(", ", versions(e));
  }

  private void registerAll() throws IOException {
    try (Stream<Path> dirs = Files.walk(folder.toRealPath(), 3)) {
      // Links are never followed: a linked folder is refused by the reload, not watched.
      for (Path dir : dirs.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
        dir.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
            StandardWatchEventKinds.ENTRY_DELETE);
      }
    }
  }

  private void watchLoop() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        WatchKey key = watchService.take();
        drain(key);
        // Take every change of the quiet period together, then reload once.
        WatchKey more;
        while ((more = watchService.poll(quietPeriod.toMillis(), TimeUnit.MILLISECONDS)) != null) {
          drain(more);
        }
        registerAll();
        reload();
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      LOG.error("The rule watcher of {} stopped: {}", folder, e.getMessage(), e);
    }
  }

  private static void drain(WatchKey key) {
    key.pollEvents();
    key.reset();
  }

  /** Stops watching the folder. The last rules loaded remain usable. */
  @Override
  public void close() {
    if (watcher != null) {
      watcher.interrupt();
      try {
        watchService.close();
        watcher.join(5_000);
      } catch (IOException e) {
        LOG.debug("Closing the watch service of {}: {}", folder, e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Configures a {@link RuleRepository}. {@link #build()} loads the folder once and fails if it cannot. */
  public static final class Builder {
    private final Path folder;
    private EvaluationOptions options = EvaluationOptions.defaults();
    private ReloadListener listener = new ReloadListener() { };
    private boolean watch;
    private Duration quietPeriod = Duration.ofMillis(200);

    private Builder(Path folder) {
      this.folder = Objects.requireNonNull(folder, "folder");
    }

    /**
     * @param how the options of every evaluator the repository loads (default {@link
     *     EvaluationOptions#defaults()}): each version is compiled under its policy and evaluated with
     *     its limits, interchange, batch size and parallelism
     * @return this builder
     */
    public Builder options(EvaluationOptions how) {
      this.options = Objects.requireNonNull(how, "how");
      return this;
    }

    /**
     * @param reloads told of every accepted and refused reload
     * @return this builder
     */
    public Builder listener(ReloadListener reloads) {
      this.listener = Objects.requireNonNull(reloads, "reloads");
      return this;
    }

    /**
     * @param on whether to reload when files in the folder change (default off)
     * @return this builder
     */
    public Builder watch(boolean on) {
      this.watch = on;
      return this;
    }

    /**
     * @param quiet how long the folder must stay unchanged before a watched change is reloaded
     *     (default 200 ms)
     * @return this builder
     */
    public Builder quietPeriod(Duration quiet) {
      if (quiet.isNegative()) {
        throw new IllegalArgumentException("quiet period must not be negative: " + quiet);
      }
      this.quietPeriod = quiet;
      return this;
    }

    /**
     * Loads and compiles the folder.
     *
     * @return the repository, serving generation 1
     * @throws InvalidRuleSetException when the folder's rules cannot be used at all
     */
    public RuleRepository build() {
      if (!Files.isDirectory(folder)) {
        throw new InvalidRuleSetException(folder.toString(), List.of(new vn.danhgia.evaluation.ruleset.Diagnostic(
            folder.toString(), 0, 0, "not a folder")));
      }
      return new RuleRepository(this);
    }
  }
}
