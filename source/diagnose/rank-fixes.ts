/*
The order fixes are offered in: by what the evidence says will work for this user. The findings give each its
fixes, most likely first; across findings two rules move a fix back, never out:
- a fix known not to take effect: a `go env -w` of a variable the OS environment sets (go uses the
  environment's value, so the GOENV file's changes nothing go sees);
- a fix that replaces the GOPROXY list while what fails is the route to it (an HTTP(S) proxy in the way):
  the GOPROXY server is fine, and the list is often the organisation's own proxy, its policy;
- a fix that replaces the GOPROXY list while the name that does not resolve may be mistyped or known only inside
  a VPN (the DNS check offers to check it): the entry is likely the one meant, and switching away is a policy change.
Pure: a stable sort.
*/
import type {Finding, Fix} from '../model/report.js';

/** What the ranking needs to know beyond the fixes. */
export type RankContext = {
	/** The names of the go settings the OS environment sets. */
	readonly fromEnvironment: ReadonlySet<string>;
	readonly findings: readonly Finding[];
};

/** `fixes` in the order to offer them: the fixes that will work first, those known not to help or to change policy last. */
export function rankFixes(fixes: readonly Fix[], context: RankContext): Fix[] {
	const keepGoproxyFirst =
		context.findings.some((finding) => finding.category === 'http-proxy') ||
		context.findings.some((finding) => finding.fixes.some((fix) => fix.id === 'dns-check-name'));
	const penalty = (fix: Fix): number => {
		const keys = changedKeys(fix);
		if (fix.kind === 'go-env' && keys.length > 0 && keys.every((key) => context.fromEnvironment.has(key))) {
			return 2;
		}

		return keepGoproxyFirst && keys.includes('GOPROXY') ? 1 : 0;
	};

	return fixes
		.map((fix, index) => ({fix, index, penalty: penalty(fix)}))
		.toSorted((a, b) => a.penalty - b.penalty || a.index - b.index)
		.map(({fix}) => fix);
}

/** The go settings or variables a fix changes. */
function changedKeys(fix: Fix): string[] {
	return [...(fix.changes ?? []).map((change) => change.key), ...Object.keys(fix.env ?? {})];
}
