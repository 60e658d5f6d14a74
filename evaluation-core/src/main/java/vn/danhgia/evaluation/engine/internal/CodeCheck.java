package vn.danhgia.evaluation.engine.internal;

import com.github.javaparser.ParseResult;
import com.github.javaparser.ParseStart;
import com.github.javaparser.Problem;
import com.github.javaparser.Providers;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.mvel.parser.DrlxParser;
import org.drools.mvel.parser.ast.expr.DrlxExpression;
import org.drools.mvel.parser.ast.expr.PointFreeExpr;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.engine.internal.JavaText.Token;
import vn.danhgia.evaluation.engine.internal.NodeCheck.Walk;

/**
 * Parses a piece of rule code as its compiler will and has every node of it checked: a condition
 * (also {@code eval}, {@code from} and accumulate arguments) with the Drools expression parser, which
 * must read all of it; a consequence or a function body with JavaParser, {@code modify} blocks
 * rewritten into Java of the same shape.
 */
final class CodeCheck {
  private static final Set<String> REGEX_OPERATORS = Set.of("matches");
  private static final Set<String> OPERATORS = Set.of("memberOf", "contains", "matches", "soundslike", "str",
      "excludes", "in", "notIn", "after", "before", "coincides", "during", "finishes", "includes", "meets",
      "metby", "overlaps", "overlappedby", "starts", "startedby", "finishedby");

  private final NodeCheck nodes;
  private final Refusals refusals;

  CodeCheck(NodeCheck nodes, Refusals refusals) {
    this.nodes = nodes;
    this.refusals = refusals;
  }

  /** Checks a condition; a binding it makes ({@code $x : …}) is added to {@code bindings}. */
  void condition(RuleFileScope scope, String owner, Snippet s, Set<String> bindings) {
    if (s.text.isBlank()) {
      return;
    }
    DrlxExpression drlx;
    try {
      drlx = DrlxParser.parseExpression(DrlxParser.buildDrlxParserWithArguments(OPERATORS), s.text);
    } catch (RuntimeException e) {
      drlx = null;
    }
    if (drlx == null || drlx.getExpr() == null) {
      refusals.refuse(scope, s.position(0), owner + ": the rule policy cannot read the condition \""
          + s.text.strip() + "\"");
      return;
    }
    List<Node> tree = SyntaxTrees.descendants(drlx);
    String unread = unread(s.text, tree);
    if (unread != null) {
      refusals.refuse(scope, s.position(s.indexOf(unread)), owner
          + ": the rule policy cannot read all of the condition \"" + s.text.strip() + "\" (it stops before "
          + unread + ")");
      return;
    }
    for (Node n : tree) {
      if (n instanceof PointFreeExpr p && REGEX_OPERATORS.contains(p.getOperator().asString())) {
        // A regular expression can backtrack without bound: rule code must always end.
        refusals.refuse(scope, s.position(Math.max(0, s.text.indexOf(p.getOperator().asString()))), owner
            + ": the " + p.getOperator().asString() + " operator (a regular expression, which can backtrack"
            + " without bound) is not allowed");
      }
    }
    if (drlx.getBind() != null) {
      bindings.add(drlx.getBind().asString());
    }
    walk(new Walk(scope, owner, s, bindings, true, Set.of()), tree);
  }

  /** Checks Java code (a consequence or a function body) that may read {@code names}. */
  void code(RuleFileScope scope, String owner, Snippet s, Set<String> names) {
    if (s.text.isBlank()) {
      return;
    }
    List<Integer> blockStarts = new ArrayList<>();
    Snippet java = s.rewriteBlocks(blockStarts).wrap("{", "\n}");
    ParseResult<BlockStmt> result = JavaText.parser().parse(ParseStart.BLOCK, Providers.provider(java.text));
    if (!result.isSuccessful() || result.getResult().isEmpty()) {
      int at = 1;
      Problem first = result.getProblems().isEmpty() ? null : result.getProblems().get(0);
      if (first != null && first.getLocation().isPresent()) {
        at = first.getLocation().get().getBegin().getRange()
            .map(r -> java.indexOf(r.begin.line, r.begin.column)).orElse(1);
      }
      refusals.refuse(scope, java.position(at), owner + ": the rule policy cannot read this code"
          + (first == null ? "" : " (" + first.getMessage().split("\r?\n")[0] + ")"));
      return;
    }
    BlockStmt block = result.getResult().get();
    List<Node> tree = SyntaxTrees.descendants(block);
    Set<String> locals = new HashSet<>(names);
    Set<Node> modifyBlocks = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Node n : tree) {
      if (n instanceof VariableDeclarator v) {
        locals.add(v.getNameAsString());
      } else if (n instanceof Parameter p) {
        locals.add(p.getNameAsString());
      } else if (n instanceof TypePatternExpr p) {
        locals.add(p.getNameAsString());
      } else if (n instanceof BlockStmt b && b.getBegin().isPresent()
          && blockStarts.contains(java.indexOf(b.getBegin().get().line, b.getBegin().get().column) - 1)) {
        modifyBlocks.add(b);
      }
    }
    walk(new Walk(scope, owner, java, locals, false, modifyBlocks), tree);
  }

  private void walk(Walk w, List<Node> tree) {
    for (Node n : tree) {
      String[] refused = nodes.refusal(w, n);
      if (refused != null) {
        refusals.refuse(w.scope(), position(w, n, refused[1]), w.owner() + ": " + refused[0]);
      }
    }
  }

  /** Where a node is in the file: by its position when the parser kept one, else by a name in it. */
  private static int[] position(Walk w, Node n, @Nullable String key) {
    // A call or a property is where its name is, not where the chain before it starts.
    Node at = n instanceof MethodCallExpr m ? m.getName() : n instanceof FieldAccessExpr f ? f.getName() : n;
    if (at.getBegin().isPresent() && at.getBegin().get().line > 0) {
      return w.snippet().position(w.snippet().indexOf(at.getBegin().get().line, at.getBegin().get().column));
    }
    return w.snippet().position(w.snippet().indexOf(key));
  }

  /** The first identifier of a condition's text its syntax tree does not hold, or null when it holds them all. */
  private static @Nullable String unread(String text, List<Node> tree) {
    Map<String, Integer> inTree = new HashMap<>();
    for (Node n : tree) {
      String id = n instanceof SimpleName s ? s.getIdentifier() : n instanceof Name s ? s.getIdentifier() : null;
      if (id != null) {
        for (String part : id.split("[^\\p{javaJavaIdentifierPart}]+")) {
          inTree.merge(part, 1, Integer::sum);
        }
      }
    }
    for (Token t : JavaText.lex(text)) {
      if (t.kind() == 'i' && !OPERATORS.contains(t.text()) && !t.text().equals("not")) {
        int left = inTree.getOrDefault(t.text(), 0);
        if (left <= 0) {
          return t.text();
        }
        inTree.put(t.text(), left - 1);
      }
    }
    return null;
  }
}
