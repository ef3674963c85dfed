import {defineProbe} from '../../flow/define-probe.js';
import {describeNetrcEntry, findNetrcEntry, netrcPath, parseNetrc} from '../../go/netrc.js';
import {say} from '../../i18n/index.js';
import type {Evidence} from '../../model/report.js';
import type {Environment, System} from '../../system/types.js';

/** The outcome labels of `probeNetrc`. */
const netrcOutcomes = ['found', 'missing', 'port-mismatch', 'error'] as const;
type NetrcOutcome = (typeof netrcOutcomes)[number];

type NetrcProbeInput = {
	readonly system: System;
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
async function probeNetrc(input: NetrcProbeInput): Promise<Evidence> {
	const started = performance.now();
	const file = netrcPath(input.env);
	const base = {probe: 'file', tool: 'gomod-doctor', command: `read ${file ?? '~/.netrc'}`} as const;
	const took = () => Math.round(performance.now() - started);
	if (file === undefined) {
		return {...base, outcome: 'error' satisfies NetrcOutcome, summary: say.probes.netrc.noHome, durationMs: took()};
	}

	let text: string;
	try {
		const bytes = await input.system.fs.readFile(file);
		if (bytes.byteLength > maxNetrcBytes) {
			return {...base, outcome: 'error' satisfies NetrcOutcome, summary: say.probes.netrc.tooLarge(file), durationMs: took()};
		}

		text = bytes.toString('utf8');
	} catch (error) {
		const {code} = error as NodeJS.ErrnoException;
		if (code === 'ENOENT' || code === 'ENOTDIR') {
			return {
				...base,
				outcome: 'missing' satisfies NetrcOutcome,
				summary: say.probes.netrc.missing(file, input.machine),
				durationMs: took(),
			};
		}

		return {
			...base,
			outcome: 'error' satisfies NetrcOutcome,
			summary: say.probes.netrc.unreadable(file, code ?? 'error'),
			durationMs: took(),
		};
	}

	const entries = parseNetrc(text);
	const found = findNetrcEntry(entries, input.machine);
	if (found === undefined) {
		return {
			...base,
			outcome: 'missing' satisfies NetrcOutcome,
			summary: say.probes.netrc.none(file, entries.length, input.machine),
			durationMs: took(),
		};
	}

	if (found.portIgnored) {
		return {
			...base,
			outcome: 'port-mismatch' satisfies NetrcOutcome,
			summary: say.probes.netrc.portMismatch(file, describeNetrcEntry(found.entry), input.machine),
			durationMs: took(),
		};
	}

	return {
		...base,
		outcome: 'found' satisfies NetrcOutcome,
		summary: say.probes.netrc.found(file, describeNetrcEntry(found.entry), input.machine),
		durationMs: took(),
	};
}

/** The .netrc credentials for the machine go sends them to, as a probe object. */
export const netrcProbe = defineProbe({
	id: 'netrc',
	outcomes: netrcOutcomes,
	async run(input: NetrcProbeInput) {
		return {evidence: (await probeNetrc(input)) as Evidence & {readonly outcome: NetrcOutcome}};
	},
});
