import type {AfterContext} from '../../diagnose/investigation.js';
import {urlsThatMatter} from '../../diagnose/urls-that-matter.js';
import {exportProxyFix, noProxyFix} from '../../fixes/fix-http-proxy.js';
import {say} from '../../i18n/index.js';
import type {Fix} from '../../model/report.js';
import {defineFlowchart} from '../define-flowchart.js';
import {proxySettingsGraph, type ProxySettingsSubject} from './graph.js';
import {
	checkGoenvProxyLines,
	checkNoProxyCoverage,
	checkProxyVariables,
	checkShellProfile,
	type ContactedHost,
	goenvProxyProbe,
	noProxyCoverageProbe,
	proxyVarsProbe,
	shellProfileProbe,
} from './probe-proxy-settings.js';
import {en} from './text.en.js';
import {zh} from './text.zh.js';

/** The walk's label: the variables go reads, said the same in every language. */
const proxySettingsLabel = 'HTTPS_PROXY, HTTP_PROXY, NO_PROXY';

function contacted(context: AfterContext): ContactedHost[] {
	return urlsThatMatter(context);
}

/**
§3.2's settings: once go has failed, are the proxy variables go reads the ones meant? ALL_PROXY alone (ignored by
go), an internal host missing from NO_PROXY, proxy lines in the GOENV file (which go never reads), and a shell
profile that sets them differently from this environment. Walked only when one of these is the case.
*/
export const proxySettingsFlowchart = defineFlowchart<ProxySettingsSubject>()({
	id: 'proxy-settings',
	graph: proxySettingsGraph,
	phase: 'after',
	async subjects(context) {
		if (context.reproduction?.ok !== false) {
			return [];
		}

		const variables = checkProxyVariables(context.env);
		const coverage = checkNoProxyCoverage(context.env, contacted(context));
		const goenv = await checkGoenvProxyLines(context.system.fs, context.snapshot.goenvFile);
		const profile = await checkShellProfile(context.system.fs, context.env);
		const applies =
			variables.outcome === 'all-proxy-only' ||
			coverage.outcome === 'internal-proxied' ||
			goenv.outcome === 'ignored' ||
			profile.outcome === 'differs';
		return applies ? [{label: proxySettingsLabel}] : [];
	},
	checks: {
		'proxy-vars': async (_subject, run) => proxyVarsProbe.run({env: run.context.env}),
		'no-proxy-coverage': async (_subject, run) => noProxyCoverageProbe.run({env: run.context.env, hosts: contacted(run.context)}),
		'goenv-proxy': async (_subject, run) => goenvProxyProbe.run({fs: run.context.system.fs, goenvFile: run.context.snapshot.goenvFile}),
		'shell-profile': async (_subject, run) => shellProfileProbe.run({fs: run.context.system.fs, env: run.context.env}),
	},
	findings(walk, {context, evidence, dataOf}) {
		if (walk.verdict === 'healthy') {
			return [];
		}

		const fixes: Fix[] = [];
		switch (walk.current) {
			case 'internalProxied': {
				const missing = dataOf(noProxyCoverageProbe) ?? [];
				if (missing.length > 0) {
					fixes.push(noProxyFix(context.env, missing));
				}

				break;
			}

			case 'allProxyIgnored': {
				const value = context.env['ALL_PROXY'] || context.env['all_proxy'] || '';
				fixes.push(
					exportProxyFix(
						[
							{name: 'HTTPS_PROXY', value},
							{name: 'HTTP_PROXY', value},
						],
						say.net.fromAllProxy,
					),
				);
				break;
			}

			case 'goenvIgnored': {
				fixes.push(exportProxyFix(dataOf(goenvProxyProbe) ?? [], say.net.fromGoenv));
				break;
			}

			case 'profileDiffers': {
				const differences = dataOf(shellProfileProbe) ?? [];
				fixes.push(
					exportProxyFix(
						differences.map((item) => ({name: item.name, value: item.profile})),
						say.net.fromProfile([...new Set(differences.map((item) => item.file))].join(', ')),
					),
				);
				break;
			}

			default: {
				break;
			}
		}

		const last = evidence.at(-1);
		return [
			{
				category: 'http-proxy',
				// An internal host sent to the proxy explains go's failure; the others may or may not.
				severity: walk.current === 'internalProxied' ? 'error' : 'warning',
				subject: walk.subject.label,
				summary: say.net.proxyFinding(walk.summary, last?.summary ?? ''),
				evidence,
				fixes: fixes.filter((fix) => (fix.shell ?? []).length > 0),
			},
		];
	},
	text: {en, zh},
});
