import {looksPrivateHost, moduleHost} from '../../classify/extract-details.js';
import type {AfterContext} from '../../diagnose/investigation.js';
import {narrowedPrivatePatterns, privatePatternsFix} from '../../fixes/fix-private-patterns.js';
import {narrowestPrivatePattern} from '../../fixes/fix-private.js';
import {entryGoFetchedFrom} from '../../go/go-reached.js';
import {broadPatterns, directPatternSetting, publicSamplePaths} from '../../go/lint-settings.js';
import {directPatterns, matchPrefixPatterns} from '../../go/match-prefix-patterns.js';
import {say} from '../../i18n/index.js';
import {defineFlowchart} from '../define-flowchart.js';
import {sentDirectExplains} from '../explains.js';
import {lintFixes} from '../settings-lint/lint-fixes.js';
import {privatePatternsGraph, type PrivatePatternsSubject} from './graph.js';
import {en} from './text.en.js';
import {zh} from './text.zh.js';

/** At most this many failing modules are named in the finding. */
const namedFailures = 3;

/**
§3.3 read with go's result: where GONOPROXY's patterns (GOPRIVATE's by default) cover public code hosts, which
of go.mod's requirements they send straight to their hosts, whether go failed on those, and the value that keeps
only the private-looking paths (a private-looking host, or a module go did fetch from its host in this run). The
settings check before go (settings-lint) leaves this setting's breadth to this flowchart.
*/
export const privatePatternsFlowchart = defineFlowchart<PrivatePatternsSubject>()({
	id: 'private-patterns',
	graph: privatePatternsGraph,
	phase: 'after',
	subjects(context) {
		const subject = privatePatternsSubject(context);
		return subject === undefined ? [] : [subject];
	},
	// Its nodes are decisions on what go and the connectivity walks found: nothing to check.
	checks: {},
	findings(walk, {context, evidence}) {
		const {subject} = walk;
		const source = context.snapshot.settings.find((setting) => setting.name === subject.setting)?.source ?? 'default';
		const kept = subject.kept === '' ? [] : subject.kept.split(', ');
		// Go worked: nothing shows which covered paths are private, so only advice (the settings check's words).
		const fixes = walk.offers.includes('settings-narrow-private')
			? [
					privatePatternsFix({setting: subject.setting, source, narrowed: subject.narrowed, kept}),
					...(subject.withOwner === undefined
						? []
						: [privatePatternsFix({setting: subject.setting, source, narrowed: subject.withOwner, kept, owner: true})]),
				]
			: lintFixes({
					kind: 'too-broad',
					setting: subject.setting,
					value: subject.value,
					source,
					severity: 'warning',
					culprits: subject.culprits.split(', '),
					covers: coveredSamples(subject.culprits),
				});
		return [
			{
				category: walk.verdict,
				// The cause of go's failure when go failed on what the patterns sent to their hosts; else a warning.
				severity: subject.failedCount > 0 ? 'error' : 'warning',
				subject: subject.setting,
				summary: walk.summary,
				evidence,
				fixes,
				// Go's failures on the hosts the patterns sent it to are what the setting caused.
				explains: walk.verdict === 'goproxy-config' ? sentDirectExplains(directPatterns(context.snapshot.values)) : [],
			},
		];
	},
	text: {en, zh},
});

/** The subject, when the setting that gives go its direct patterns covers public code; undefined otherwise. Pure. */
export function privatePatternsSubject(
	context: Pick<AfterContext, 'snapshot' | 'goMod' | 'reproduction' | 'connectivity'>,
): PrivatePatternsSubject | undefined {
	const {settings, values} = context.snapshot;
	const setting = directPatternSetting(settings, values);
	if (setting === undefined) {
		return undefined;
	}

	const value = values[setting] ?? '';
	const broad = broadPatterns(value);
	if (broad.length === 0) {
		return undefined;
	}

	const covered = (context.goMod?.requires ?? []).map((require) => require.path).filter((path) => matchPrefixPatterns(value, path));
	const failures = (context.reproduction?.failures ?? []).filter((failure) => matchPrefixPatterns(value, failure.module));
	const failed = [...new Set(failures.map((failure) => `${failure.module}@${failure.version}`))];
	// Go's result: a covered module go fetched in this run came from its host, which works; a private-looking host is
	// a company's own. Those paths stay; every other covered path is public code that the proxy serves.
	// A covered module go fetched from its host in a run in which it failed on other hosts: that host works for go
	// (where the others did not), as a company's own does.
	const failedHosts = new Set(failures.map((failure) => moduleHost(failure.module)));
	const fetched = new Set((context.reproduction?.fetchedInRun ?? []).map((module) => module.split('@')[0]));
	const kept = covered.filter(
		(path) => looksPrivateHost(moduleHost(path)) || (failed.length > 0 && fetched.has(path) && !failedHosts.has(moduleHost(path))),
	);
	const narrowed = narrowedPrivatePatterns(value, kept);
	// The main module's own organisation, when other covered requirements are under it: perhaps the user's private code.
	const owner = context.goMod?.module === undefined ? undefined : narrowestPrivatePattern(context.goMod.module);
	const sharesOwner =
		owner !== undefined && covered.some((path) => path.startsWith(`${owner}/`)) && !matchPrefixPatterns(narrowed, `${owner}/x`);
	const withOwner = sharesOwner ? narrowedPrivatePatterns(value, [...kept, `${owner}/x`]) : undefined;
	const proxy =
		entryGoFetchedFrom(context.reproduction?.fetchedInRun, values)?.raw ??
		context.connectivity?.find((walk) => walk.role === 'goproxy' && walk.verdict === 'healthy')?.label ??
		'';
	const from = say.lint.from[settings.find((item) => item.name === setting)?.source ?? 'default'];
	return {
		label: setting,
		setting,
		value,
		from,
		culprits: broad.join(', '),
		covered: covered.length,
		failed: `${failed.slice(0, namedFailures).join(', ')}${failed.length > namedFailures ? ` (+${failed.length - namedFailures})` : ''}`,
		failedCount: failed.length,
		proxy,
		narrowed,
		kept: kept.join(', '),
		...(withOwner === undefined ? {} : {withOwner}),
	};
}

/** The public sample paths the patterns cover (what the settings check's advice names). */
function coveredSamples(culprits: string): string[] {
	const patterns = culprits.split(', ').join(',');
	return publicSamplePaths.filter((sample) => matchPrefixPatterns(patterns, sample));
}
