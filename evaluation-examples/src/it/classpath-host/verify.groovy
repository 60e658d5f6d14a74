// The plain class-path run and the fat-jar run: the library on the class path, precompiled models used,
// the first-evaluation time printed, the HTML report rendered, no WARN logged by anyone at INFO, each
// report byte-identical to the command line's.
def host = evaluate(new File(hostChecks))
host.printed('HOST library on the class path', 2)
host.precompiledUsed(2)
host.firstEvaluationTimed(2)
host.htmlRendered(2)
host.noWarn()
host.sameAsCli(['report-classpath.json', 'report-shaded.json'])
true
