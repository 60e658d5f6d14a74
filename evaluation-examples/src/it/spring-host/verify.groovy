// The Spring Boot service: precompiled models used, the first request's time printed, no WARN
// logged at INFO (none from the library, Drools or Spring Boot's Mustache support).
def log = new File(basedir, 'build.log').text
assert log.contains('HOST precompiled=true') : 'the service did not load the precompiled model'
assert log =~ /HOST first evaluation \(POST \/evaluations\) took \d+ ms/
def warns = log.readLines().findAll { it =~ /\bWARN\b/ && !it.startsWith('[WARNING]') }
assert warns.isEmpty() : "WARN logged by the service: ${warns}"
assert !log.contains('MustacheAutoConfiguration')
true
