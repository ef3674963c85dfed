/**
Hostile servers and files, for the robustness tests (issue 14): a proxy that lists 100,000 versions, one whose
error bodies are terminal escapes, one that echoes the credentials it was sent, and a go.mod and settings that
carry escapes themselves. Hidden from `lab --list`: they reproduce attacks, not a user's problem.
*/
import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {labCaCertificate} from '../lab-tls.js';
import {defineScenario, good} from '../scenario-kit.js';
import {startTlsGoproxy} from '../tls-goproxy.js';

/** How many made-up versions hostile-long-list's proxy lists besides the real ones. */
export const longListVersions = 100_000;

/** The credentials hostile-echo hands go (in .netrc). */
export const echoedSecrets = {netrcUser: 'netrcuser', netrcPassword: 's3cretNETRC'} as const;

/** An OSC 0 title change: what a hostile go.mod line and setting carry. */
const titleEscape = '\u001B]0;PWNED-TITLE\u0007';

export const hostileScenarios = [
	defineScenario({
		id: 'hostile-long-list',
		description: `go.mod requires example.com/lab/greet v1.3.0 from a proxy that lists ${longListVersions} versions: not-found, with a bounded summary of the list.`,
		hidden: true,
		servers: [{name: 'long', fault: {kind: 'long-list', versions: longListVersions}}],
		goproxy: '{long}',
		candidates: ['long'],
		expected: {category: 'not-found'},
		goSays: '404 Not Found',
		async setup(input) {
			const goMod = await readFile(path.join(input.dir, 'go.mod'), 'utf8');
			return {files: {'go.mod': goMod.replace('example.com/lab/greet v1.2.0', 'example.com/lab/greet v1.3.0')}};
		},
	}),
	defineScenario({
		id: 'hostile-escapes',
		description:
			'The first GOPROXY entry answers 502 with a body of terminal escapes, and GOPRIVATE carries one: no escape reaches the terminal or a file.',
		hidden: true,
		servers: [{name: 'hostile', fault: {kind: 'escape-body', status: 502}}, good],
		goproxy: '{hostile},{good},direct',
		candidates: ['good'],
		expected: {entryIndex: 0, category: 'proxy-bad-response'},
		goSays: '502 Bad Gateway',
		async setup() {
			return {goenv: {GOPRIVATE: `corp.example${titleEscape}`}};
		},
	}),
	defineScenario({
		id: 'hostile-gomod',
		description: 'go.mod replaces a module with a directory whose name carries a terminal escape; go quotes it back in its error.',
		hidden: true,
		servers: [good],
		goproxy: '{good}',
		candidates: ['good'],
		expected: {category: 'not-found'},
		async setup(input) {
			const goMod = await readFile(path.join(input.dir, 'go.mod'), 'utf8');
			return {files: {'go.mod': `${goMod}\nreplace example.com/lab/greet => ${JSON.stringify(`./${titleEscape}dir`)}\n`}};
		},
	}),
	defineScenario({
		id: 'hostile-endless',
		description:
			'The only GOPROXY entry answers every module file with a body that never ends: go is stopped at its memory bound, and says why.',
		hidden: true,
		servers: [{name: 'endless', fault: {kind: 'endless-body'}}],
		goproxy: '{endless}',
		candidates: ['endless'],
		expected: {entryIndex: 0, category: 'proxy-bad-response'},
	}),
	defineScenario({
		id: 'hostile-echo',
		description:
			'The only GOPROXY entry (HTTPS) answers 404 with a body that echoes the request headers, the .netrc credentials included: none of them is shown, raw or base64.',
		hidden: true,
		servers: [{name: 'echo', fault: {kind: 'echo-headers'}}],
		goproxy: '{echo}',
		candidates: ['echo'],
		expected: {entryIndex: 0, category: 'proxy-bad-response'},
		goSays: '404 Not Found',
		async setup(input) {
			// Over HTTPS (the lab CA trusted through SSL_CERT_FILE): go sends .netrc credentials only there.
			const front = await startTlsGoproxy(input.urls.get('echo') ?? '');
			const ca = path.join(input.root, 'lab-ca.pem');
			await writeFile(ca, labCaCertificate);
			const netrc = path.join(input.root, 'netrc');
			const machine = new URL(front.url).host;
			await writeFile(netrc, `machine ${machine} login ${echoedSecrets.netrcUser} password ${echoedSecrets.netrcPassword}\n`, {
				mode: 0o600,
			});
			return {
				goenv: {GOPROXY: front.url},
				env: {NETRC: netrc, SSL_CERT_FILE: ca},
				candidates: [front.url],
				extras: {netrc, url: front.url},
				close: async () => front.close(),
			};
		},
	}),
];
