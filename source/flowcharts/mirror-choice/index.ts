import type {InvestigationContext} from '../../diagnose/investigation.js';
import {checkCapMs} from '../../diagnose/run-investigations.js';
import type {ProbeResult} from '../../flow/define-probe.js';
import {goSumHash} from '../../go/parse-go-sum.js';
import {defineFlowchart} from '../define-flowchart.js';
import {mirrorChoiceGraph, type MirrorCheckSubject} from './graph.js';
import {modHashProbe, type ModHashOutcome} from './probe-mod-hash.js';
import {en} from './text.en.js';
import {zh} from './text.zh.js';

/**
§3.1 by measurement: every proxy that answered the version list (a GOPROXY entry or a candidate) is asked for
the go.mod of the module the walks used, and its `h1:` hash is compared with go.sum. A fast proxy that serves
altered content is never the one recommended. The go.mod requests start with the walks (`prefetch`), so a slow
proxy is waited for once, not for its version list and then again for its go.mod; the check reads the answer.
*/
export const mirrorChoiceFlowchart = defineFlowchart<MirrorCheckSubject>()({
	id: 'mirror-choice',
	graph: mirrorChoiceGraph,
	phase: 'after',
	async subjects(context) {
		const healthy = (context.connectivity ?? []).filter((result) => result.verdict === 'healthy');
		return mirrorSubjects(context, healthy);
	},
	checks: {
		'mod-hash': async (subject, run) => contentCheck(run.context, subject, run.timeoutMs, run.signal),
	},
	async vouchesFor(proxy, context) {
		// The same check as the walk's, on the answer fetched ahead: a proxy serving an altered go.mod is not one to
		// stop waiting for the other candidates for. Where go.sum cannot tell, nothing is against it.
		const [subject] = await mirrorSubjects(context, [proxy]);
		if (subject?.expected === undefined) {
			return true;
		}

		const {evidence} = await contentCheck(context, subject, Math.min(checkCapMs, context.timeoutMs), context.signal);
		return evidence.outcome === 'match';
	},
	async prefetch(context) {
		// Every proxy the walks measure: which of them will answer is not known yet.
		const subjects = await mirrorSubjects(context, context.proxies ?? []);
		for (const subject of subjects) {
			if (subject.expected !== undefined) {
				void contentCheck(context, subject, Math.min(checkCapMs, context.timeoutMs), context.signal);
			}
		}
	},
	judge(walk) {
		// What the proxy serves, compared with go.sum: the mirrors are ranked with it (altered content is not "working").
		const compared = walk.visits.findLast((visit) => visit.kind === 'probe')?.branch;
		return compared === 'match' || compared === 'mismatch'
			? [{url: walk.subject.url, verdict: walk.verdict, content: compared === 'match' ? 'correct' : 'altered'}]
			: [];
	},
	findings(walk, {context, evidence}) {
		const {subject} = walk;
		// Go itself failed on a checksum mismatch: the §2.4 flowchart examines every source and says which is wrong.
		const explained = subject.role === 'goproxy' && (context.classified ?? []).some((item) => item.category === 'checksum-mismatch');
		if (walk.verdict === 'healthy' || explained) {
			return [];
		}

		return [
			{
				category: walk.verdict,
				// A GOPROXY entry serving altered content breaks go; a candidate only must not be chosen.
				severity: subject.role === 'goproxy' ? 'error' : 'warning',
				subject: subject.label,
				summary: walk.summary,
				evidence,
				fixes: [],
			},
		];
	},
	text: {en, zh},
});

/** One subject per proxy: the module the walks use, at go.mod's version, with the hash go.sum records for its go.mod. */
async function mirrorSubjects(
	context: InvestigationContext,
	proxies: ReadonlyArray<{readonly url: string; readonly label: string; readonly role: 'goproxy' | 'candidate'}>,
): Promise<MirrorCheckSubject[]> {
	const version = moduleVersion(context);
	if (version === undefined) {
		return [];
	}

	const expected = goSumHash(context.goSum ?? [], context.probeModule, version, 'go.mod');
	return proxies.map((proxy) => ({
		label: proxy.label,
		url: proxy.url,
		role: proxy.role,
		module: context.probeModule,
		version,
		...(expected === undefined ? {} : {expected}),
	}));
}

/**
The `content` node's check: the proxy's go.mod, hashed and compared with go.sum. The `known` node asks it only
when go.sum records a hash.
*/
async function contentCheck(
	context: InvestigationContext,
	subject: MirrorCheckSubject,
	timeoutMs: number,
	signal: AbortSignal | undefined,
): Promise<ProbeResult<ModHashOutcome, undefined>> {
	if (subject.expected === undefined) {
		return {
			evidence: {
				probe: 'check',
				tool: 'gomod-doctor',
				command: 'mod-hash',
				outcome: 'error',
				summary: 'go.sum records no hash to compare with',
				durationMs: 0,
			},
		};
	}

	return modHashProbe.run({
		system: context.system,
		entryUrl: subject.url,
		module: subject.module,
		version: subject.version,
		expected: subject.expected,
		env: context.env,
		timeoutMs,
		...(signal === undefined ? {} : {signal}),
	});
}

/** The version of the module the proxies were asked about: `--module`'s, else go.mod's requirement. */
function moduleVersion(context: InvestigationContext): string | undefined {
	const [requestedPath, requestedVersion] = context.requested?.split('@') ?? [];
	if (requestedPath === context.probeModule && requestedVersion !== undefined && /^v\d/.test(requestedVersion)) {
		return requestedVersion;
	}

	return context.goMod?.requires.find((require) => require.path === context.probeModule)?.version;
}
