// The Spring Boot service: precompiled models used, the first request's time printed, no WARN
// logged at INFO (none from the library, Drools or Spring Boot's Mustache support).
def host = evaluate(new File(hostChecks))
host.precompiledUsed(1)
host.firstEvaluationTimed(1)
host.noWarn()
assert !host.logged('MustacheAutoConfiguration') : 'Spring Boot configured Mustache'
true
