import type {InvestigationContext} from '../../diagnose/investigation.js';
import {infoFix} from '../../fixes/fix-module.js';
import {reproductionErrorText} from '../../go/reproduce-download.js';
import {compareGoVersions, localToolchain, looksUnreleased, parseGotoolchain, wantedToolchain} from '../../go/toolchain.js';
import {say} from '../../i18n/index.js';
import type {Fix} from '../../model/report.js';
import {assertNever} from '../../model/assert-never.js';
import {defineFlowchart, type FixIdOf} from '../define-flowchart.js';
import {toolchainGraph, type ToolchainSubject} from './graph.js';
import {toolchainServedProbe} from './probe-toolchain-served.js';
import {en, type ToolchainMessages} from './text.en.js';
import {zh} from './text.zh.js';

/**
Toolchain downloads, after go failed with `toolchain not available`, `go.mod requires go >= …`, `invalid
toolchain` or a failed `go: downloading go1.X`.
*/
export const toolchainFlowchart = defineFlowchart<ToolchainSubject>()({
	id: 'toolchain',
	graph: toolchainGraph,
	phase: 'after',
	subjects(context) {
		const {reproduction, goMod} = context;
		if (reproduction === undefined || reproduction.ok || goMod === undefined) {
			return [];
		}

		const text = reproductionErrorText(reproduction);
		const byCategory = (context.classified ?? []).some((item) => item.category === 'toolchain');
		if (!byCategory && !/requires go >= |toolchain not available|go: downloading go\d/.test(text)) {
			return [];
		}

		// What go itself tried to download wins: go 1.21.x asks for `go1.22` on a `go 1.22` line (golang/go#62278).
		const wanted = /download (go\d+\.\d+(?:\.\d+|rc\d+)?) for /.exec(text)?.[1] ?? wantedToolchain(goMod);
		if (wanted === undefined) {
			return [];
		}

		const local = localToolchain(context.snapshot.goVersion);
		const gotoolchain = context.snapshot.values['GOTOOLCHAIN'] ?? '';
		return [
			{
				label: wanted,
				wanted,
				local,
				gotoolchain: gotoolchain === '' ? 'auto' : gotoolchain,
				newer: compareGoVersions(wanted, local) > 0,
				switches: parseGotoolchain(gotoolchain).switches,
				goos: context.snapshot.values['GOOS'] ?? 'linux',
				goarch: context.snapshot.values['GOARCH'] ?? 'amd64',
			},
		];
	},
	checks: {
		'toolchain-served': async (subject, run) =>
			toolchainServedProbe.run({
				system: run.context.system,
				toolchain: subject.wanted,
				goos: subject.goos,
				goarch: subject.goarch,
				goproxy: run.context.snapshot.values['GOPROXY'] ?? '',
				candidates: run.context.candidates,
				env: run.context.env,
				timeoutMs: run.timeoutMs,
				signal: run.signal,
				text: run.text.served,
			}),
	},
	findings(walk, {context, evidence, text, dataOf}) {
		if (walk.verdict === 'healthy') {
			return [];
		}

		// The proxy that serves the toolchain.
		const url = dataOf(toolchainServedProbe);
		const {subject} = walk;
		const unreleased = looksUnreleased(subject.wanted, subject.local);
		const full =
			isBareLanguageVersion(subject.wanted) && !unreleased
				? [
						infoFix(
							'toolchain-full-version',
							text.fullVersionTitle(subject.wanted.slice(2)),
							text.fullVersionDetail(subject.wanted.slice(2), subject.local),
						),
					]
				: [];
		const fixes = [...full, ...walk.offers.flatMap((id) => fixFor(id, {subject, url, unreleased, context, text}))];
		const summary = unreleased ? say.common.sentences([walk.summary, text.noneDetail(subject.wanted)]) : walk.summary;
		return [{category: 'toolchain', severity: 'error', subject: subject.wanted, summary, evidence, fixes}];
	},
	text: {en, zh},
});

type FixInput = {
	readonly subject: ToolchainSubject;
	/** The proxy that serves the toolchain. */
	readonly url: string | undefined;
	readonly unreleased: boolean;
	readonly context: InvestigationContext;
	readonly text: ToolchainMessages;
};

function fixFor(id: FixIdOf<typeof toolchainGraph>, {subject, url, unreleased, context, text}: FixInput): Fix[] {
	switch (id) {
		case 'toolchain-allow-switch': {
			return [
				{
					id: 'toolchain-allow-switch',
					title: text.allowSwitchTitle,
					detail: text.allowSwitchDetail(subject.wanted),
					kind: 'go-env',
					argv: ['go', 'env', '-w', 'GOTOOLCHAIN=auto'],
					changes: [{key: 'GOTOOLCHAIN', value: 'auto'}],
					scope: 'persistent',
					weakensSecurity: false,
				},
			];
		}

		case 'toolchain-mirror': {
			if (url === undefined) {
				return [];
			}

			const goproxy = context.snapshot.values['GOPROXY'] ?? '';
			const value = goproxy === '' ? `${url},direct` : `${url},${goproxy}`;
			return [
				{
					id: 'toolchain-mirror',
					title: text.mirrorTitle,
					detail: text.mirrorDetail(url),
					kind: 'go-env',
					argv: ['go', 'env', '-w', `GOPROXY=${value}`],
					changes: [{key: 'GOPROXY', value}],
					scope: 'persistent',
					weakensSecurity: false,
				},
			];
		}

		case 'toolchain-install-local': {
			return unreleased
				? [infoFix('toolchain-none', text.noneTitle, text.noneDetail(subject.wanted))]
				: [infoFix('toolchain-install-local', text.localTitle(subject.wanted), text.localDetail(subject.wanted))];
		}

		case 'toolchain-lower-go': {
			const local = subject.local.replace(/^go/, '');
			if (!/^\d+(?:\.\d+){1,2}$/.test(local)) {
				return [];
			}

			return [
				{
					id: 'toolchain-lower-go',
					title: text.lowerTitle(local),
					detail: text.lowerDetail(local),
					kind: 'command',
					argv: ['go', 'mod', 'edit', `-go=${local}`, '-toolchain=none'],
					// Go would try to switch to the toolchain go.mod names before it even edits go.mod.
					env: {GOTOOLCHAIN: 'local'},
					scope: 'persistent',
					weakensSecurity: false,
				},
			];
		}

		default: {
			return assertNever(id);
		}
	}
}

/** `go1.22`: a language version that Go 1.21's toolchain switching took for a release name (there is no go1.22, only go1.22.0). */
function isBareLanguageVersion(toolchain: string): boolean {
	const match = /^go1\.(\d+)$/.exec(toolchain);
	return match !== null && Number(match[1]) >= 21;
}
