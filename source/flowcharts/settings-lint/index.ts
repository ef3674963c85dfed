import {directPatternSetting, lintSettings, type SettingLint} from '../../go/lint-settings.js';
import {hasLookalike, showLookalikes} from '../../go/lookalike-characters.js';
import {say} from '../../i18n/index.js';
import type {Explanation} from '../../model/explanation.js';
import type {Evidence} from '../../model/report.js';
import {defineFlowchart} from '../define-flowchart.js';
import {networkCategories} from '../explains.js';
import {settingsLintGraph, type SettingsLintCheckSubject} from './graph.js';
import {describeLookalikes, lintFixes} from './lint-fixes.js';
import {workingProxyProbe} from './probe-working-proxy.js';
import {en} from './text.en.js';
import {zh} from './text.zh.js';

/**
§3.3 and §5 as a check of go's own settings, beside the reproduction: each problem the linter finds in the
effective configuration (GOPROXY=off, an unparsable list, pasted entries, direct before a mirror, patterns that
match nothing or far too much, a leftover -insecure, an OS variable hiding a go env -w value) is one walk and
one finding, with the fix in the right place: `go env -w`/`-u` for a GOENV-file value, a shell line for an OS
environment one. Nothing to walk when the configuration is clean.
*/
export const settingsLintFlowchart = defineFlowchart<SettingsLintCheckSubject>()({
	id: 'settings-lint',
	graph: settingsLintGraph,
	phase: 'start',
	subjects(context) {
		const {from} = say.lint;
		// Patterns that send public modules to their hosts are judged with go's result (private-patterns).
		const direct = directPatternSetting(context.snapshot.settings, context.snapshot.values);
		const lints = lintSettings(context.snapshot.settings, context.snapshot.values).filter(
			(lint) => !(lint.kind === 'too-broad' && lint.setting === direct),
		);
		return lints.map((lint) => ({
			label: lint.setting,
			setting: lint.setting,
			value: lint.value,
			from: from[lint.source],
			kind: lint.kind,
			culprits: lint.lookalikes === undefined ? lint.culprits.join(', ') || lint.value : describeLookalikes(lint.lookalikes),
			module: context.probeModule,
			needsWorkingProxy: lint.needsWorkingProxy === true,
			lint,
		}));
	},
	checks: {
		'working-proxy': async (subject, run) =>
			workingProxyProbe.run({
				system: run.context.system,
				candidates: run.context.candidates,
				module: subject.module,
				text: run.text.workingProxy,
				env: run.context.env,
				timeoutMs: run.timeoutMs,
				...(run.signal === undefined ? {} : {signal: run.signal}),
			}),
	},
	findings(walk, {evidence, dataOf}) {
		const {subject} = walk;
		const {lint} = subject;
		if (walk.verdict === 'healthy') {
			return [];
		}

		// The proxy measured to replace an unusable GOPROXY, when one serves the module.
		const found = dataOf(workingProxyProbe);
		return [
			{
				category: walk.verdict,
				severity: lint.severity,
				subject: lint.setting,
				summary: walk.summary,
				evidence: [settingEvidence(lint), ...evidence],
				fixes: lintFixes(lint, found),
				explains: lookalikeExplains(lint),
			},
		];
	},
	text: {en, zh},
});

/**
What a look-alike character in a host name explains: go's failure to reach the name it looked up, which holds the
character (`lookup proxy.golang.org，direct: no such host`): GOPROXY's own text, not the network's fault.
*/
function lookalikeExplains(lint: SettingLint): Explanation[] {
	const hosts = (lint.lookalikes ?? []).some((lookalike) => lookalike.effect === 'host') ? lookalikeHosts(lint.value) : [];
	return hosts.length === 0 ? [] : [{of: 'go', categories: networkCategories, hosts}];
}

/** The host names in a list of URLs (`http://user@HOST:PORT/path,…`) that hold a look-alike character, as written. */
function lookalikeHosts(value: string): string[] {
	return value.split(/[,|]/).flatMap((entry) => {
		const host = entry
			.trim()
			.replace(/^[a-z][\w+.-]*:\/\//i, '')
			.split('/')[0]!
			.replace(/^[^@]*@/, '')
			.replace(/:\d+$/, '');
		return hasLookalike(host) ? [host] : [];
	});
}

/** The setting as read: its value and where it comes from (the first piece of evidence of every lint). */
function settingEvidence(lint: SettingLint): Evidence {
	return {
		probe: 'config',
		tool: 'go',
		command: `go env ${lint.setting}`,
		argv: ['go', 'env', lint.setting],
		outcome: lint.kind,
		summary: say.findings.settingValue(lint.setting, showLookalikes(lint.value), lint.source, lint.hidden),
		durationMs: 0,
	};
}
