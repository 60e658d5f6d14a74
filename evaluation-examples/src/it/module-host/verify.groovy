// The module-path run (java -p … -m host/host.Main, no --add-modules): the library is found as an
// explicit module, precompiled models used, the first-evaluation time printed, the HTML report rendered,
// no WARN logged at INFO, the report byte-identical to the command line's.
def host = evaluate(new File(hostChecks))
host.printed('HOST library in module vn.danhgia.evaluation.core (explicit)', 1)
host.precompiledUsed(1)
host.firstEvaluationTimed(1)
host.htmlRendered(1)
host.noWarn()
host.sameAsCli(['report-module-path.json'])
true
