import {shellLine} from '../../fixes/apply-go-env.js';
import type {Evidence, Fix} from '../../model/report.js';
import {defineFlowchart} from '../define-flowchart.js';
import {vendorGraph, type VendorSubject} from './graph.js';
import {vendorTreeProbe} from './probe-vendor-tree.js';
import {vendorScenarios} from './scenarios.js';
import {en, type VendorMessages} from './text.en.js';
import {zh} from './text.zh.js';

/**
GOFLAGS=-mod=vendor (§3.3, §5: go's own configuration, audited where each setting comes from), beside the
reproduction: go mod download ignores the flag, so the failure shows only when the project is built.
*/
export const vendorFlowchart = defineFlowchart<VendorSubject>()({
	id: 'goflags-vendor',
	graph: vendorGraph,
	phase: 'start',
	subjects(context, text) {
		const goflags = context.snapshot.settings.find((item) => item.name === 'GOFLAGS');
		const flags = (goflags?.value ?? '').split(/\s+/).filter((flag) => flag !== '');
		const culprits = flags.filter((flag) => /^--?mod=vendor$/.test(flag));
		if (goflags === undefined || culprits.length === 0) {
			return [];
		}

		const rest = flags.filter((flag) => !culprits.includes(flag)).join(' ');
		return [
			{
				label: 'GOFLAGS',
				value: goflags.value,
				source: goflags.source,
				from: text.from[goflags.source],
				culprits: culprits.join(' '),
				rest,
				dir: context.dir,
			},
		];
	},
	checks: {
		'vendor-tree': async (subject, run) =>
			vendorTreeProbe.run({
				system: run.context.system,
				dir: subject.dir,
				env: run.context.env,
				timeoutMs: run.timeoutMs,
				signal: run.signal,
				text: run.text.tree,
			}),
	},
	findings(walk, {evidence, text}) {
		if (walk.verdict === 'healthy') {
			return [];
		}

		const {subject} = walk;
		const setting: Evidence = {
			probe: 'config',
			tool: 'go',
			command: 'go env GOFLAGS',
			argv: ['go', 'env', 'GOFLAGS'],
			outcome: 'mod-vendor',
			summary: text.setting(subject.value, subject.from),
			durationMs: 0,
		};
		const fixes = walk.offers.map((id) => (id === 'settings-vendor-sync' ? syncFix(text) : dropFlagFix(subject, text)));
		return [
			{category: walk.verdict, severity: 'error', subject: 'GOFLAGS', summary: walk.summary, evidence: [setting, ...evidence], fixes},
		];
	},
	text: {en, zh},
	scenarios: vendorScenarios,
});

/** `go mod vendor`: the vendor tree brought back in line with go.mod (it downloads what it copies). */
function syncFix(text: VendorMessages): Fix {
	return {
		id: 'settings-vendor-sync',
		title: text.sync.title,
		detail: text.sync.detail,
		kind: 'command',
		argv: ['go', 'mod', 'vendor'],
		verify: ['go', 'list', '-m'],
		scope: 'persistent',
		weakensSecurity: false,
	};
}

/** GOFLAGS without -mod=vendor, written where the value comes from: the shell for the OS environment, else go env. */
function dropFlagFix(subject: VendorSubject, text: VendorMessages): Fix {
	const value = subject.rest === '' ? undefined : subject.rest;
	const base = {
		id: 'settings-mod-vendor-goflags',
		title: value === undefined ? text.drop.unset : text.drop.set(value),
		scope: 'persistent',
		weakensSecurity: false,
	} as const;
	if (subject.source === 'environment') {
		return {...base, detail: text.drop.shellDetail, kind: 'shell', shell: [shellLine('GOFLAGS', value)], env: {GOFLAGS: value}};
	}

	return {
		...base,
		detail: text.drop.goEnvDetail,
		kind: 'go-env',
		argv: value === undefined ? ['go', 'env', '-u', 'GOFLAGS'] : ['go', 'env', '-w', `GOFLAGS=${value}`],
		changes: [{key: 'GOFLAGS', value}],
	};
}
