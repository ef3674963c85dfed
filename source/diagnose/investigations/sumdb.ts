import {shellLine} from '../../fixes/apply-go-env.js';
import {sumdbFlow, type SumdbSubject} from '../../flow/graphs/sumdb.js';
import {looksPrivateHost, moduleHost} from '../../classify/extract-details.js';
import {matchPrefixPatterns} from '../../go/match-prefix-patterns.js';
import {fetchesNothing, parseGoproxyList} from '../../go/parse-goproxy-list.js';
import {gosumdbWithUrl, knownSumdbMirrors, parseGosumdb, type SumdbConfig} from '../../go/sumdb-config.js';
import {t} from '../../i18n/index.js';
import {redactUserinfo} from '../../model/format.js';
import type {Evidence, Finding, Fix} from '../../model/report.js';
import {probeSumdbLatest, probeSumdbSupported} from '../../probes/probe-sumdb.js';
import type {Environment, System} from '../../system/types.js';
import type {CheckRun, Investigation, InvestigationContext, MeasuredProxy} from '../investigation.js';
import {walkEvidence} from '../run-investigations.js';
import {joinProxyUrl} from '../../go/proxy-url.js';

/** Where go reads the checksum database: a GOPROXY entry's `/sumdb/<name>`, or the database's own URL. */
export type SumdbRoute = {
	readonly base: string;
	/** The GOPROXY entry that proxies it, when one does. */
	readonly proxy?: string;
	/** The checks made to find out (each entry's `/supported`). */
	readonly evidence: readonly Evidence[];
};

/**
Finds the URL go reads the checksum database from, as go's dbClient.initBase does: the URL GOSUMDB names; else
the first GOPROXY entry (before `direct`/`off`) that answers 200 to `/sumdb/<name>/supported` (404/410, or any error
after a `|`, tries the next); else `https://<name>`. Never throws.
*/
export async function sumdbRoute(
	system: System,
	config: Extract<SumdbConfig, {kind: 'on'}>,
	goproxy: string,
	run: {readonly env: Environment; readonly timeoutMs: number; readonly signal?: AbortSignal},
): Promise<SumdbRoute> {
	if (config.url !== undefined) {
		return {base: config.base, evidence: []};
	}

	const evidence: Evidence[] = [];
	for (const entry of parseGoproxyList(goproxy).entries) {
		if (entry.kind !== 'url' || entry.scheme === 'file') {
			break;
		}

		// eslint-disable-next-line no-await-in-loop -- go asks the entries in order and stops at the first that answers
		const supported = await probeSumdbSupported(system, {entryUrl: entry.url, name: config.name, env: run.env, timeoutMs: run.timeoutMs, ...(run.signal ? {signal: run.signal} : {})});
		evidence.push(supported);
		if (supported.outcome === 'supported') {
			return {base: joinProxyUrl(entry.url, `sumdb/${config.name}`), proxy: entry.raw, evidence};
		}

		if (supported.outcome === 'error' && !entry.fallBackOnError) {
			// go treats any other answer as the database being unavailable through this entry.
			return {base: joinProxyUrl(entry.url, `sumdb/${config.name}`), proxy: entry.raw, evidence};
		}
	}

	return {base: config.base, evidence};
}

/** Mirrors of a checksum database to try: go's own alias, and GOMOD_DOCTOR_SUMDB_MIRRORS (comma-separated URLs). */
export function sumdbMirrors(name: string, env: Environment, except: string): string[] {
	const configured = (env['GOMOD_DOCTOR_SUMDB_MIRRORS'] ?? '')
		.split(/[,\s]+/)
		.map((item) => item.trim().replace(/\/+$/, ''))
		.filter((item) => /^https?:\/\/[^\s]+$/.test(item));
	const all = [...configured, ...(knownSumdbMirrors[name] ?? [])];
	return [...new Set(all)].filter((url) => url !== except.replace(/\/+$/, ''));
}

/** What the walk learned, by subject, for the findings: a mirror that answers, a proxy that serves sum.golang.org. */
const routes = new WeakMap<SumdbSubject, {mirror?: string; served?: MeasuredProxy}>();

/** go's default checksum database (the GOSUMDB of `$GOROOT/go.env`, and go's built-in default). */
const defaultDatabase = parseGosumdb('sum.golang.org') as Extract<SumdbConfig, {kind: 'on'}>;

/**
Checksum database reachability, beside the reproduction: go's GOSUMDB reached the way go reaches it (through a
GOPROXY entry that proxies it, else directly), the tree head checked against the key, and when that fails a
mirror of the same database. Not walked when GOSUMDB=off.
*/
export const sumdbInvestigation: Investigation<SumdbSubject> = {
	id: 'sumdb',
	flow: sumdbFlow,
	phase: 'start',
	subjects(context) {
		const gosumdb = context.snapshot.values['GOSUMDB'] ?? '';
		const config = parseGosumdb(gosumdb);
		// go reaches the checksum database only for what it downloads: with a GOPROXY that lets it fetch nothing
		// (off, or a look-alike character in its only entry), the settings check is the finding, not the database.
		if (config.kind === 'off' || fetchesNothing(parseGoproxyList(context.snapshot.values['GOPROXY'] ?? ''))) {
			return [];
		}

		if (config.kind === 'invalid') {
			return [{label: gosumdb, name: gosumdb, url: '', explicitUrl: false, gosumdb, invalid: config.reason}];
		}

		return [{label: config.name, name: config.name, url: config.base, explicitUrl: config.url !== undefined, gosumdb}];
	},
	async check(pending, subject, run) {
		const config = parseGosumdb(subject.gosumdb);
		if (config.kind !== 'on') {
			throw new Error('GOSUMDB is not usable');
		}

		const probeRun = {env: run.context.env, timeoutMs: run.timeoutMs, ...(run.signal === undefined ? {} : {signal: run.signal})};
		switch (pending.probe) {
			case 'sumdb-proxy': {
				return routeEvidence(run, config);
			}

			case 'sumdb-latest': {
				const route = pending.node === 'proxied' ? await sumdbRoute(run.context.system, config, run.context.snapshot.values['GOPROXY'] ?? '', probeRun) : {base: config.base};
				return probeSumdbLatest(run.context.system, {base: route.base, key: config.key, ...probeRun});
			}

			case 'sumdb-served': {
				const served = await findServedDefault(run, config);
				if (served.proxy !== undefined) {
					routes.set(subject, {...routes.get(subject), served: served.proxy});
				}

				return served.evidence;
			}

			case 'sumdb-mirror': {
				const mirrors = sumdbMirrors(config.name, run.context.env, config.base);
				const tried: string[] = [];
				for (const mirror of mirrors) {
					// eslint-disable-next-line no-await-in-loop -- the first mirror that answers is enough
					const evidence = await probeSumdbLatest(run.context.system, {base: mirror, key: config.key, ...probeRun});
					tried.push(`${redactUserinfo(mirror)}: ${evidence.outcome} ${evidence.summary}`);
					if (evidence.outcome === 'ok') {
						routes.set(subject, {...routes.get(subject), mirror});
						return {...evidence, outcome: 'found', summary: t().checksum.mirrorFound(redactUserinfo(mirror), config.name), output: tried.join('\n')};
					}
				}

				return {
					probe: 'http',
					tool: 'undici',
					command: mirrors.length === 0 ? '(no mirror known)' : mirrors.map((mirror) => `GET ${redactUserinfo(mirror)}/latest`).join('; '),
					outcome: 'none',
					summary: t().checksum.mirrorNone(config.name),
					durationMs: 0,
					...(tried.length === 0 ? {} : {output: tried.join('\n')}),
				};
			}

			default: {
				throw new Error(`sumdb has no check ${pending.probe}`);
			}
		}
	},
	async findings(walk, context): Promise<Finding[]> {
		if (walk.verdict === 'healthy') {
			return [];
		}

		const {subject} = walk;
		const fixes: Fix[] = [];
		const config = parseGosumdb(subject.gosumdb);
		for (const offered of walk.offers) {
			if (offered === 'sumdb-use-mirror' && config.kind === 'on') {
				const mirror = routes.get(subject)?.mirror;
				if (mirror !== undefined) {
					fixes.push(useMirrorFix(config, mirror, context));
				}
			}

			const served = routes.get(subject)?.served;
			if (offered === 'sumdb-default' && served !== undefined) {
				fixes.push(defaultDatabaseFix(subject, served, context));
			}

			if (offered === 'sumdb-use-served' && served !== undefined) {
				fixes.push(servedDatabaseFix(served, context));
			}

			// Advice for private paths only where go.mod has paths the public database cannot know.
			const privatePaths = offered === 'sumdb-private-paths' ? privatePathsFix(context) : undefined;
			if (privatePaths !== undefined) {
				fixes.push(privatePaths);
			}
		}

		// go only asks the database about what go.sum lacks: with a complete go.sum this cannot stop it.
		const needed = goNeedsDatabase(context);
		return [
			{
				category: walk.verdict,
				severity: needed ? 'error' : 'warning',
				subject: subject.label,
				summary: walk.summary,
				evidence: walkEvidence(walk),
				fixes,
			},
		];
	},
};

async function routeEvidence(run: CheckRun, config: Extract<SumdbConfig, {kind: 'on'}>): Promise<Evidence> {
	if (config.url !== undefined) {
		return {probe: 'config', tool: 'go env', command: 'go env GOSUMDB', outcome: 'explicit-url', summary: t().checksum.explicitUrl(redactUserinfo(config.url)), durationMs: 0};
	}

	const started = run.context.system.now();
	const route = await sumdbRoute(run.context.system, config, run.context.snapshot.values['GOPROXY'] ?? '', {
		env: run.context.env,
		timeoutMs: run.timeoutMs,
		...(run.signal === undefined ? {} : {signal: run.signal}),
	});
	const last = route.evidence.at(-1);
	return {
		probe: 'http',
		tool: 'undici',
		command: route.evidence.map((item) => item.command).join('; ') || '(no GOPROXY entry to ask)',
		outcome: route.proxy === undefined ? 'unsupported' : last?.outcome === 'supported' ? 'supported' : 'error',
		summary: route.proxy === undefined ? t().checksum.noProxy : (last?.summary ?? ''),
		durationMs: run.context.system.now() - started,
		output: route.evidence.map((item) => `${item.command}: ${item.summary}`).join('\n'),
	};
}

function useMirrorFix(config: Extract<SumdbConfig, {kind: 'on'}>, mirror: string, context: InvestigationContext): Fix {
	// go's own alias reads better than the key and URL spelled out.
	const value = config.name === 'sum.golang.org' && mirror === 'https://sum.golang.google.cn' ? 'sum.golang.google.cn' : gosumdbWithUrl(config, mirror);
	return gosumdbFix(context, {id: 'sumdb-use-mirror', title: t().checksum.useMirrorTitle(redactUserinfo(mirror)), detail: t().checksum.useMirrorDetail(config.name, redactUserinfo(mirror)), value});
}

/**
A fix that writes GOSUMDB (`go env -w`), or removes it (`go env -u`, `value` undefined); with the shell's line too
when the OS environment sets GOSUMDB and so hides what go env -w writes.
*/
function gosumdbFix(context: InvestigationContext, fix: {readonly id: string; readonly title: string; readonly detail: string; readonly value: string | undefined}): Fix {
	const shadowed = context.snapshot.settings.find((setting) => setting.name === 'GOSUMDB')?.source === 'environment';
	return {
		id: fix.id,
		title: fix.title,
		detail: fix.detail,
		kind: 'go-env',
		argv: fix.value === undefined ? ['go', 'env', '-u', 'GOSUMDB'] : ['go', 'env', '-w', `GOSUMDB=${fix.value}`],
		changes: [{key: 'GOSUMDB', value: fix.value}],
		...(shadowed ? {shell: [shellLine('GOSUMDB', fix.value)]} : {}),
		scope: 'persistent',
		weakensSecurity: false,
	};
}

/**
Advice for private paths: the narrowest patterns are the private-looking requirements' hosts that GONOSUMDB (or
GOPRIVATE) does not already exempt. Undefined when there are none: a project of public modules has nothing to keep
away from the database, and the advice would only hide the real fix.
*/
export function privatePathsFix(context: InvestigationContext): Fix | undefined {
	const exempt = [context.snapshot.values['GONOSUMDB'], context.snapshot.values['GOPRIVATE']].filter(Boolean).join(',');
	const paths = (context.goMod?.requires ?? []).map((require) => require.path).filter((path) => looksPrivateHost(moduleHost(path)) && !matchPrefixPatterns(exempt, path));
	const patterns = [...new Set(paths.map((path) => moduleHost(path)))];
	if (patterns.length === 0) {
		return undefined;
	}

	return {
		id: 'sumdb-private-paths',
		title: t().checksum.privatePathsTitle,
		detail: t().checksum.privatePathsDetail(patterns.join(', ')),
		kind: 'info',
		scope: 'persistent',
		weakensSecurity: true,
	};
}

/**
Which measured proxy serves go's default database, sum.golang.org (`<proxy>/sumdb/sum.golang.org/supported`, go's
own test): the GOPROXY entry go would read it through (in GOPROXY's order, past entries that
answer 404/410 as go goes past them), else a candidate. The GOPROXY entries are not asked again when GOSUMDB is
that very default (go already asked them). Stops waiting for the candidates once an entry serves it. Never throws.
*/
async function findServedDefault(run: CheckRun, config: Extract<SumdbConfig, {kind: 'on'}>): Promise<{evidence: Evidence; proxy?: MeasuredProxy}> {
	const {system} = run.context;
	const started = system.now();
	const isDefault = config.name === defaultDatabase.name && config.url === undefined;
	const proxies = (run.context.proxies ?? []).filter((proxy) => !(isDefault && proxy.role === 'goproxy'));
	const stop = new AbortController();
	const signal = run.signal === undefined ? stop.signal : AbortSignal.any([run.signal, stop.signal]);
	const probeRun = {env: run.context.env, timeoutMs: run.timeoutMs, signal};
	// go's own test (dbClient.initBase): an entry that answers 200 to /supported is where go reads the database.
	const ask = async (proxy: MeasuredProxy): Promise<{proxy: MeasuredProxy; outcome: string; checks: Evidence[]}> => {
		const supported = await probeSumdbSupported(system, {entryUrl: proxy.url, name: defaultDatabase.name, ...probeRun});
		return {proxy, outcome: supported.outcome === 'supported' ? 'served' : supported.outcome, checks: [supported]};
	};

	const asked = proxies.map(async (proxy) => ask(proxy));
	const entries = proxies.flatMap((proxy, index) => (proxy.role === 'goproxy' ? [{proxy, answer: asked[index]!}] : [])).toSorted((a, b) => (a.proxy.entryIndex ?? 0) - (b.proxy.entryIndex ?? 0));
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

	if (chosen === undefined) {
		chosen = await firstServed(asked.filter((_answer, index) => proxies[index]!.role === 'candidate'));
	}

	stop.abort();
	const settled = await Promise.all(asked);
	const text = t().checksum;
	return {
		evidence: {
			probe: 'http',
			tool: 'undici',
			command: proxies.map((proxy) => `GET ${redactUserinfo(proxy.url.replace(/\/+$/, ''))}/sumdb/${defaultDatabase.name}/supported`).join('; ') || '(no proxy measured)',
			outcome: chosen === undefined ? 'none' : chosen.role === 'goproxy' ? 'entry' : 'candidate',
			summary: chosen === undefined ? (proxies.length === 0 ? text.servedNoneAsked : text.servedNone(proxies.length)) : text.servedBy(redactUserinfo(chosen.label), chosen.role),
			durationMs: Math.round(system.now() - started),
			output: settled.flatMap((item) => item.checks.map((check) => `${check.command}: ${check.summary}`)).join('\n'),
		},
		...(chosen === undefined ? {} : {proxy: chosen}),
	};
}

/** The proxy of the first answer that serves the database, or undefined once every answer has come. */
async function firstServed(answers: ReadonlyArray<Promise<{proxy: MeasuredProxy; outcome: string}>>): Promise<MeasuredProxy | undefined> {
	return new Promise((resolve) => {
		void Promise.all(answers.map(async (answer) => answer.then(({proxy, outcome}) => {
			if (outcome === 'served') {
				resolve(proxy);
			}
		}))).then(() => {
			resolve(undefined);
		});
	});
}

/** `go env -u GOSUMDB` (or the shell's `unset`): go.env's default database, which a GOPROXY entry serves. */
function defaultDatabaseFix(subject: SumdbSubject, served: MeasuredProxy, context: InvestigationContext): Fix {
	return gosumdbFix(context, {id: 'sumdb-default', title: t().checksum.defaultTitle, detail: t().checksum.defaultDetail(subject.gosumdb, redactUserinfo(served.label)), value: undefined});
}

/** `go env -w GOSUMDB=sum.golang.org <proxy>/sumdb/sum.golang.org`: the default database, through a candidate. */
function servedDatabaseFix(served: MeasuredProxy, context: InvestigationContext): Fix {
	const value = `${defaultDatabase.name} ${served.url.replace(/\/+$/, '')}/sumdb/${defaultDatabase.name}`;
	return gosumdbFix(context, {id: 'sumdb-use-served', title: t().checksum.servedTitle(redactUserinfo(served.label)), detail: t().checksum.servedDetail(redactUserinfo(served.label)), value});
}

/** Whether go will ask the checksum database: some requirement not exempt from it lacks its go.sum lines. */
function goNeedsDatabase(context: InvestigationContext): boolean {
	const exempt = [context.snapshot.values['GONOSUMDB'], context.snapshot.values['GOPRIVATE']].filter(Boolean).join(',');
	// No go.sum: everything must be looked up.
	const lines = context.goSum ?? [];
	const wanted = [...(context.goMod?.requires ?? []).map((require) => ({path: require.path, version: require.version}))];
	const [requestedPath, requestedVersion] = context.requested?.split('@') ?? [];
	if (requestedPath !== undefined && requestedVersion !== undefined) {
		wanted.push({path: requestedPath, version: requestedVersion});
	}

	return wanted.some(
		(item) => !matchPrefixPatterns(exempt, item.path) && !lines.some((line) => line.module === item.path && line.version === item.version && line.goMod),
	);
}
