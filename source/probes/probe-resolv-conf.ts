import {readFile} from 'node:fs/promises';
import type {Evidence} from '../model/report.js';
import {isIpLiteral} from './probe-support.js';

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
export function nameserverProblem(address: string): string | undefined {
	if (!isIpLiteral(address)) {
		return 'not an IP address (the resolver skips it)';
	}

	if (address.includes(':')) {
		const lower = address.toLowerCase();
		if (/^::$|^0*(:0*)*::?0*$/.test(lower)) {
			return 'the unspecified address';
		}

		if (lower.startsWith('ff')) {
			return 'a multicast address';
		}

		if (/^fe[89ab]/.test(lower) && !lower.includes('%')) {
			return 'a link-local address without its interface (%eth0), which cannot be routed';
		}

		if (lower.startsWith('2001:db8:') || lower.startsWith('2001:0db8:')) {
			return 'a documentation address (2001:db8::/32), which is never routed';
		}

		return undefined;
	}

	const [a = 0, b = 0, c = 0, d = 0] = address.split('.').map(Number);
	if (a === 0) {
		return a === 0 && b === 0 && c === 0 && d === 0 ? 'the unspecified address 0.0.0.0' : 'in 0.0.0.0/8, which is never routed';
	}

	if (address === '255.255.255.255') {
		return 'the broadcast address';
	}

	if (a >= 224 && a <= 239) {
		return 'a multicast address';
	}

	if (a >= 240) {
		return 'in the reserved range 240.0.0.0/4, which is never routed';
	}

	if (a === 169 && b === 254) {
		return 'a link-local address (169.254.0.0/16): no DHCP answer was received, or it only works on one link';
	}

	if ((a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) {
		return 'a documentation address (TEST-NET), which is never routed';
	}

	if (d === 255) {
		return 'probably a subnet broadcast address';
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
export async function probeResolvConf(input: ResolvConfProbeInput = {}): Promise<Evidence> {
	const file = input.path ?? '/etc/resolv.conf';
	const base = {probe: 'file', tool: 'node:fs', command: `cat ${file}`} as const;
	const started = performance.now();
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		const code = (error as {code?: unknown}).code;
		return {
			...base,
			outcome: 'unreadable' satisfies ResolvConfOutcome,
			summary: `${file} cannot be read (${typeof code === 'string' ? code : 'error'}): the resolver then asks a nameserver on 127.0.0.1.`,
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
			summary: `${file} lists no nameserver: the resolver asks 127.0.0.1, where nothing may answer.`,
			durationMs,
			output: lines.join('\n'),
		};
	}

	const flagged = conf.nameservers.flatMap((address) => {
		const problem = nameserverProblem(address);
		return problem === undefined ? [] : [`${address} is ${problem}`];
	});
	const output = [...lines, ...flagged.map((note) => `warning: ${note}`)].join('\n');
	if (flagged.length > 0) {
		const usable = conf.nameservers.length - flagged.length;
		return {
			...base,
			outcome: 'unusable' satisfies ResolvConfOutcome,
			summary: `${file}: ${flagged.join('; ')}${usable > 0 ? `; ${usable} other nameserver(s) may still answer` : '; no nameserver listed can answer'}.`,
			durationMs,
			output,
		};
	}

	return {
		...base,
		outcome: 'ok' satisfies ResolvConfOutcome,
		summary: `The resolver asks ${conf.nameservers.join(', ')} (${file}).`,
		durationMs,
		output,
	};
}
