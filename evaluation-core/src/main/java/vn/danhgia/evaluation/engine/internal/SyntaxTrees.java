package vn.danhgia.evaluation.engine.internal;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.NameExpr;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Walking the syntax trees of JavaParser and of the Drools expression parser alike. */
final class SyntaxTrees {
  private SyntaxTrees() {}

  /**
   * Every node under a root, the root first. JavaParser nodes list their children; the Drools
   * expression parser's own nodes (memberOf, inline casts, OOPath …) do not all, so their parts are
   * read from their getters.
   */
  static List<Node> descendants(Node root) {
    List<Node> out = new ArrayList<>();
    Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Node> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Node n = todo.pop();
      if (!seen.add(n)) {
        continue;
      }
      out.add(n);
      List<Node> children = children(n);
      for (int i = children.size() - 1; i >= 0; i--) {
        todo.push(children.get(i));
      }
    }
    return out;
  }

  private static List<Node> children(Node n) {
    List<Node> out = new ArrayList<>(n.getChildNodes());
    if (n.getClass().getName().startsWith("org.drools.") && !(n instanceof NameExpr)) {
      for (Method m : n.getClass().getMethods()) {
        if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || !m.getName().startsWith("get")
            || m.getName().startsWith("getParent") || !m.getDeclaringClass().getName().startsWith("org.drools.")) {
          continue;
        }
        try {
          addNodes(out, m.invoke(n));
        } catch (ReflectiveOperationException | RuntimeException e) {
          // not a part
        }
      }
    }
    return out;
  }

  private static void addNodes(List<Node> out, Object value) {
    if (value instanceof Optional<?> o) {
      addNodes(out, o.orElse(null));
    } else if (value instanceof Node node) {
      if (out.stream().noneMatch(x -> x == node)) {
        out.add(node);
      }
    } else if (value instanceof Collection<?> c && !(value instanceof NodeList<?> && c.isEmpty())) {
      for (Object o : c) {
        addNodes(out, o);
      }
    }
  }
}
