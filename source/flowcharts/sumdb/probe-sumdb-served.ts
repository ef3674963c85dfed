import type {MeasuredProxy} from '../../diagnose/investigation.js';
import {defineProbe} from '../../flow/define-probe.js';
import {parseGosumdb, type SumdbConfig} from '../../go/sumdb-config.js';
import {redactUserinfo} from '../../model/format.js';
import type {Evidence} from '../../model/report.js';
import {probeSumdbSupported} from '../../probes/probe-sumdb.js';
import type {Message, Text} from '../../i18n/message.js';
import type {SumdbProbeInput} from './probe-sumdb-proxy.js';

/** Go's default checksum database (the GOSUMDB of `$GOROOT/go.env`, and go's built-in default). */
export const defaultDatabase = parseGosumdb('sum.golang.org') as Extract<SumdbConfig, {kind: 'on'}>;

/** What the probe says: the module's messages, said in the reader's language where shown. */
export type SumdbServedText = {
	readonly servedBy: (proxy: Text, role: 'goproxy' | 'candidate') => Message;
	readonly servedNone: (asked: number) => Message;
	readonly servedNoneAsked: Message;
};

/** Does a measured proxy serve go's default checksum database? Its data: the proxy that does. */
export const sumdbServedProbe = defineProbe({
	id: 'sumdb-served',
	outcomes: ['entry', 'candidate', 'none', 'error'],
	async run(input: SumdbProbeInput & {readonly proxies: readonly MeasuredProxy[]; readonly text: SumdbServedText}) {
		const served = await findServedDefault(input);
		return {evidence: served.evidence, data: served.proxy};
	},
});

/**
Which measured proxy serves go's default database, sum.golang.org (`<proxy>/sumdb/sum.golang.org/supported`, go's
own test): the GOPROXY entry go would read it through (in GOPROXY's order, past entries that
answer 404/410 as go goes past them), else a candidate. The GOPROXY entries are not asked again when GOSUMDB is
that very default (go already asked them). Stops waiting for the candidates once an entry serves it. Never throws.
*/
async function findServedDefault(
	input: SumdbProbeInput & {readonly proxies: readonly MeasuredProxy[]; readonly text: SumdbServedText},
): Promise<{evidence: Evidence & {readonly outcome: 'entry' | 'candidate' | 'none'}; proxy?: MeasuredProxy}> {
	const {system, config} = input;
	const started = system.now();
	const isDefault = config.name === defaultDatabase.name && config.url === undefined;
	const proxies = input.proxies.filter((proxy) => !(isDefault && proxy.role === 'goproxy'));
	const stop = new AbortController();
	const signal = input.signal === undefined ? stop.signal : AbortSignal.any([input.signal, stop.signal]);
	const probeRun = {env: input.env, timeoutMs: input.timeoutMs, signal};
	// Go's own test (dbClient.initBase): an entry that answers 200 to /supported is where go reads the database.
	const ask = async (proxy: MeasuredProxy): Promise<{proxy: MeasuredProxy; outcome: string; checks: Evidence[]}> => {
		const supported = await probeSumdbSupported(system, {entryUrl: proxy.url, name: defaultDatabase.name, ...probeRun});
		return {proxy, outcome: supported.outcome === 'supported' ? 'served' : supported.outcome, checks: [supported]};
	};

	const asked = proxies.map(async (proxy) => ask(proxy));
	const entries = proxies
		.flatMap((proxy, index) => (proxy.role === 'goproxy' ? [{proxy, answer: asked[index]!}] : []))
		.toSorted((a, b) => (a.proxy.entryIndex ?? 0) - (b.proxy.entryIndex ?? 0));
	let chosen: MeasuredProxy | undefined;
	for (const {answer} of entries) {
		// eslint-disable-next-line no-await-in-loop -- go asks the entries in order
		const {proxy, outcome} = await answer;
		if (outcome === 'served') {
			chosen = proxy;
			break;
		}

		if (outcome !== 'unsupported') {
			break;
		}
	}

	chosen ??= await firstServed(asked.filter((_answer, index) => proxies[index]!.role === 'candidate'));
	stop.abort();
	const settled = await Promise.all(asked);
	const {text} = input;
	return {
		evidence: {
			probe: 'http',
			tool: 'undici',
			command:
				proxies.map((proxy) => `GET ${redactUserinfo(proxy.url.replace(/\/+$/, ''))}/sumdb/${defaultDatabase.name}/supported`).join('; ') ||
				'(no proxy measured)',
			outcome: chosen === undefined ? 'none' : chosen.role === 'goproxy' ? 'entry' : 'candidate',
			summary:
				chosen === undefined
					? proxies.length === 0
						? text.servedNoneAsked
						: text.servedNone(proxies.length)
					: text.servedBy(redactUserinfo(chosen.label), chosen.role),
			durationMs: Math.round(system.now() - started),
			// Raw data, said the same in every language: each check's outcome (its summary is a message).
			output: settled.flatMap((item) => item.checks.map((check) => `${check.command}: ${check.outcome}`)).join('\n'),
		},
		...(chosen === undefined ? {} : {proxy: chosen}),
	};
}

/** The proxy of the first answer that serves the database, or undefined once every answer has come. */
async function firstServed(answers: ReadonlyArray<Promise<{proxy: MeasuredProxy; outcome: string}>>): Promise<MeasuredProxy | undefined> {
	return new Promise((resolve) => {
		void Promise.all(
			answers.map(async (answer) =>
				answer.then(({proxy, outcome}) => {
					if (outcome === 'served') {
						resolve(proxy);
					}
				}),
			),
		).then(() => {
			resolve(undefined);
		});
	});
}
