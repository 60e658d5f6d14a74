package vn.danhgia.evaluation.engine.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;
import vn.danhgia.evaluation.engine.internal.CodeAllowList.Kind;
import vn.danhgia.evaluation.ruleset.Diagnostic;

/**
 * The decisive rule-code check: reads every class generated for a rule set (ASM) and refuses any
 * reference to a member outside the {@link CodeAllowList}, any loop (a backward jump), any
 * recursion (a cycle among the rule set's own methods), exception handlers, monitors, class
 * literals and method handles, nested classes, arrays of a size that is not a small constant, and
 * calls whose count, scale or precision argument is not a small constant ({@link #BOUNDED}). Each
 * refusal names the rule, function or declared type and its line in the rule file.
 */
final class BytecodeCheck {
  /** The largest array a rule may create, and the largest scale or precision it may ask for. */
  static final int MAX_CONSTANT = 256;
  /** The longest decimal literal {@code new BigDecimal("…")} may parse. */
  static final int MAX_DECIMAL_LITERAL = 40;
  private static final Pattern PLAIN_DECIMAL = Pattern.compile("[-+]?\\d{1,30}(\\.\\d{1,30})?");
  /** Members allowed only when the argument at the index (among the call's arguments) is a small constant. */
  private static final Map<String, Integer> BOUNDED = Map.of(
      "java/math/BigDecimal.setScale(ILjava/math/RoundingMode;)Ljava/math/BigDecimal;", 0,
      "java/math/BigDecimal.divide(Ljava/math/BigDecimal;ILjava/math/RoundingMode;)Ljava/math/BigDecimal;", 1,
      "java/math/BigDecimal.valueOf(JI)Ljava/math/BigDecimal;", 1,
      "java/math/MathContext.<init>(ILjava/math/RoundingMode;)V", 0);
  private static final Set<String> NUMBERS = Set.of("java/math/BigDecimal", "java/math/BigInteger",
      "java/lang/Long", "java/lang/Integer", "java/lang/Short", "java/lang/Byte");
  private static final String DECIMAL_FROM_TEXT = "java/math/BigDecimal.<init>(Ljava/lang/String;)V";

  private final CodeAllowList allowed;
  private final Map<String, GeneratedClass> classes = new LinkedHashMap<>();
  private final Map<String, ClassNode> nodes = new HashMap<>();
  private final List<Diagnostic> problems = new ArrayList<>();
  /** Calls among the rule set's own methods ("owner.name+descriptor"), for recursion. */
  private final Map<String, Set<String>> calls = new HashMap<>();
  private final Map<String, int[]> methodLines = new HashMap<>();
  private final Map<String, GeneratedClass> methodClasses = new HashMap<>();

  private BytecodeCheck(CodeAllowList allowed, List<GeneratedClass> generated) {
    this.allowed = allowed;
    for (GeneratedClass c : generated) {
      classes.put(c.name(), c);
      ClassNode node = new ClassNode();
      new ClassReader(c.bytes()).accept(node, ClassReader.SKIP_FRAMES);
      nodes.put(c.name(), node);
    }
  }

  /**
   * @param allowed what generated code may reference
   * @param generated every class generated for the rule set
   * @param fallbackFile the file to report a refusal in when a class's origin is unknown
   * @return the refusals, empty when the code may run
   */
  static List<Diagnostic> check(CodeAllowList allowed, List<GeneratedClass> generated, String fallbackFile) {
    BytecodeCheck check = new BytecodeCheck(allowed, generated);
    for (GeneratedClass c : check.classes.values()) {
      check.type(c, check.nodes.get(c.name()), fallbackFile);
    }
    check.recursion(fallbackFile);
    return List.copyOf(new LinkedHashSet<>(check.problems));
  }

  private void type(GeneratedClass c, ClassNode node, String fallbackFile) {
    Site at = new Site(c, fallbackFile);
    if (c.kind() == Kind.RULE) {
      if (node.nestHostClass != null || node.outerClass != null) {
        at.refuse(0, "compiles to a nested class (an anonymous or local class, a lambda body with state, or a switch on an"
            + " enum); rule code may not declare classes");
      }
      if (!"java/lang/Object".equals(node.superName) || !node.interfaces.isEmpty()
          && !node.interfaces.equals(List.of("java/io/Externalizable"))) {
        at.refuse(0, "compiles to a class extending " + readable(node.superName) + " " + node.interfaces
            + "; rule code may not");
      }
    } else if (c.kind() == Kind.DECLARED && node.superName != null && !isOwn(node.superName)
        && !allowed.allowsType(c.kind(), node.superName)) {
      at.refuse(0, "extends " + readable(node.superName) + ", which rule code may not use");
    }
    for (FieldNode f : node.fields) {
      typeUse(at, 0, Type.getType(f.desc), "a field of type");
    }
    for (MethodNode m : node.methods) {
      method(at, node, m);
    }
  }

  private void method(Site at, ClassNode owner, MethodNode m) {
    String self = owner.name + "." + m.name + m.desc;
    methodClasses.put(self, at.c);
    Kind kind = at.c.kind();
    if ((m.access & Opcodes.ACC_NATIVE) != 0 || kind == Kind.RULE && (m.access & Opcodes.ACC_SYNCHRONIZED) != 0) {
      at.refuse(0, "declares a native or synchronized method");
    }
    if (kind == Kind.RULE && !m.tryCatchBlocks.isEmpty()) {
      at.refuse(firstLine(m), "has an exception handler (try/catch/finally), which rule code may not have");
    }
    if (kind == Kind.RULE && m.name.equals("<clinit>")) {
      at.refuse(0, "has a static initializer, which rule code may not have");
    }
    Frame<SourceValue>[] frames = null;
    int line = 0;
    Map<LabelNode, Integer> labels = new HashMap<>();
    int index = 0;
    for (AbstractInsnNode i : m.instructions) {
      if (i instanceof LabelNode l) {
        labels.put(l, index);
      }
      index++;
    }
    index = -1;
    for (AbstractInsnNode i : m.instructions) {
      index++;
      if (i instanceof LineNumberNode ln) {
        line = ln.line;
        if (!methodLines.containsKey(self)) {
          methodLines.put(self, new int[] {line});
        }
        continue;
      }
      if (holdsRuleCode(at.c) && backward(i, labels, index)) {
        at.refuse(line, "has a loop; rule code may not loop (a rule that must repeat fires again)");
      }
      if (i instanceof MethodInsnNode call) {
        String key = call.owner + "." + call.name + call.desc;
        if (BOUNDED.containsKey(key) || key.equals(DECIMAL_FROM_TEXT)) {
          frames = frames == null ? frames(owner, m) : frames;
          bounded(at, line, call, frames == null ? null : frames[index]);
        }
        member(at, line, self, call.owner, call.name, call.desc, true);
      } else if (i instanceof FieldInsnNode field) {
        member(at, line, self, field.owner, field.name, field.desc, false);
      } else if (i instanceof InvokeDynamicInsnNode indy) {
        dynamic(at, line, self, indy);
      } else if (i instanceof LdcInsnNode ldc && ldc.cst instanceof Type t && t.getSort() == Type.OBJECT) {
        // A modify block passes the class of the fact it updates; a Class has no allowed member.
        typeUse(at, line, t, "uses the class literal of");
      } else if (i instanceof LdcInsnNode ldc && (ldc.cst instanceof Type || ldc.cst instanceof Handle
          || ldc.cst instanceof org.objectweb.asm.ConstantDynamic)) {
        if (kind != Kind.MODEL) {
          at.refuse(line, "uses a class literal or method handle (" + ldc.cst + "), which rule code may not");
        }
      } else if (i instanceof TypeInsnNode t) {
        typeUse(at, line, Type.getObjectType(t.desc), switch (t.getOpcode()) {
          case Opcodes.NEW -> "creates";
          case Opcodes.ANEWARRAY -> "creates an array of";
          case Opcodes.CHECKCAST -> "casts to";
          default -> "tests for";
        });
        if (t.getOpcode() == Opcodes.ANEWARRAY) {
          frames = frames == null ? frames(owner, m) : frames;
          arraySize(at, line, frames == null ? null : frames[index]);
        }
      } else if (i instanceof IntInsnNode n && n.getOpcode() == Opcodes.NEWARRAY) {
        frames = frames == null ? frames(owner, m) : frames;
        arraySize(at, line, frames == null ? null : frames[index]);
      } else if (i instanceof MultiANewArrayInsnNode) {
        at.refuse(line, "creates a multi-dimensional array, which rule code may not");
      } else if (kind == Kind.RULE && (i.getOpcode() == Opcodes.MONITORENTER || i.getOpcode() == Opcodes.MONITOREXIT)) {
        at.refuse(line, "synchronizes on an object, which rule code may not");
      }
    }
  }

  /** Rule code: the classic build's rule classes, and the lambda classes of an executable model. */
  private static boolean holdsRuleCode(GeneratedClass c) {
    return c.kind() == Kind.RULE
        || c.kind() == Kind.MODEL && c.name().substring(c.name().lastIndexOf('/') + 1).startsWith("Lambda");
  }

  private static boolean backward(AbstractInsnNode i, Map<LabelNode, Integer> labels, int index) {
    List<LabelNode> targets = new ArrayList<>();
    if (i instanceof JumpInsnNode j) {
      targets.add(j.label);
    } else if (i instanceof TableSwitchInsnNode s) {
      targets.add(s.dflt);
      targets.addAll(s.labels);
    } else if (i instanceof LookupSwitchInsnNode s) {
      targets.add(s.dflt);
      targets.addAll(s.labels);
    }
    for (LabelNode l : targets) {
      if (labels.getOrDefault(l, Integer.MAX_VALUE) <= index) {
        return true;
      }
    }
    return false;
  }

  private void member(Site at, int line, String caller, String owner, String name, String desc, boolean method) {
    if (owner.startsWith("[")) {
      at.refuse(line, "calls " + name + " on an array, which rule code may not");
      return;
    }
    String resolved = resolveOwn(owner, name, desc, method);
    if (resolved != null) {
      if (method) {
        calls.computeIfAbsent(caller, k -> new LinkedHashSet<>()).add(resolved);
      }
      return;
    }
    String inheritedFrom = isOwn(owner) ? firstForeignSuper(owner) : owner;
    if (!allowed.allows(at.c.kind(), inheritedFrom, name, desc)) {
      at.refuse(line, (method ? "calls " : "uses the field ") + memberText(inheritedFrom, name, desc, method)
          + ", which rule code may not use");
    }
  }

  private void dynamic(Site at, int line, String caller, InvokeDynamicInsnNode indy) {
    String bsm = indy.bsm.getOwner();
    if (bsm.equals("java/lang/invoke/StringConcatFactory")) {
      return;
    }
    if (bsm.equals("java/lang/invoke/LambdaMetafactory") && indy.bsmArgs.length >= 2
        && indy.bsmArgs[1] instanceof Handle impl) {
      member(at, line, caller, impl.getOwner(), impl.getName(), impl.getDesc(), impl.getTag() != Opcodes.H_GETFIELD
          && impl.getTag() != Opcodes.H_GETSTATIC && impl.getTag() != Opcodes.H_PUTFIELD
          && impl.getTag() != Opcodes.H_PUTSTATIC);
      return;
    }
    at.refuse(line, "uses invokedynamic with " + readable(bsm) + "." + indy.bsm.getName() + ", which rule code may not");
  }

  private void typeUse(Site at, int line, Type type, String verb) {
    Type t = type;
    while (t.getSort() == Type.ARRAY) {
      t = t.getElementType();
    }
    if (t.getSort() != Type.OBJECT) {
      return;
    }
    String name = t.getInternalName();
    if (!isOwn(name) && !allowed.allowsType(at.c.kind(), name)) {
      at.refuse(line, verb + " " + readable(name) + ", which rule code may not use");
    }
  }

  private void bounded(Site at, int line, MethodInsnNode call, @Nullable Frame<SourceValue> frame) {
    String key = call.owner + "." + call.name + call.desc;
    Type[] args = Type.getArgumentTypes(call.desc);
    if (key.equals(DECIMAL_FROM_TEXT)) {
      AbstractInsnNode source = frame == null ? null : argument(frame, args.length, 0);
      boolean literal = source instanceof LdcInsnNode ldc && ldc.cst instanceof String text
          && text.length() <= MAX_DECIMAL_LITERAL && PLAIN_DECIMAL.matcher(text).matches();
      // Another number's text holds no more digits than that number: nothing is amplified.
      boolean number = source instanceof MethodInsnNode m && m.name.equals("toString") && m.desc.equals("()Ljava/lang/String;")
          && NUMBERS.contains(m.owner);
      if (!literal && !number) {
        at.refuse(line, "calls new BigDecimal(String) with text that is neither a plain decimal literal of at most "
            + MAX_DECIMAL_LITERAL + " characters nor another number's toString(); its exponent would be unbounded");
      }
      return;
    }
    int arg = BOUNDED.get(key);
    AbstractInsnNode source = frame == null ? null : argument(frame, args.length, arg);
    Long value = constant(source);
    if (value == null || Math.abs(value) > MAX_CONSTANT) {
      at.refuse(line, "calls " + memberText(call.owner, call.name, call.desc, true) + " with a scale or precision that"
          + " is not a constant of at most " + MAX_CONSTANT + " (work grows with it)");
    }
  }

  private void arraySize(Site at, int line, @Nullable Frame<SourceValue> frame) {
    AbstractInsnNode source = frame == null ? null : argument(frame, 1, 0);
    AbstractInsnNode copied = source != null && source.getOpcode() == Opcodes.DUP ? source.getPrevious() : source;
    if (copied != null && copied.getOpcode() == Opcodes.ARRAYLENGTH) {
      return; // a copy of an existing array (an enum's values()) is no larger than it
    }
    Long value = constant(source);
    if (value == null || value < 0 || value > MAX_CONSTANT) {
      at.refuse(line, "creates an array whose size is not a constant of at most " + MAX_CONSTANT);
    }
  }

  private static @Nullable AbstractInsnNode argument(Frame<SourceValue> frame, int count, int index) {
    int slot = frame.getStackSize() - count + index;
    if (slot < 0) {
      return null;
    }
    Set<AbstractInsnNode> sources = frame.getStack(slot).insns;
    return sources.size() == 1 ? sources.iterator().next() : null;
  }

  private static @Nullable Long constant(@Nullable AbstractInsnNode i) {
    if (i == null) {
      return null;
    }
    int op = i.getOpcode();
    if (op >= Opcodes.ICONST_M1 && op <= Opcodes.ICONST_5) {
      return (long) (op - Opcodes.ICONST_0);
    }
    if (op == Opcodes.LCONST_0 || op == Opcodes.LCONST_1) {
      return (long) (op - Opcodes.LCONST_0);
    }
    if (i instanceof IntInsnNode n && (op == Opcodes.BIPUSH || op == Opcodes.SIPUSH)) {
      return (long) n.operand;
    }
    if (i instanceof LdcInsnNode l && (l.cst instanceof Integer || l.cst instanceof Long)) {
      return ((Number) l.cst).longValue();
    }
    return null;
  }

  private static Frame<SourceValue> @Nullable [] frames(ClassNode owner, MethodNode m) {
    try {
      return new Analyzer<>(new SourceInterpreter()).analyze(owner.name, m);
    } catch (AnalyzerException e) {
      return null;
    }
  }

  /** The own class and member a reference resolves to ("owner.name+descriptor"), or null when not own. */
  private @Nullable String resolveOwn(String owner, String name, String desc, boolean method) {
    for (String c = owner; c != null && isOwn(c); c = nodes.get(c).superName) {
      ClassNode node = nodes.get(c);
      if (method) {
        for (MethodNode m : node.methods) {
          if (m.name.equals(name) && m.desc.equals(desc)) {
            return c + "." + name + desc;
          }
        }
      } else {
        for (FieldNode f : node.fields) {
          if (f.name.equals(name)) {
            return c + "." + name;
          }
        }
      }
    }
    return null;
  }

  private String firstForeignSuper(String owner) {
    String c = owner;
    while (c != null && isOwn(c)) {
      c = nodes.get(c).superName;
    }
    return c == null ? "java/lang/Object" : c;
  }

  private boolean isOwn(String internalName) {
    return nodes.containsKey(internalName);
  }

  /** Refuses every cycle among the rule set's own methods: rule code must end. */
  private void recursion(String fallbackFile) {
    Map<String, Integer> state = new HashMap<>();
    for (String start : calls.keySet()) {
      cycle(start, state, new ArrayList<>(), fallbackFile);
    }
  }

  private void cycle(String method, Map<String, Integer> state, List<String> path, String fallbackFile) {
    Integer s = state.get(method);
    if (s != null && s == 2) {
      return;
    }
    if (s != null && s == 1) {
      List<String> loop = path.subList(path.indexOf(method), path.size());
      GeneratedClass c = methodClasses.get(method);
      if (c != null) {
        int[] line = methodLines.get(method);
        new Site(c, fallbackFile).refuse(line == null ? 0 : line[0], "is recursive (" + String.join(" → ",
            loop.stream().map(BytecodeCheck::methodName).toList()) + " → " + methodName(method)
            + "); rule code may not call itself");
      }
      return;
    }
    state.put(method, 1);
    path.add(method);
    for (String next : calls.getOrDefault(method, Set.of())) {
      cycle(next, state, path, fallbackFile);
    }
    path.remove(path.size() - 1);
    state.put(method, 2);
  }

  private static String methodName(String ownerNameDesc) {
    String s = ownerNameDesc.substring(0, ownerNameDesc.indexOf('('));
    return s.substring(s.lastIndexOf('.') + 1);
  }

  private static int firstLine(MethodNode m) {
    for (AbstractInsnNode i : m.instructions) {
      if (i instanceof LineNumberNode ln) {
        return ln.line;
      }
    }
    return 0;
  }

  static String memberText(String owner, String name, String desc, boolean method) {
    if (!method) {
      return readable(owner) + "." + name;
    }
    StringBuilder s = new StringBuilder(name.equals("<init>") ? "new " + readable(owner) : readable(owner) + "." + name)
        .append('(');
    Type[] args = Type.getArgumentTypes(desc);
    for (int i = 0; i < args.length; i++) {
      String a = args[i].getClassName();
      s.append(i == 0 ? "" : ", ").append(a.substring(a.lastIndexOf('.') + 1));
    }
    return s.append(')').toString();
  }

  private static String readable(@Nullable String internalName) {
    return internalName == null ? "nothing" : internalName.replace('/', '.');
  }

  /** Where a refusal is reported: the class's rule, function or declared type. */
  private final class Site {
    private final GeneratedClass c;
    private final String fallbackFile;

    Site(GeneratedClass c, String fallbackFile) {
      this.c = c;
      this.fallbackFile = fallbackFile;
    }

    void refuse(int generatedLine, String what) {
      GeneratedClass.Origin o = c.origin();
      if (o == null) {
        problems.add(new Diagnostic(fallbackFile, 0, 0, "generated class " + readable(c.name()) + " " + what));
      } else {
        problems.add(new Diagnostic(o.file(), o.lineOf(generatedLine), 0, o.what() + " " + what));
      }
    }
  }
}
