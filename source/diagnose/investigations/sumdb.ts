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
import type {CheckRun, Investigation, InvestigationContext} from '../investigation.js';
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

/** What the walk learned, by subject, for the findings. */
const routes = new WeakMap<SumdbSubject, {mirror?: string}>();

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

			case 'sumdb-mirror': {
				const mirrors = sumdbMirrors(config.name, run.context.env, config.base);
				const tried: string[] = [];
				for (const mirror of mirrors) {
					// eslint-disable-next-line no-await-in-loop -- the first mirror that answers is enough
					const evidence = await probeSumdbLatest(run.context.system, {base: mirror, key: config.key, ...probeRun});
					tried.push(`${redactUserinfo(mirror)}: ${evidence.outcome} ${evidence.summary}`);
					if (evidence.outcome === 'ok') {
						routes.set(subject, {mirror});
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

			if (offered === 'sumdb-private-paths') {
				fixes.push(privatePathsFix(context));
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
	const shadowed = context.snapshot.settings.find((setting) => setting.name === 'GOSUMDB')?.source === 'environment';
	return {
		id: 'sumdb-use-mirror',
		title: t().checksum.useMirrorTitle(redactUserinfo(mirror)),
		detail: t().checksum.useMirrorDetail(config.name, redactUserinfo(mirror)),
		kind: 'go-env',
		argv: ['go', 'env', '-w', `GOSUMDB=${value}`],
		changes: [{key: 'GOSUMDB', value}],
		...(shadowed ? {shell: [shellLine('GOSUMDB', value)]} : {}),
		scope: 'persistent',
		weakensSecurity: false,
	};
}

/** Advice for private paths: the narrowest patterns are the private-looking requirements' hosts. */
export function privatePathsFix(context: InvestigationContext): Fix {
	const patterns = [...new Set((context.goMod?.requires ?? []).map((require) => moduleHost(require.path)).filter((host) => looksPrivateHost(host)))];
	return {
		id: 'sumdb-private-paths',
		title: t().checksum.privatePathsTitle,
		detail: t().checksum.privatePathsDetail(patterns.join(', ')),
		kind: 'info',
		scope: 'persistent',
		weakensSecurity: true,
	};
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
