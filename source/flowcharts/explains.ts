import {hostOfUrl} from '../classify/extract-details.js';
import type {Explanation} from '../model/explanation.js';
import type {Category} from '../model/taxonomy.js';

/** The categories a connectivity walk diagnoses itself, better than go's message can: failures to reach a server. */
export const networkCategories: readonly Category[] = [
	'dns',
	'timeout',
	'refused',
	'proxy-bad-response',
	'tls',
	'http-proxy',
	'private-auth',
];

/**
What a proxy found broken explains, whichever check found it so (a connectivity walk, §2.2, a short read, go's own
message): a "not found" is no finding of its own, since a broken server (a wrong path mapping, say) answers 404 for
everything and the 404s were the broken proxy's.
*/
export const brokenProxyExplains: readonly Explanation[] = [{of: 'finding', categories: ['not-found'], becomes: 'dropped'}];

/** What a connectivity verdict says about a proxy, wherever it was reached (a walk, or go's own message about it). */
export function verdictExplains(verdict: Category): readonly Explanation[] {
	return verdict === 'proxy-bad-response' ? brokenProxyExplains : [];
}

/** Go's report of any failure to reach a server: what a finding about where go failed to reach one explains. */
export const reachExplains: Explanation = {of: 'go', categories: networkCategories};

/**
What the finding of a GOPROXY entry go failed on explains, by the connectivity walk's verdict: go's report of any
failure to reach a server (the walk examined the entry go named); where the entry's name does not resolve, another
flowchart's DNS finding about exactly that host, which says the same again and joins it; and what the verdict
explains wherever it was reached. `label` is the entry as written.
*/
export function entryExplains(verdict: Category, label: string): Explanation[] {
	const host = hostOfUrl(label);
	return [
		reachExplains,
		...(verdict === 'dns' && host !== undefined ? [{of: 'finding', categories: ['dns'], hosts: [host], becomes: 'joined'} as const] : []),
		...verdictExplains(verdict),
	];
}

/**
What a module found missing explains (`blamed`, the finding's subject, names its host first): go's last word about
it, its `direct` fallback's failure; and the failure to reach that host, which go tried only because the proxies
lacked the module: a consequence (a warning), not a cause.
*/
export function missingModuleExplains(module: string, blamed: string): Explanation[] {
	return [
		{of: 'go', modules: [module]},
		{of: 'finding', categories: networkCategories, hosts: [blamed.split('/')[0]!], becomes: 'warning'},
	];
}

/**
What patterns that send public modules straight to their hosts explain (GONOPROXY's, GOPRIVATE's by default): the
failures to reach those hosts, go's report of them and other flowcharts' findings (consequences, warnings).
*/
export function sentDirectExplains(patterns: string): Explanation[] {
	return [
		{of: 'go', categories: networkCategories, sentDirectBy: patterns},
		{of: 'finding', categories: networkCategories, sentDirectBy: patterns, becomes: 'warning'},
	];
}
