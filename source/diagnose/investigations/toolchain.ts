import {handedData} from '../../flow/walk.js';
import {infoFix} from '../../fixes/fix-module.js';
import {toolchainFlow, type ToolchainSubject} from '../../flow/graphs/toolchain.js';
import {reproductionErrorText} from '../../go/reproduce-download.js';
import {compareGoVersions, localToolchain, looksUnreleased, parseGotoolchain, wantedToolchain} from '../../go/toolchain.js';
import {t} from '../../i18n/index.js';
import type {Finding, Fix} from '../../model/report.js';
import {probeToolchainServed} from '../../probes/probe-toolchain.js';
import type {Investigation, InvestigationContext} from '../investigation.js';
import {walkEvidence} from '../run-investigations.js';

/**
Toolchain downloads, after go failed with `toolchain not available`, `go.mod requires go >= …`, `invalid
toolchain` or a failed `go: downloading go1.X`.
*/
export const toolchainInvestigation: Investigation<ToolchainSubject> = {
	id: 'toolchain',
	flow: toolchainFlow,
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
	async check(pending, subject, run) {
		if (pending.probe !== 'toolchain-served') {
			throw new Error(`toolchain has no check ${pending.probe}`);
		}

		const {context} = run;
		const result = await probeToolchainServed(context.system, {
			toolchain: subject.wanted,
			goos: subject.goos,
			goarch: subject.goarch,
			goproxy: context.snapshot.values['GOPROXY'] ?? '',
			candidates: context.candidates,
			env: context.env,
			timeoutMs: run.timeoutMs,
			...(run.signal === undefined ? {} : {signal: run.signal}),
		});
		// The proxy that serves the toolchain goes to the findings with the evidence.
		return result.url === undefined ? result.evidence : {evidence: result.evidence, data: result.url};
	},
	findings(walk, context): Finding[] {
		if (walk.verdict === 'healthy') {
			return [];
		}

		const evidence = walkEvidence(walk);
		const url = handedData<string>(walk);
		const {subject} = walk;
		const unreleased = looksUnreleased(subject.wanted, subject.local);
		const fixes = [...(isBareLanguageVersion(subject.wanted) && !unreleased ? [infoFix('toolchain-full-version', t().module.fullVersionTitle(subject.wanted.slice(2)), t().module.fullVersionDetail(subject.wanted.slice(2), subject.local))] : []), ...walk.offers.flatMap((id) => fixFor(id, subject, url, unreleased, context))];
		const summary = unreleased ? t().common.sentences([walk.summary, t().module.toolchainNoneDetail(subject.wanted)]) : walk.summary;
		return [{category: 'toolchain', severity: 'error', subject: subject.wanted, summary, evidence, fixes}];
	},
};

function fixFor(id: string, subject: ToolchainSubject, url: string | undefined, unreleased: boolean, context: InvestigationContext): Fix[] {
	const text = t().module;
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
					title: text.toolchainMirrorTitle,
					detail: text.toolchainMirrorDetail(url),
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
				? [infoFix('toolchain-none', text.toolchainNoneTitle, text.toolchainNoneDetail(subject.wanted))]
				: [infoFix('toolchain-install-local', text.toolchainLocalTitle(subject.wanted), text.toolchainLocalDetail(subject.wanted))];
		}

		case 'toolchain-lower-go': {
			const local = subject.local.replace(/^go/, '');
			if (!/^\d+\.\d+(?:\.\d+)?$/.test(local)) {
				return [];
			}

			return [
				{
					id: 'toolchain-lower-go',
					title: text.toolchainLowerTitle(local),
					detail: text.toolchainLowerDetail(local),
					kind: 'command',
					argv: ['go', 'mod', 'edit', `-go=${local}`, '-toolchain=none'],
					// go would try to switch to the toolchain go.mod names before it even edits go.mod.
					env: {GOTOOLCHAIN: 'local'},
					scope: 'persistent',
					weakensSecurity: false,
				},
			];
		}

		default: {
			return [];
		}
	}
}

/** `go1.22`: a language version that Go 1.21's toolchain switching took for a release name (there is no go1.22, only go1.22.0). */
function isBareLanguageVersion(toolchain: string): boolean {
	const match = /^go1\.(\d+)$/.exec(toolchain);
	return match !== null && Number(match[1]) >= 21;
}
