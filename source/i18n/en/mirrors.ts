/** `gomod-doctor mirrors`: §3.1, choosing a mirror by measurement. */
export const mirrors = {
	title: (module: string, version: string | undefined) =>
		`Proxies measured for ${module}${version === undefined ? '' : ` ${version}`}, fastest correct first`,
	header: ['proxy', 'role', 'content', 'time'] as readonly string[],
	roles: {goproxy: 'GOPROXY', candidate: 'candidate'},
	content: {
		correct: 'as go.sum',
		altered: 'ALTERED',
		notWaitedFor: 'not waited for',
		/** A broken proxy's symptom, short (source/diagnose/verdict-line.ts). */
		symptoms: {
			status: (status: number, reason: string) => `${status} ${reason}`.trim(),
			proxyStatus: (status: number, reason: string) => `HTTP proxy: ${status} ${reason}`.trim(),
			proxyRefused: 'HTTP proxy refuses',
			refused: 'refuses connections',
			noSuchHost: 'does not resolve',
			noAnswer: 'no answer',
			unknownAuthority: 'unknown CA',
			certificate: 'bad certificate',
			cutShort: 'cuts files short',
			htmlPage: 'HTML page',
		},
	},
	/** The line under a candidate the diagnosis stopped waiting for. */
	notWaitedFor: (chosen: string) => `${chosen} answered first and passed the checks (gomod-doctor mirrors measures every one)`,
	phases: (dns: string, connect: string, tls: string, list: string) => `dns ${dns} · connect ${connect} · tls ${tls} · list ${list}`,
	none: 'No proxy was measured: GOPROXY has no network entries and no candidates were given.',
	recommend: (url: string) => `Fastest correct mirror: ${url}`,
	alreadyFirst: (url: string) => `GOPROXY already starts with the fastest correct mirror, ${url}.`,
	command: 'To use it (gomod-doctor applies nothing here):',
	noneWorks: 'No measured proxy serves the module correctly: check the network first (gomod-doctor diagnose).',
	notCompared:
		'Content was not compared: go.sum has no line for this module version (name one with --module MOD@VER in a module that requires it).',
};
