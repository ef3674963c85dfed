import {formatGoproxyList, type ProxyEntry} from '../go/parse-goproxy-list.js';
import {say, type Text} from '../i18n/index.js';
import type {Fix} from '../model/report.js';
import type {Symptom} from '../model/symptom.js';
import {shellLine} from './apply-go-env.js';

/** What the connectivity walks found about one proxy URL. */
export type ProxyHealth = {
	readonly url: string;
	/** As the user wrote it (GOPROXY entries) or as configured (candidates). */
	readonly raw: string;
	/** `healthy`, or the category of what is wrong with it. */
	readonly verdict: string;
	/** How long its version list took, when it answered. */
	readonly listMs?: number;
	readonly role: 'goproxy' | 'candidate';
	/** How long each phase took (§3.1's measurement): DNS, TCP connect, TLS handshake, the version list. */
	readonly timings?: {readonly dnsMs?: number; readonly connectMs?: number; readonly tlsMs?: number; readonly listMs?: number};
	/** Whether what it serves matches go.sum (undefined when it was not compared). */
	readonly correct?: boolean;
	/** What is concretely wrong with a broken one (`502 Bad Gateway`, refused…), when its checks or go's error say. */
	readonly symptom?: Symptom;
};

/**
The GOPROXY remediations, computed from measurements: put the fastest working proxy first and drop the broken
entries, or keep the order and use `|` so go falls back on any error. Pure.
`shadowedByEnvironment`: GOPROXY is set in the OS environment, so `go env -w` would change nothing that go
sees; the fixes then also carry the shell line to change instead.
*/
export function goproxyFixes(
	entries: readonly ProxyEntry[],
	health: readonly ProxyHealth[],
	options: {shadowedByEnvironment: boolean},
): Fix[] {
	const healthOf = (url: string) => health.find((item) => sameUrl(item.url, url));
	const broken = entries.filter((entry) => entry.kind === 'url' && (healthOf(entry.url)?.verdict ?? 'healthy') !== 'healthy');
	if (isDirectOnly(entries)) {
		const best = health
			.filter((item) => item.verdict === 'healthy' && item.listMs !== undefined)
			.toSorted((a, b) => (a.listMs ?? 0) - (b.listMs ?? 0))[0];
		return best === undefined
			? []
			: [
					goEnvFix({
						id: 'goproxy-use-working',
						title: say.conclusions.useWorking.title(best.raw),
						detail: say.conclusions.directOnlyDetail(best.raw, best.listMs),
						value: `${best.raw},direct`,
						shadowed: options.shadowedByEnvironment,
					}),
				];
	}

	if (broken.length === 0) {
		return [];
	}

	const working = health
		.filter((item) => item.verdict === 'healthy')
		.toSorted((a, b) => (a.listMs ?? Number.POSITIVE_INFINITY) - (b.listMs ?? Number.POSITIVE_INFINITY));
	const hasDirect = entries.some((entry) => entry.kind === 'direct');
	const fixes: Fix[] = [];
	const brokenNames = broken.map((entry) => entry.raw).join(', ');

	const best = working[0];
	if (best !== undefined) {
		const rest = entries.filter(
			(entry) => entry.kind === 'url' && !sameUrl(entry.url, best.url) && healthOf(entry.url)?.verdict === 'healthy',
		);
		const list = [
			{raw: best.raw, fallBackOnError: false},
			...rest.map((entry) => ({raw: entry.raw, fallBackOnError: false})),
			...(hasDirect ? [{raw: 'direct', fallBackOnError: false}] : []),
		];
		const value = formatGoproxyList(list);
		fixes.push(
			goEnvFix({
				id: 'goproxy-use-working',
				title: say.conclusions.useWorking.title(best.raw),
				detail: say.conclusions.useWorking.detail(best.raw, best.listMs, brokenNames, broken.length),
				value,
				shadowed: options.shadowedByEnvironment,
			}),
		);
	}

	const urlEntries = entries.filter((entry) => entry.kind === 'url');
	const brokenIsFollowedByWorking = urlEntries.some(
		(entry, index) => broken.includes(entry) && urlEntries.slice(index + 1).some((later) => healthOf(later.url)?.verdict === 'healthy'),
	);
	const allPipes = entries.every((entry, index) => entry.fallBackOnError || index === entries.length - 1);
	if (brokenIsFollowedByWorking && !allPipes) {
		const value = formatGoproxyList(entries.map((entry, index) => ({raw: entry.raw, fallBackOnError: index < entries.length - 1})));
		const hangs = broken.some((entry) => entry.kind === 'url' && healthOf(entry.url)?.verdict === 'timeout');
		fixes.push(
			goEnvFix({
				id: 'goproxy-fallback-on-error',
				title: say.conclusions.fallBackOnError.title,
				detail: say.conclusions.fallBackOnError.detail(brokenNames, hangs),
				value,
				shadowed: options.shadowedByEnvironment,
			}),
		);
	}

	return fixes;
}

function goEnvFix(options: {id: string; title: Text; detail: Text; value: string; shadowed: boolean}): Fix {
	return {
		id: options.id,
		title: options.title,
		detail: options.shadowed ? say.conclusions.shadowedByEnvironment(options.detail) : options.detail,
		kind: 'go-env',
		argv: ['go', 'env', '-w', `GOPROXY=${options.value}`],
		changes: [{key: 'GOPROXY', value: options.value}],
		...(options.shadowed ? {shell: [shellLine('GOPROXY', options.value)]} : {}),
		scope: 'persistent',
		weakensSecurity: false,
	};
}

/** GOPROXY names no proxy, only `direct` (GOPROXY=direct): go fetches every module from its own host. */
export function isDirectOnly(entries: readonly ProxyEntry[]): boolean {
	return entries.some((entry) => entry.kind === 'direct') && !entries.some((entry) => entry.kind === 'url');
}

export function sameUrl(a: string, b: string): boolean {
	return a.replace(/\/+$/, '').toLowerCase() === b.replace(/\/+$/, '').toLowerCase();
}
