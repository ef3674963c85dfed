import {readFile} from 'node:fs/promises';
import {describeNetrcEntry, findNetrcEntry, netrcPath, parseNetrc} from '../go/netrc.js';
import type {Evidence} from '../model/report.js';
import type {Environment} from '../system/types.js';

/** The outcome labels of `probeNetrc`. */
export type NetrcOutcome = 'found' | 'missing' | 'port-mismatch' | 'error';

export type NetrcProbeInput = {
	readonly env: Environment;
	/** The machine go looks up: the host, with `:port` when the URL has one. */
	readonly machine: string;
};

/** A .netrc larger than this is not read (it is not a .netrc). */
const maxNetrcBytes = 1 << 20;

/**
Does the `.netrc` go reads ($NETRC, else ~/.netrc) hold credentials for `machine`, as go (1.24 and later) looks
them up? The evidence names the file and the entry's machine and login, never its password. Never throws.
*/
export async function probeNetrc(input: NetrcProbeInput): Promise<Evidence> {
	const started = performance.now();
	const file = netrcPath(input.env);
	const base = {probe: 'file', tool: 'gomod-doctor', command: `read ${file ?? '~/.netrc'}`} as const;
	const took = () => Math.round(performance.now() - started);
	if (file === undefined) {
		return {...base, outcome: 'error' satisfies NetrcOutcome, summary: 'Neither NETRC nor HOME is set: go has no .netrc to read.', durationMs: took()};
	}

	let text: string;
	try {
		const bytes = await readFile(file);
		if (bytes.byteLength > maxNetrcBytes) {
			return {...base, outcome: 'error' satisfies NetrcOutcome, summary: `${file} is larger than 1 MiB: not read.`, durationMs: took()};
		}

		text = bytes.toString('utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT' || code === 'ENOTDIR') {
			return {...base, outcome: 'missing' satisfies NetrcOutcome, summary: `${file} does not exist: go sends no credentials to ${input.machine}.`, durationMs: took()};
		}

		return {...base, outcome: 'error' satisfies NetrcOutcome, summary: `${file} cannot be read (${code ?? 'error'}).`, durationMs: took()};
	}

	const entries = parseNetrc(text);
	const found = findNetrcEntry(entries, input.machine);
	const machines = entries.length === 0 ? 'no complete entry' : `${entries.length} complete ${entries.length === 1 ? 'entry' : 'entries'}`;
	if (found === undefined) {
		return {
			...base,
			outcome: 'missing' satisfies NetrcOutcome,
			summary: `${file} has ${machines}, none for machine ${input.machine}: go sends no credentials there.`,
			durationMs: took(),
		};
	}

	if (found.portIgnored) {
		return {
			...base,
			outcome: 'port-mismatch' satisfies NetrcOutcome,
			summary: `${file} has "${describeNetrcEntry(found.entry)}", but go 1.24 and later look the machine up with its port: it needs machine ${input.machine}.`,
			durationMs: took(),
		};
	}

	return {
		...base,
		outcome: 'found' satisfies NetrcOutcome,
		summary: `${file} has "${describeNetrcEntry(found.entry)}": go sends these credentials to ${input.machine}.`,
		durationMs: took(),
	};
}
