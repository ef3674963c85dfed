/*
The real System (real processes, sockets and HTTP), recording every call: what was checked, against which
host, and with which deadline. For tests that ask how a diagnosis uses the world rather than what it says.
*/
import {createSystem} from '../../source/system/create-system.js';
import type {System} from '../../source/system/types.js';

/** One call a diagnosis made. */
export type Check = {
	/** The check as `tool target`: `ping 127.0.0.1`, `nc 127.0.0.1:4312`, `GET http://…`, `resolve host`; go's runs as `go ARGS`. */
	readonly key: string;
	/** The host it is about (for go: empty). */
	readonly host: string;
	/** The deadline it was given, as passed (undefined or not a number would be a bug). */
	readonly timeoutMs: unknown;
	readonly kind: 'run' | 'http' | 'net';
};

/** The real adapters of `createSystem()`, recording every call in `checks`. */
export function recordingSystem(): System & {readonly checks: Check[]} {
	const real = createSystem();
	const checks: Check[] = [];
	return {
		checks,
		async run(spec) {
			if (spec.file === 'go' || spec.file === 'git') {
				checks.push({key: [spec.file, ...spec.args].join(' '), host: '', timeoutMs: spec.timeoutMs, kind: 'run'});
			} else {
				// The host is the last argument that looks like one: ping … HOST, nc … HOST PORT, openssl … -connect HOST:PORT.
				const target = spec.args.findLast((argument) => !argument.startsWith('-') && /[.:]/.test(argument)) ?? spec.args.join(' ');
				const port = spec.file === 'nc' ? `:${spec.args.at(-1) ?? ''}` : '';
				checks.push({key: `${spec.file} ${target}${port}`, host: target.replace(/:\d+$/, ''), timeoutMs: spec.timeoutMs, kind: 'run'});
			}

			return real.run(spec);
		},
		async http(request) {
			checks.push({
				key: `${request.method ?? 'GET'} ${request.url}`,
				host: new URL(request.url).hostname,
				timeoutMs: request.timeoutMs,
				kind: 'http',
			});
			return real.http(request);
		},
		net: {
			async resolve(host, options) {
				checks.push({key: `resolve ${host}`, host, timeoutMs: options.timeoutMs, kind: 'net'});
				return real.net.resolve(host, options);
			},
			async connect(host, port, options) {
				checks.push({key: `connect ${host}:${port}`, host, timeoutMs: options.timeoutMs, kind: 'net'});
				return real.net.connect(host, port, options);
			},
			async tlsHandshake(host, port, options) {
				checks.push({key: `tls ${host}:${port}`, host, timeoutMs: options.timeoutMs, kind: 'net'});
				return real.net.tlsHandshake(host, port, options);
			},
		},
		// Files are not checks of the network: they are the machine's own, unrecorded.
		fs: real.fs,
		now: real.now,
	};
}
