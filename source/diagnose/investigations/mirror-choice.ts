import {mirrorChoiceFlow, type MirrorSubject} from '../../flow/graphs/mirror-choice.js';
import {goSumHash} from '../../go/parse-go-sum.js';
import type {Evidence, Finding} from '../../model/report.js';
import {probeModHash} from '../../probes/probe-mod-hash.js';
import type {Investigation, InvestigationContext} from '../investigation.js';
import {checkCapMs, walkEvidence} from '../run-investigations.js';

/** A mirror subject knows whether it is a GOPROXY entry or a candidate. */
export type MirrorCheckSubject = MirrorSubject & {readonly role: 'goproxy' | 'candidate'};

/**
§3.1 by measurement: every proxy that answered the version list (a GOPROXY entry or a candidate) is asked for
the go.mod of the module the walks used, and its `h1:` hash is compared with go.sum. A fast proxy that serves
altered content is never the one recommended. The go.mod requests start with the walks (`prefetch`), so a slow
proxy is waited for once, not for its version list and then again for its go.mod; the check reads the answer.
*/
export const mirrorChoiceInvestigation: Investigation<MirrorCheckSubject> = {
	id: 'mirror-choice',
	flow: mirrorChoiceFlow,
	phase: 'after',
	async subjects(context) {
		const healthy = (context.connectivity ?? []).filter((result) => result.verdict === 'healthy');
		return mirrorSubjects(context, healthy);
	},
	async check(pending, subject, run) {
		if (pending.probe !== 'mod-hash' || subject.expected === undefined) {
			throw new Error(`mirror-choice has no check ${pending.probe}`);
		}

		return contentCheck(run.context, {...subject, expected: subject.expected}, run.timeoutMs, run.signal);
	},
	async vouchesFor(proxy, context) {
		// The same check as the walk's, on the answer fetched ahead: a proxy serving an altered go.mod is not one to
		// stop waiting for the other candidates for. Where go.sum cannot tell, nothing is against it.
		const [subject] = await mirrorSubjects(context, [proxy]);
		if (subject?.expected === undefined) {
			return true;
		}

		const evidence = await contentCheck(context, {...subject, expected: subject.expected}, Math.min(checkCapMs, context.timeoutMs), context.signal);
		return evidence.outcome === 'match';
	},
	async prefetch(context) {
		// Every proxy the walks measure: which of them will answer is not known yet.
		const subjects = await mirrorSubjects(context, context.proxies ?? []);
		for (const subject of subjects) {
			if (subject.expected !== undefined) {
				void contentCheck(context, {...subject, expected: subject.expected}, Math.min(checkCapMs, context.timeoutMs), context.signal);
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
	findings(walk, context): Finding[] {
		const {subject} = walk;
		// go itself failed on a checksum mismatch: the §2.4 flowchart examines every source and says which is wrong.
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
				evidence: walkEvidence(walk),
				fixes: [],
			},
		];
	},
};

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

/** The `content` node's check: the proxy's go.mod, hashed and compared with go.sum. */
async function contentCheck(context: InvestigationContext, subject: MirrorCheckSubject & {readonly expected: string}, timeoutMs: number, signal: AbortSignal | undefined): Promise<Evidence> {
	return probeModHash(context.system, {
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

