// The checks every consumer project's verify.groovy makes, evaluated there with
// evaluate(new File(hostChecks)) (hostChecks is a script variable set by the invoker configuration in
// evaluation-examples/pom.xml). Each check reads the project's build.log, which holds its runs' output.
def log = new File(basedir, 'build.log').text
def printed = { String line, int runs ->
  assert log.count(line) == runs : "not printed ${runs} time(s): ${line}"
}
[
  // A line the host prints, printed once per run.
  printed: printed,
  // Every run loaded the shipped rule set from its precompiled model, not from the rule files.
  precompiledUsed: { int runs -> printed('HOST precompiled=true', runs) },
  // Every run rendered the HTML report (its template engine is relocated into evaluation-core's jar).
  htmlRendered: { int runs -> printed('HOST HTML report rendered=true', runs) },
  // Every run printed the time of its first evaluation ("HOST first evaluation (…) took N ms").
  firstEvaluationTimed: { int runs ->
    def timed = (log =~ /HOST first evaluation \([^)]+\) took \d+ ms/).count
    assert timed == runs : "first-evaluation time printed ${timed} time(s), not ${runs}"
  },
  // Nothing (the library, Drools, the host's framework) logged a WARN line at INFO; Maven's own
  // [WARNING] lines are not the runs'.
  noWarn: { ->
    def warns = log.readLines().findAll { it =~ /\bWARN\b/ && !it.startsWith('[WARNING]') }
    assert warns.isEmpty() : "WARN logged by the host's run: ${warns}"
  },
  // Each report the host wrote (under target/) is byte-identical to the command line's.
  sameAsCli: { List<String> reports ->
    def cli = new File(cliReport).bytes
    reports.each {
      assert new File(basedir, "target/${it}").bytes == cli : "${it} differs from the command line's report"
    }
  },
  // Whether the build log holds a text.
  logged: { String text -> log.contains(text) },
]
