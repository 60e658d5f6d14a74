// The plain class-path run and the fat-jar run: precompiled models used, the first-evaluation time
// printed, no WARN logged by anyone at INFO, each report byte-identical to the command line's.
def log = new File(basedir, 'build.log').text
assert log.count('HOST precompiled=true') == 2 : 'a run did not load the precompiled model'
assert (log =~ /HOST first evaluation \(load, read, evaluate\) took \d+ ms/).count == 2
def warns = log.readLines().findAll { it =~ /\bWARN\b/ && !it.startsWith('[WARNING]') }
assert warns.isEmpty() : "WARN logged by the host's run: ${warns}"
def cli = new File(basedir, '../../cli-report.json').bytes
['report-classpath.json', 'report-shaded.json'].each {
  assert new File(basedir, "target/${it}").bytes == cli : "${it} differs from the command line's report"
}
true
