import type {InvestigationContext} from '../../diagnose/investigation.js';
import type {ProbeResult} from '../../flow/define-probe.js';
import {matchPrefixPatterns} from '../../go/match-prefix-patterns.js';
import {fetchesNothing, parseGoproxyList} from '../../go/parse-goproxy-list.js';
import {parseGosumdb, type SumdbConfig} from '../../go/sumdb-config.js';
import type {Fix} from '../../model/report.js';
import {defineFlowchart} from '../define-flowchart.js';
import {sumdbGraph, type SumdbSubject} from './graph.js';
import {sumdbLatestProbe} from './probe-sumdb-latest.js';
import {sumdbMirrorProbe} from './probe-sumdb-mirror.js';
import {sumdbProxyProbe, type SumdbProbeInput} from './probe-sumdb-proxy.js';
import {sumdbServedProbe} from './probe-sumdb-served.js';
import {defaultDatabaseFix, privatePathsFix, servedDatabaseFix, useMirrorFix} from './sumdb-fixes.js';
import {en} from './text.en.js';
import {zh} from './text.zh.js';

/**
Checksum database reachability, beside the reproduction: go's GOSUMDB reached the way go reaches it (through a
GOPROXY entry that proxies it, else directly), the tree head checked against the key, and when that fails a
mirror of the same database. Not walked when GOSUMDB=off.
*/
export const sumdbFlowchart = defineFlowchart<SumdbSubject>()({
	id: 'sumdb',
	graph: sumdbGraph,
	phase: 'start',
	subjects(context) {
		const gosumdb = context.snapshot.values['GOSUMDB'] ?? '';
		const config = parseGosumdb(gosumdb);
		// Go reaches the checksum database only for what it downloads: with a GOPROXY that lets it fetch nothing
		// (off, or a look-alike character in its only entry), the settings check is the finding, not the database.
		if (config.kind === 'off' || fetchesNothing(parseGoproxyList(context.snapshot.values['GOPROXY'] ?? ''))) {
			return [];
		}

		if (config.kind === 'invalid') {
			return [{label: gosumdb, name: gosumdb, url: '', explicitUrl: false, gosumdb, invalid: config.reason}];
		}

		return [{label: config.name, name: config.name, url: config.base, explicitUrl: config.url !== undefined, gosumdb}];
	},
	checks: {
		'sumdb-proxy': async (subject, run) =>
			withConfig(subject, run, async (input) => sumdbProxyProbe.run({...input, goproxy: goproxyOf(run.context), text: run.text})),
		'sumdb-latest': async (subject, run) =>
			withConfig(subject, run, async (input) =>
				sumdbLatestProbe.run({...input, goproxy: goproxyOf(run.context), throughProxy: run.node === 'proxied'}),
			),
		'sumdb-served': async (subject, run) =>
			withConfig(subject, run, async (input) => sumdbServedProbe.run({...input, proxies: run.context.proxies ?? [], text: run.text})),
		'sumdb-mirror': async (subject, run) => withConfig(subject, run, async (input) => sumdbMirrorProbe.run({...input, text: run.text})),
	},
	findings(walk, {context, evidence, dataOf, text}) {
		if (walk.verdict === 'healthy') {
			return [];
		}

		const {subject} = walk;
		const fixes: Fix[] = [];
		const config = parseGosumdb(subject.gosumdb);
		const mirror = dataOf(sumdbMirrorProbe);
		const served = dataOf(sumdbServedProbe);
		for (const offered of walk.offers) {
			if (offered === 'sumdb-use-mirror' && config.kind === 'on' && mirror !== undefined) {
				fixes.push(useMirrorFix(config, mirror, context, text));
			}

			if (offered === 'sumdb-default' && served !== undefined) {
				fixes.push(defaultDatabaseFix(subject, served, context, text));
			}

			if (offered === 'sumdb-use-served' && served !== undefined) {
				fixes.push(servedDatabaseFix(served, context, text));
			}

			// Advice for private paths only where go.mod has paths the public database cannot know.
			const privatePaths = offered === 'sumdb-private-paths' ? privatePathsFix(context, text) : undefined;
			if (privatePaths !== undefined) {
				fixes.push(privatePaths);
			}
		}

		// Go only asks the database about what go.sum lacks: with a complete go.sum this cannot stop it.
		const needed = goNeedsDatabase(context);
		return [
			{
				category: walk.verdict,
				severity: needed ? 'error' : 'warning',
				subject: subject.label,
				summary: walk.summary,
				evidence,
				fixes,
			},
		];
	},
	text: {en, zh},
});

function goproxyOf(context: InvestigationContext): string {
	return context.snapshot.values['GOPROXY'] ?? '';
}

/**
Runs a probe with GOSUMDB parsed. The graph asks no probe of a GOSUMDB that is not usable (`valid` ends the walk
first, and `subjects` skips GOSUMDB=off); should one be asked anyway, it is the probe's `error` outcome.
*/
async function withConfig<Outcome extends string, Data>(
	subject: SumdbSubject,
	run: {readonly context: InvestigationContext; readonly timeoutMs: number; readonly signal?: AbortSignal},
	probe: (input: SumdbProbeInput) => Promise<ProbeResult<Outcome, Data>>,
): Promise<ProbeResult<Outcome | 'error', Data>> {
	const config: SumdbConfig = parseGosumdb(subject.gosumdb);
	if (config.kind !== 'on') {
		return {
			evidence: {
				probe: 'config',
				tool: 'go env',
				command: 'go env GOSUMDB',
				outcome: 'error',
				summary: `GOSUMDB=${subject.gosumdb} is not usable`,
				durationMs: 0,
			},
		};
	}

	return probe({
		system: run.context.system,
		config,
		env: run.context.env,
		timeoutMs: run.timeoutMs,
		...(run.signal === undefined ? {} : {signal: run.signal}),
	});
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
		(item) =>
			!matchPrefixPatterns(exempt, item.path) &&
			!lines.some((line) => line.module === item.path && line.version === item.version && line.goMod),
	);
}
