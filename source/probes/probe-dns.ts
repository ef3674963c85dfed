import {formatArgv, formatDuration} from '../model/format.js';
import {say, type Text} from '../i18n/index.js';
import type {Evidence} from '../model/report.js';
import type {FileSystem, System} from '../system/types.js';
import {type ProbeRun, checkHost, isIpLiteral, outputText} from './probe-support.js';

/** The outcome labels of `probeDns`; they name the flowchart's edges. */
export type DnsOutcome = 'resolved' | 'slow' | 'ip-literal' | 'failed' | 'timeout';

/**
A lookup that takes this long is a slow resolver, its own outcome: a healthy one answers in milliseconds, and glibc
asks again only after 5 s without an answer.
*/
export const slowLookupMs = 1500;

/** The system resolver does not read `env`; it is there for a uniform probe input. */
export type DnsProbeInput = ProbeRun & {
	readonly host: string;
	/** Where the nameservers are read from. @default '/etc/resolv.conf' */
	readonly resolvConfPath?: string;
};

/**
Does `host` resolve with the system resolver (the one go's resolver mirrors: /etc/hosts, then the
nameservers of /etc/resolv.conf)? Lists the addresses, and the nameservers in `output`, flagging ones that
cannot work. Never throws.
*/
export async function probeDns(system: System, input: DnsProbeInput): Promise<Evidence> {
	const {host} = input;
	const command = formatArgv(['getent', 'ahosts', host]);
	const base = {probe: 'dns', tool: 'node:dns', command} as const;
	const problem = checkHost(host);
	if (problem !== undefined) {
		return {...base, outcome: 'failed' satisfies DnsOutcome, summary: say.probes.notLookedUp(problem), durationMs: 0};
	}

	if (isIpLiteral(host)) {
		return {
			...base,
			command: '',
			outcome: 'ip-literal' satisfies DnsOutcome,
			summary: say.probes.dns.ipLiteral(host),
			durationMs: 0,
		};
	}

	const [result, resolvConf] = await Promise.all([
		system.net.resolve(host, {timeoutMs: input.timeoutMs, ...(input.signal ? {signal: input.signal} : {})}),
		readResolvConf(system.fs, input.resolvConfPath ?? '/etc/resolv.conf'),
	]);
	const nameserverNote = describeNameservers(resolvConf);
	const lines = [
		...(result.addresses.length > 0 ? [`addresses: ${result.addresses.join(' ')}`] : []),
		...(result.error === undefined ? [] : [`error: ${result.error.code}: ${result.error.message}`]),
		...nameserverNote.lines,
	];
	const evidence = {...base, durationMs: result.durationMs, output: lines.join('\n')};
	const took = formatDuration(result.durationMs);

	if (result.error === undefined && result.addresses.length > 0) {
		const slow = result.durationMs >= slowLookupMs;
		return {
			...evidence,
			outcome: slow ? 'slow' : ('resolved' satisfies DnsOutcome),
			summary: (slow ? say.probes.dns.slow : say.probes.dns.resolves)(host, result.addresses.join(', '), took),
		};
	}

	const code = result.error?.code ?? 'NODATA';
	if (code === 'TIMEOUT' || code === 'CANCELED') {
		const what = code === 'CANCELED' ? say.probes.dns.canceled : say.probes.dns.noAnswer(formatDuration(input.timeoutMs));
		return {...evidence, outcome: 'timeout' satisfies DnsOutcome, summary: say.probes.dns.timeout(what, host, nameserverNote.suffix)};
	}

	return {
		...evidence,
		outcome: 'failed' satisfies DnsOutcome,
		summary: say.probes.dns.failed(host, explainResolveError(code), code, took, nameserverNote.suffix),
	};
}

function explainResolveError(code: string): Text {
	switch (code) {
		case 'ENOTFOUND':
		case 'EAI_NONAME': {
			return say.probes.dns.noSuchHost;
		}

		case 'EAI_AGAIN': {
			return say.probes.dns.tryAgain;
		}

		case 'NODATA':
		case 'EAI_NODATA': {
			return say.probes.dns.noData;
		}

		default: {
			return say.probes.dns.lookupFailed;
		}
	}
}

type ResolvConf = {readonly path: string; readonly nameservers: readonly string[]; readonly readable: boolean};

async function readResolvConf(fs: FileSystem, path: string): Promise<ResolvConf> {
	try {
		return {path, nameservers: parseResolvConf(await fs.readFile(path, 'utf8')), readable: true};
	} catch {
		return {path, nameservers: [], readable: false};
	}
}

/** The `nameserver` lines of a resolv.conf, in order. */
export function parseResolvConf(text: string): string[] {
	const nameservers: string[] = [];
	for (const line of text.split('\n')) {
		const match = /^\s*nameserver\s+(\S+)/.exec(line);
		if (match !== null) {
			nameservers.push(match[1]!);
		}
	}

	return nameservers;
}

/** Why a nameserver address cannot (or probably cannot) answer: unspecified or broadcast addresses. */
export function unusableNameserver(address: string): Text | undefined {
	if (address === '0.0.0.0' || address === '::') {
		return say.probes.dns.unspecified;
	}

	if (address === '255.255.255.255') {
		return say.probes.dns.broadcast;
	}

	if (/^(?:\d+\.){3}25{2}$/.test(address)) {
		return say.probes.dns.subnetBroadcast;
	}

	return undefined;
}

function describeNameservers(conf: ResolvConf): {lines: string[]; suffix: Text} {
	if (!conf.readable) {
		return {lines: [`nameservers: ${conf.path} is not readable`], suffix: ''};
	}

	if (conf.nameservers.length === 0) {
		return {
			lines: [`nameservers: none in ${conf.path} (the resolver then asks 127.0.0.1)`],
			suffix: say.probes.dns.noNameserverSuffix(conf.path),
		};
	}

	const flagged = conf.nameservers.flatMap((address) => {
		const why = unusableNameserver(address);
		return why === undefined ? [] : [{address, why}];
	});
	return {
		lines: [
			`nameservers (${conf.path}): ${conf.nameservers.join(' ')}`,
			...flagged.map((note) => `warning: ${note.address} is ${outputText(note.why)}`),
		],
		suffix: say.probes.dns.nameserversSuffix(
			conf.nameservers.join(', '),
			flagged.map((note) => say.probes.dns.flagged(note.address, note.why)),
		),
	};
}
