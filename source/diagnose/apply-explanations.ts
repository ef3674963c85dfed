import {matchPrefixPatterns} from '../go/match-prefix-patterns.js';
import type {Explanation, ExplainingFinding, Failures} from '../model/explanation.js';
import type {Evidence, Finding, Fix} from '../model/report.js';
import type {Category} from '../model/taxonomy.js';

/*
The one rule set by which findings explain one another (see `Explanation`): what an error finding declares it
explains is dropped from go's report, joins it, becomes a warning or leaves the findings. No rule here knows a
category or a flowchart: each finding says what it explains.
*/

/** A failure as an explanation reads it: go's report of one, or a finding. */
export type Failure = {readonly category: Category; readonly host?: string; readonly module?: string};

/** A finding as a failure: its subject is the host or the module@version it blames. */
export function failureOfFinding(finding: Finding): Failure {
	return {category: finding.category, host: finding.subject, module: finding.subject.split('@')[0]};
}

/**
An item of go's error as a failure. Its host is the one go names; where go's name is no host name (a look-alike
character in it: `lookup proxy.golang.org，direct: no such host`), the name go looked up, as go wrote it.
*/
export function failureOfGoItem(item: {
	readonly category: Category;
	readonly host?: string;
	readonly module?: string;
	readonly line: string;
}): Failure {
	const host = item.host ?? /lookup ([^\s:]+)/.exec(item.line)?.[1];
	return {category: item.category, ...(host === undefined ? {} : {host}), ...(item.module === undefined ? {} : {module: item.module})};
}

/** Whether `failure` is one of `failures`. */
export function covers(failures: Failures, failure: Failure): boolean {
	const host = failure.host?.toLowerCase();
	const {categories, hosts, modules, sentDirectBy} = failures;
	return (
		(categories === undefined || categories.includes(failure.category)) &&
		(hosts === undefined || (host !== undefined && hosts.some((item) => item.toLowerCase() === host))) &&
		(modules === undefined || (failure.module !== undefined && modules.includes(failure.module))) &&
		(sentDirectBy === undefined ||
			(sentDirectBy !== '' && failure.host !== undefined && matchPrefixPatterns(sentDirectBy, `${failure.host}/owner/repo`)))
	);
}

type Becomes = Extract<Explanation, {readonly of: 'finding'}>['becomes'];

/** The first error finding of `explainers` (other than `finding` itself) that says `finding` becomes `becomes`. */
function explainerOf(
	explainers: readonly ExplainingFinding[],
	finding: ExplainingFinding,
	becomes: Becomes,
): ExplainingFinding | undefined {
	const failure = failureOfFinding(finding);
	return explainers.find(
		(explainer) =>
			explainer !== finding &&
			explainer.severity === 'error' &&
			(explainer.explains ?? []).some(
				(explanation) => explanation.of === 'finding' && explanation.becomes === becomes && covers(explanation, failure),
			),
	);
}

/**
`findings` without the ones an error finding of `explainers` says again (`joined`); each explainer they joined
is replaced (in `replaced`, and among the findings left) by one with their evidence and fixes too, said once.
*/
export function joinExplained(
	explainers: readonly ExplainingFinding[],
	findings: readonly ExplainingFinding[],
): {left: ExplainingFinding[]; replaced: Map<ExplainingFinding, ExplainingFinding>} {
	const joins = new Map<ExplainingFinding, ExplainingFinding[]>();
	const kept = findings.filter((finding) => {
		const explainer = explainerOf(explainers, finding, 'joined');
		if (explainer !== undefined) {
			joins.set(explainer, [...(joins.get(explainer) ?? []), finding]);
		}

		return explainer === undefined;
	});
	const replaced = new Map(
		[...joins].map(([explainer, joined]): [ExplainingFinding, ExplainingFinding] => [
			explainer,
			{
				...explainer,
				evidence: uniqueEvidence([explainer, ...joined].flatMap((finding) => finding.evidence)),
				fixes: uniqueFixes([explainer, ...joined].flatMap((finding) => finding.fixes)),
			},
		]),
	);
	return {left: kept.map((finding) => replaced.get(finding) ?? finding), replaced};
}

/** `findings`, each error that an error finding of `explainers` says is its consequence (`warning`) made a warning. */
export function demoteExplained(explainers: readonly ExplainingFinding[], findings: readonly ExplainingFinding[]): ExplainingFinding[] {
	return findings.map((finding) =>
		finding.severity === 'error' && explainerOf(explainers, finding, 'warning') !== undefined ? {...finding, severity: 'warning'} : finding,
	);
}

/**
Whether go's report of `failure` is explained by an error finding of `explainers`, and so not a finding of its own:
one of the same category (which examined this very failure), or one that says it explains it (`go`).
*/
export function goExplained(explainers: readonly ExplainingFinding[], failure: Failure): boolean {
	return explainers.some(
		(explainer) =>
			explainer.severity === 'error' &&
			(explainer.category === failure.category ||
				(explainer.explains ?? []).some((explanation) => explanation.of === 'go' && covers(explanation, failure))),
	);
}

/** `findings` without the ones an error finding among them says are no failure of their own (`dropped`). */
export function dropExplained(findings: readonly ExplainingFinding[]): ExplainingFinding[] {
	return findings.filter((finding) => explainerOf(findings, finding, 'dropped') === undefined);
}

/** A finding as conclude hands it on: what it explains is conclude's to read, not the report's. */
export function withoutExplains({explains, ...finding}: ExplainingFinding): Finding {
	return finding;
}

/** Evidence without repeats (the same command, outcome and time), the first kept. */
export function uniqueEvidence(evidence: readonly Evidence[]): Evidence[] {
	const seen = new Set<string>();
	return evidence.filter((item) => {
		const key = `${item.command}\u0000${item.outcome}\u0000${item.durationMs}`;
		if (seen.has(key)) {
			return false;
		}

		seen.add(key);
		return true;
	});
}

/** Fixes without repeats (the same command, or the same id), the first kept. */
export function uniqueFixes(fixes: readonly Fix[]): Fix[] {
	const seen = new Set<string>();
	return fixes.filter((fix) => {
		const key = fix.argv?.join('\u0000') ?? fix.id;
		if (seen.has(key)) {
			return false;
		}

		seen.add(key);
		return true;
	});
}
