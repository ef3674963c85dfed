import {looksPrivateHost, moduleHost} from '../../classify/extract-details.js';
import type {AfterContext} from '../../diagnose/investigation.js';
import {infoFix, requireVersionFix} from '../../fixes/fix-module.js';
import {netrcFix} from '../../fixes/fix-private.js';
import {directPatterns, matchPrefixPatterns} from '../../go/match-prefix-patterns.js';
import {netrcPath} from '../../go/netrc.js';
import {parseGoproxyList} from '../../go/parse-goproxy-list.js';
import {findPathTypo, nearestVersions} from '../../go/versions.js';
import {say} from '../../i18n/index.js';
import {redactUserinfo} from '../../model/format.js';
import type {Evidence, Fix} from '../../model/report.js';
import {proxyFetchProbe} from '../../probes/network-probes.js';
import {canaryFrom} from '../../probes/probe-canary.js';
import {assertNever} from '../../model/assert-never.js';
import {defineFlowchart, type FixIdOf} from '../define-flowchart.js';
import type {Text} from '../../i18n/message.js';
import {missingModuleExplains} from '../explains.js';
import {notFoundGraph, type NotFoundSubject} from './graph.js';
import {replaceTargetProbe, versionListProbe} from './probe-versions.js';
import {en, type NotFoundMessages} from './text.en.js';
import {zh} from './text.zh.js';

/** How go's fetch from a module's own host (its `direct` fallback) fails. */
const fallbackCategories = new Set<string>(['dns', 'refused', 'timeout', 'tls', 'vcs']);

/** At most this many failing modules are examined. */
const maxSubjects = 3;

/**
Missing modules and versions, after go failed with `not found`, `unknown revision`, `no matching versions` or
`invalid version`: the proxy's versions against the requested one, the nearest existing version (offered as
`go get MOD@VERSION`), typos of the path, and replace directives that point nowhere.
*/
export const notFoundFlowchart = defineFlowchart<NotFoundSubject>()({
	id: 'not-found',
	graph: notFoundGraph,
	phase: 'after',
	subjects(context) {
		const items = [
			...(context.classified ?? []).filter((item) => item.category === 'not-found' && item.module !== undefined),
			...directFallbacks(context),
		];
		const others = items.length === 0 ? [] : knownPaths(context);
		const canary = canaryFrom(undefined, context.env);
		const seen = new Set<string>();
		const subjects: NotFoundSubject[] = [];
		for (const item of items) {
			if (subjects.length >= maxSubjects) {
				break;
			}

			const module = item.module!;
			const version = item.version ?? requiredVersion(context, module) ?? 'latest';
			const label = `${module}@${version}`;
			if (seen.has(label) || subjects.length >= maxSubjects) {
				continue;
			}

			seen.add(label);
			const replace = replaceOf(context, module, version);
			// A typo is at most two edits away, so at most two characters longer or shorter: the rest are not compared.
			const typo = findPathTypo(
				module,
				others.filter((other) => Math.abs(other.length - module.length) <= 2),
			);
			subjects.push({
				label,
				module,
				version,
				replaced: replace !== undefined,
				...(replace === undefined ? {} : {replaceLine: replace.line}),
				...(typo === undefined ? {} : {typo: typo.suggestion}),
				...('fallback' in item && item.fallback !== undefined ? {fallback: item.fallback} : {}),
				...(parentPath(module) === undefined ? {} : {parent: parentPath(module)}),
				canary,
			});
		}

		return subjects;
	},
	checks: {
		async 'version-list'(subject, run) {
			const {context} = run;
			const parent = run.node === 'parent';
			const asked = parent ? subject.parent : subject.module;
			if (asked === undefined) {
				// The graph asks for the path above only when there is one.
				return {evidence: unchecked('version-list', `${subject.module} has no parent path`)};
			}

			const result = await versionListProbe.run({
				system: context.system,
				module: asked,
				version: parent ? 'latest' : subject.version,
				...common(run),
			});
			if (!parent) {
				return result;
			}

			// The path above is asked whether it exists at all, not for a version; its versions are not the module's.
			const {versions, entry} = result.data ?? {};
			const found =
				entry !== undefined && versions !== undefined && ['has-version', 'missing-version', 'no-tags'].includes(result.evidence.outcome);
			return {
				evidence: found
					? {
							...result.evidence,
							summary: say.probes.versions.hasPath(redactUserinfo(entry), asked, versions.join(', ') || say.probes.versions.none),
						}
					: result.evidence,
			};
		},
		async 'proxy-fetch'(subject, run) {
			// The entry that refused the module, asked for a module that certainly exists.
			const entry = run.dataOf(versionListProbe)?.entry;
			if (entry === undefined) {
				return {evidence: unchecked('proxy-fetch', `no entry refused ${subject.module}`)};
			}

			return proxyFetchProbe.run({
				system: run.context.system,
				baseUrl: entry,
				module: subject.canary,
				env: run.context.env,
				timeoutMs: run.timeoutMs,
				signal: run.signal,
			});
		},
		async 'replace-target'(subject, run) {
			const {context} = run;
			const replace = replaceOf(context, subject.module, subject.version);
			if (replace === undefined) {
				return {evidence: unchecked('replace-target', `go.mod no longer replaces ${subject.module}`)};
			}

			return replaceTargetProbe.run({
				system: context.system,
				dir: context.dir,
				newPath: replace.newPath,
				...(replace.newVersion === undefined ? {} : {newVersion: replace.newVersion}),
				...common(run),
			});
		},
	},
	findings(walk, {context, evidence, text, dataOf}) {
		if (walk.verdict === 'healthy') {
			return [];
		}

		const {subject} = walk;
		const listed = dataOf(versionListProbe);
		const versions = listed?.versions ?? [];
		// The path to use instead: the likely spelling, or the path above it that exists.
		const right = walk.current === 'parentExists' ? subject.parent : subject.typo;
		const fixes = walk.offers.flatMap((id): Fix[] =>
			fixFor(id, {...subject, ...(right === undefined ? {} : {typo: right})}, {versions, refusedBy: listed?.entry, context, text}),
		);
		const suggested = suggestedVersion(subject.version, versions);
		const near = nearestVersions(subject.version, versions);
		const extra =
			walk.verdict !== 'not-found' || suggested === undefined
				? ''
				: near.nearest === undefined
					? text.noSameMajor(subject.version, suggested)
					: near.lower !== undefined && near.higher !== undefined
						? text.nearestOrHigher(near.nearest, near.higher)
						: text.nearest(near.nearest);
		// Go's last word was about `direct`, which it tried only because the proxies lacked the module.
		const fallback = subject.fallback === undefined || walk.verdict !== 'not-found' ? '' : text.fallbackFailed(subject.fallback);
		return [
			{
				category: walk.verdict,
				severity: 'error',
				subject: subject.label,
				summary: say.common.sentences([walk.summary, extra, fallback]),
				evidence,
				fixes,
				explains: walk.verdict === 'not-found' ? missingModuleExplains(subject.module, subject.label) : [],
			},
		];
	},
	text: {en, zh},
});

/** What the proxy checks run with: go's GOPROXY and environment, the deadline, the signal. */
function common(run: {readonly context: AfterContext; readonly timeoutMs: number; readonly signal?: AbortSignal}) {
	return {
		goproxy: run.context.snapshot.values['GOPROXY'] ?? '',
		env: run.context.env,
		timeoutMs: run.timeoutMs,
		...(run.signal === undefined ? {} : {signal: run.signal}),
	};
}

/** A check that cannot run (the graph rules it out): its probe's "could not check" outcome. */
function unchecked(command: string, summary: Text): Evidence & {readonly outcome: 'error'} {
	return {probe: 'check', tool: 'gomod-doctor', command, outcome: 'error', summary, durationMs: 0};
}

/** What the fixes are built from besides the subject. */
type FixInput = {
	readonly versions: readonly string[];
	/** The entry that refused the module or asked for credentials. */
	readonly refusedBy: string | undefined;
	readonly context: AfterContext;
	readonly text: NotFoundMessages;
};

function fixFor(id: FixIdOf<typeof notFoundGraph>, subject: NotFoundSubject, {versions, refusedBy, context, text}: FixInput): Fix[] {
	switch (id) {
		case 'module-go-get': {
			const suggested = suggestedVersion(subject.version, versions);
			if (suggested === undefined) {
				return [];
			}

			// A version only `--module` asked for: go.mod has no line to change, and no fix makes that query work.
			if (requiredVersion(context, subject.module) !== subject.version) {
				return [
					infoFix(
						'module-go-get',
						text.queryTitle(subject.module, suggested),
						text.queryDetail(subject.module, subject.version, suggested),
					),
				];
			}

			const fix = requireVersionFix(subject.module, subject.version, suggested);
			return fix === undefined ? [] : [fix];
		}

		case 'module-credentials': {
			const entry = refusedBy;
			const file = netrcPath(context.env);
			let machine: string | undefined;
			try {
				machine = entry === undefined ? undefined : new URL(entry).host;
			} catch {
				machine = undefined;
			}

			return machine === undefined || file === undefined ? [] : [netrcFix({machine, file, replaces: false})];
		}

		case 'module-untagged': {
			return [infoFix('module-untagged', text.untaggedTitle(subject.module), text.untaggedDetail(subject.module))];
		}

		case 'module-fix-path': {
			const right = subject.typo ?? subject.module;
			return [infoFix('module-fix-path', text.fixPathTitle(subject.module, right), text.fixPathDetail(subject.module, right))];
		}

		case 'module-absent': {
			return [infoFix('module-absent', text.noModuleTitle(subject.module), text.noModuleDetail)];
		}

		case 'module-fix-replace': {
			const replace = replaceOf(context, subject.module, subject.version);
			const line = replace?.line ?? 0;
			const shown =
				replace === undefined
					? ''
					: `replace ${replace.oldPath}${replace.oldVersion === undefined ? '' : ` ${replace.oldVersion}`} => ${replace.newPath}${replace.newVersion === undefined ? '' : ` ${replace.newVersion}`}`;
			return [infoFix('module-fix-replace', text.fixReplaceTitle(line), shown)];
		}

		default: {
			return assertNever(id);
		}
	}
}

/**
The path above a module path, to ask the proxy for when it lacks the path itself: without its major-version suffix
(`…/color/v2` → `…/color`), else without its last element when that leaves host/owner/repo at least. Undefined for
a shorter path.
*/
function parentPath(module: string): string | undefined {
	const withoutMajor = module.replace(/\/v\d+$/, '');
	if (withoutMajor !== module) {
		return withoutMajor;
	}

	const elements = module.split('/');
	return elements.length > 3 ? elements.slice(0, -1).join('/') : undefined;
}

/**
The version to suggest instead of `wanted`: the nearest one of the same major; else, when the module has no version
of that major at all (`v9.9.9` of a module whose tags stop at v1), its latest release. Undefined when none.
*/
function suggestedVersion(wanted: string, versions: readonly string[]): string | undefined {
	const near = nearestVersions(wanted, versions);
	if (near.nearest !== undefined) {
		return near.nearest;
	}

	const releases = versions.filter((version) => !version.includes('-'));
	return releases.at(-1) ?? versions.at(-1);
}

/**
Module paths that certainly exist, to spot a misspelling against: go.mod's requirements and its own module path,
and every module go.sum records.
*/
function knownPaths(context: AfterContext): string[] {
	return [
		...new Set([
			...(context.goMod?.requires.map((require) => require.path) ?? []),
			...(context.goMod?.module === undefined ? [] : [context.goMod.module]),
			...(context.goSum ?? []).map((line) => line.module),
		]),
	];
}

/**
Modules go failed on in its `direct` fallback: GOPROXY lists a proxy before `direct`, the module is not one go sends
straight to its host (GONOPROXY, which defaults to GOPRIVATE), and go's error for it names no GOPROXY entry. go
reaches `direct` only when every proxy before it answered 404 or 410 (or, after `|`, failed), so whether those
proxies have the module is the question; the fallback's own failure (a VCS host that does not resolve) follows.
*/
function directFallbacks(context: AfterContext): Array<{module: string; version?: string; fallback: string}> {
	const {reproduction} = context;
	if (reproduction === undefined || reproduction.ok) {
		return [];
	}

	const {entries} = parseGoproxyList(context.snapshot.values['GOPROXY'] ?? '');
	const firstProxy = entries.findIndex((entry) => entry.kind === 'url');
	const direct = entries.findIndex((entry) => entry.kind === 'direct');
	if (firstProxy === -1 || direct === -1 || direct < firstProxy) {
		return [];
	}

	const proxies = entries.flatMap((entry) => (entry.kind === 'url' ? [entry.url.replace(/\/+$/, '')] : []));
	const patterns = directPatterns(context.snapshot.values);
	// Go may fail on 100,000 modules: one pass, a map for the categories, and no more than the walks will take.
	const categories = new Map<string, string>();
	for (const item of context.classified ?? []) {
		if (item.module !== undefined && !categories.has(item.module)) {
			categories.set(item.module, item.category);
		}
	}

	const found: Array<{module: string; version?: string; fallback: string}> = [];
	for (const failure of reproduction.failures) {
		if (found.length >= maxSubjects) {
			break;
		}

		if (
			(patterns !== '' && matchPrefixPatterns(patterns, failure.module)) ||
			proxies.some((proxy) => failure.error.includes(`${proxy}/`))
		) {
			continue;
		}

		// What a fetch from the module's own host fails with: its name, its port, TLS, the VCS, or git's prompt for a
		// repository that does not exist (a private-looking host is the private-module flowchart's). Not the
		// checksum database, which go asks after a download.
		const category = categories.get(failure.module);
		const fetchFailure =
			category !== undefined &&
			(fallbackCategories.has(category) || (category === 'private-auth' && !looksPrivateHost(moduleHost(failure.module))));
		if (!fetchFailure || /\/lookup\/|verifying /.test(failure.error)) {
			continue;
		}

		// Go's words, untrusted: one line, no control characters (redacted with the rest of the report).
		const line = (
			failure.error
				.split('\n')
				.map((text) => text.trim())
				.find((text) => text !== '') ?? ''
		).replaceAll(/[\u0000-\u001F\u007F-\u009F]+/g, ' ');
		// The cause of a failed fetch is at the end of go's line ("…: lookup HOST: no such host").
		found.push({
			module: failure.module,
			...(failure.version === '' ? {} : {version: failure.version}),
			fallback: line.length > 300 ? `…${line.slice(-300)}` : line,
		});
	}

	return found;
}

function replaceOf(context: AfterContext, module: string, version: string) {
	return context.goMod?.replaces.find(
		(replace) => replace.oldPath === module && (replace.oldVersion === undefined || replace.oldVersion === version),
	);
}

function requiredVersion(context: AfterContext, module: string): string | undefined {
	return context.goMod?.requires.find((require) => require.path === module)?.version;
}
