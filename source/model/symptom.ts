/**
The concrete symptom behind a finding or a broken proxy, as a Go developer would name it: the status line a server
answered, a refused connection, a name that does not resolve, a certificate from an unknown authority…
(source/diagnose/verdict-line.ts reads it from go's error and the checks' outcomes.)
*/
export type Symptom =
	| {readonly kind: 'status'; readonly status: number; readonly reason: string}
	/** The HTTP(S) proxy of the environment answered this status (407) instead of the request's target. */
	| {readonly kind: 'proxy-status'; readonly status: number; readonly reason: string}
	| {readonly kind: 'proxy-refused'}
	| {readonly kind: 'refused'}
	| {readonly kind: 'no-such-host'}
	| {readonly kind: 'no-answer'}
	| {readonly kind: 'unknown-authority'}
	| {readonly kind: 'certificate'; readonly message: string}
	| {readonly kind: 'cut-short'}
	| {readonly kind: 'html-page'};
