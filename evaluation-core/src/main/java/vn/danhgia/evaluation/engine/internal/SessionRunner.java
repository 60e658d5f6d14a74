package vn.danhgia.evaluation.engine.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.engine.RuleExecutionException;
import vn.danhgia.evaluation.engine.RuleFirings;
import vn.danhgia.evaluation.engine.RuleExecutionException.Failure;
import vn.danhgia.evaluation.ruleset.Parameters;

/**
 * Runs one session: inserts the facts, fires the phases in order within the bounds, and hands every
 * fact in working memory afterwards to the caller. The session is disposed whatever happens.
 */
final class SessionRunner {
  private SessionRunner() {}

  /**
   * @param base the compiled rules
   * @param ruleSet the rule set's title, for errors
   * @param parameters the value of the global {@code params}, when the rules declare it
   * @param phases the agenda groups to fire, in order
   * @param facts the facts to insert
   * @param maxFirings the most firings allowed in this session
   * @param deadlineNanos the {@link System#nanoTime()} past which the session stops
   * @param firings where to add how often each rule fired, or null
   * @param result given every fact in working memory after firing, before the session is disposed
   * @throws RuleExecutionException when a rule fails or a bound is reached
   */
  static void run(KieRuleBase base, String ruleSet, Parameters parameters, List<String> phases,
      Collection<?> facts, long maxFirings, long deadlineNanos, @Nullable RuleFirings firings,
      Consumer<Object> result) {
    KieSession session = base.kieBase().newKieSession();
    Guard guard = new Guard(session, deadlineNanos);
    try {
      session.addEventListener(guard);
      if (base.declaresGlobal("params")) {
        session.setGlobal("params", parameters);
      }
      for (Object fact : facts) {
        session.insert(fact);
      }
      for (int i = phases.size() - 1; i >= 0; i--) {
        session.getAgenda().getAgendaGroup(phases.get(i)).setFocus();
      }
      int limit = (int) Math.min(Integer.MAX_VALUE - 1L, maxFirings);
      int fired = session.fireAllRules(limit + 1);
      if (guard.timedOut) {
        throw new RuleExecutionException(Failure.TIMED_OUT, ruleSet, guard.busiest(),
            "The rules of " + ruleSet + " ran past the time limit after " + fired + " firings; busiest rules: "
                + guard.busiestText(), null);
      }
      if (fired > limit) {
        throw new RuleExecutionException(Failure.TOO_MANY_FIRINGS, ruleSet, guard.busiest(),
            "The rules of " + ruleSet + " fired more than " + limit + " times for " + facts.size()
                + " facts, which looks like a rule loop; busiest rules: " + guard.busiestText(),
            null);
      }
      if (firings != null) {
        guard.firings.forEach(firings::add);
      }
      for (Object fact : session.getObjects()) {
        result.accept(fact);
      }
    } catch (ConsequenceException e) {
      String rule = e.getMatch() == null ? "?" : e.getMatch().getRule().getName();
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new RuleExecutionException(Failure.RULE_FAILED, ruleSet, List.of(rule),
          "Rule \"" + rule + "\" of " + ruleSet + " failed: " + describe(cause), cause);
    } catch (RuleExecutionException e) {
      throw e;
    } catch (StackOverflowError e) {
      // Defence in depth: the bytecode check refuses recursion in rule code, so this is Drools' own.
      List<String> rules = guard.firing == null ? List.of() : List.of(guard.firing);
      throw new RuleExecutionException(Failure.RULE_FAILED, ruleSet, rules, "The rules of " + ruleSet
          + " ran out of stack" + (guard.firing == null ? "" : " in rule \"" + guard.firing + "\""), null);
    } catch (RuntimeException e) {
      throw new RuleExecutionException(Failure.RULE_FAILED, ruleSet, guard.lastRule == null ? List.of()
          : List.of(guard.lastRule), "The rules of " + ruleSet + " failed"
          + (guard.lastRule == null ? "" : " after rule \"" + guard.lastRule + "\"") + ": " + describe(rootCause(e)), e);
    } finally {
      session.dispose();
    }
  }

  private static Throwable rootCause(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    return c;
  }

  private static String describe(Throwable t) {
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  /** Counts firings per rule and stops the session past its deadline. */
  private static final class Guard extends DefaultAgendaEventListener {
    private final KieSession session;
    private final long deadline;
    private final Map<String, Integer> firings = new HashMap<>();
    private boolean timedOut;
    private String lastRule;
    private @Nullable String firing;

    Guard(KieSession session, long deadline) {
      this.session = session;
      this.deadline = deadline;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
      firing = event.getMatch().getRule().getName();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
      lastRule = event.getMatch().getRule().getName();
      firing = null;
      firings.merge(lastRule, 1, Integer::sum);
      // Checked after every firing: one slow firing is enough to pass the deadline.
      if (System.nanoTime() - deadline > 0) {
        timedOut = true;
        session.halt();
      }
    }

    private List<Map.Entry<String, Integer>> top() {
      return firings.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .limit(5).toList();
    }

    List<String> busiest() {
      return top().stream().map(Map.Entry::getKey).toList();
    }

    String busiestText() {
      return String.join(", ", top().stream().map(e -> "\"" + e.getKey() + "\" " + e.getValue() + " times").toList());
    }
  }
}
