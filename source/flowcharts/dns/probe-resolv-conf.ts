import {defineProbe, type ProbeResult} from '../../flow/define-probe.js';
import {say, type Message} from '../../i18n/index.js';
import type {Evidence} from '../../model/report.js';
import type {FileSystem} from '../../system/types.js';
import {isIpLiteral} from '../../probes/probe-support.js';

/** The outcome labels of `probeResolvConf`; they name the flowchart's edges. */
export type ResolvConfOutcome = 'ok' | 'unusable' | 'none' | 'unreadable' | 'error';

/** What a resolv.conf says, as the system resolver (and go's own) reads it. */
export type ResolvConf = {
	/** The `nameserver` addresses, in order (the resolvers use at most three). */
	readonly nameservers: readonly string[];
	/** The `search` (or `domain`) list. */
	readonly search: readonly string[];
	/** The `options` words, e.g. `ndots:5`, `timeout:1`. */
	readonly options: readonly string[];
};

/**
Reads a resolv.conf: `nameserver`, `search`/`domain` and `options` lines; `#` and `;` start comments; the last
`search` or `domain` line wins, as in glibc. Pure.
*/
export function parseResolvConf(text: string): ResolvConf {
	const nameservers: string[] = [];
	let search: string[] = [];
	const options: string[] = [];
	for (const raw of text.split('\n')) {
		const line = raw.replace(/[#;].*$/, '').trim();
		const [keyword, ...words] = line.split(/\s+/);
		switch (keyword) {
			case 'nameserver': {
				if (words[0] !== undefined) {
					nameservers.push(words[0]);
				}

				break;
			}

			case 'search':
			case 'domain': {
				search = words;
				break;
			}

			case 'options': {
				options.push(...words);
				break;
			}

			default: {
				break;
			}
		}
	}

	return {nameservers, search, options};
}

/**
Why a nameserver address cannot answer (or cannot be reached from here), or undefined when it may: the
unspecified address, broadcast, multicast, a link-local IPv6 address without its interface, the documentation
and reserved ranges, or something that is not an IP address at all.
*/
export function nameserverProblem(address: string): Message | undefined {
	const words = say.probes.resolvConf;
	if (!isIpLiteral(address)) {
		return words.notIp;
	}

	if (address.includes(':')) {
		const lower = address.toLowerCase();
		if (/^::$|^0*(:0*)*::?0*$/.test(lower)) {
			return words.unspecified;
		}

		if (lower.startsWith('ff')) {
			return words.multicast;
		}

		if (/^fe[89ab]/.test(lower) && !lower.includes('%')) {
			return words.linkLocal6;
		}

		if (lower.startsWith('2001:db8:') || lower.startsWith('2001:0db8:')) {
			return words.documentation6;
		}

		return undefined;
	}

	const [a = 0, b = 0, c = 0, d = 0] = address.split('.').map(Number);
	if (a === 0) {
		return a === 0 && b === 0 && c === 0 && d === 0 ? words.unspecified4 : words.zeroNet;
	}

	if (address === '255.255.255.255') {
		return words.broadcast;
	}

	if (a >= 224 && a <= 239) {
		return words.multicast;
	}

	if (a >= 240) {
		return words.reserved;
	}

	if (a === 169 && b === 254) {
		return words.linkLocal4;
	}

	if ((a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) {
		return words.documentation4;
	}

	if (d === 255) {
		return words.subnetBroadcast;
	}

	return undefined;
}

/** The input of `probeResolvConf`. */
export type ResolvConfProbeInput = {
	/** @default '/etc/resolv.conf' */
	readonly path?: string;
};

/**
Which resolver answers name lookups here: the nameservers of /etc/resolv.conf, each flagged when it cannot work
(unspecified, broadcast, multicast, link-local, never routed). A file read, no query is sent. Never throws.
*/
export async function probeResolvConf(fs: FileSystem, input: ResolvConfProbeInput = {}): Promise<Evidence> {
	const file = input.path ?? '/etc/resolv.conf';
	const base = {probe: 'file', tool: 'node:fs', command: `cat ${file}`} as const;
	const started = performance.now();
	let text: string;
	try {
		text = await fs.readFile(file, 'utf8');
	} catch (error) {
		const {code} = error as {code?: unknown};
		return {
			...base,
			outcome: 'unreadable' satisfies ResolvConfOutcome,
			summary: say.probes.resolvConf.unreadable(file, typeof code === 'string' ? code : 'error'),
			durationMs: Math.round(performance.now() - started),
		};
	}

	const conf = parseResolvConf(text);
	const durationMs = Math.round(performance.now() - started);
	const lines = [
		`nameservers: ${conf.nameservers.length === 0 ? '(none)' : conf.nameservers.join(' ')}`,
		...(conf.search.length === 0 ? [] : [`search: ${conf.search.join(' ')}`]),
		...(conf.options.length === 0 ? [] : [`options: ${conf.options.join(' ')}`]),
	];
	if (conf.nameservers.length === 0) {
		return {
			...base,
			outcome: 'none' satisfies ResolvConfOutcome,
			summary: say.probes.resolvConf.none(file),
			durationMs,
			output: lines.join('\n'),
		};
	}

	const flagged = conf.nameservers.flatMap((address) => {
		const problem = nameserverProblem(address);
		return problem === undefined ? [] : [{address, problem}];
	});
	const output = [...lines, ...flagged.map((note) => `warning: ${note.address} cannot answer`)].join('\n');
	if (flagged.length > 0) {
		const usable = conf.nameservers.length - flagged.length;
		return {
			...base,
			outcome: 'unusable' satisfies ResolvConfOutcome,
			summary: say.probes.resolvConf.unusable(
				file,
				flagged.map((note) => say.probes.resolvConf.flagged(note.address, note.problem)),
				usable,
			),
			durationMs,
			output,
		};
	}

	return {
		...base,
		outcome: 'ok' satisfies ResolvConfOutcome,
		summary: say.probes.resolvConf.ok(file, conf.nameservers.join(', ')),
		durationMs,
		output,
	};
}

/** §2.3 DNS: the resolver's nameservers ({@link probeResolvConf}), as a probe object. */
export const resolvConfProbe = defineProbe({
	id: 'resolv-conf',
	outcomes: ['ok', 'unusable', 'none', 'unreadable', 'error'],
	async run(input: ResolvConfProbeInput & {readonly fs: FileSystem}): Promise<ProbeResult<ResolvConfOutcome, undefined>> {
		return {evidence: (await probeResolvConf(input.fs, input)) as Evidence & {readonly outcome: ResolvConfOutcome}};
	},
});
