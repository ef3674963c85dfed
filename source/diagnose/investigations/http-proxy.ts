import {proxySettingsFlow, type ProxySettingsSubject} from '../../flow/graphs/http-proxy.js';
import {exportProxyFix, noProxyFix} from '../../fixes/fix-http-proxy.js';
import {t} from '../../i18n/index.js';
import type {Evidence, Finding, Fix} from '../../model/report.js';
import {
	checkGoenvProxyLines,
	checkNoProxyCoverage,
	checkProxyVariables,
	checkShellProfile,
	type ContactedHost,
} from '../../flowcharts/proxy-settings/probe-proxy-settings.js';
import type {Investigation, InvestigationContext} from '../investigation.js';
import {walkEvidence} from '../run-investigations.js';
import {urlsThatMatter} from '../urls-that-matter.js';

/** What each settings check found, for the findings (by subject). */
const settingsFound = new WeakMap<ProxySettingsSubject, {missing?: readonly string[]; goenv?: ReadonlyArray<{name: string; value: string}>; profile?: ReadonlyArray<{file: string; name: string; profile: string | undefined}>}>();

function contacted(context: InvestigationContext): ContactedHost[] {
	return urlsThatMatter(context);
}

/**
§3.2's settings: once go has failed, are the proxy variables go reads the ones meant? ALL_PROXY alone (ignored by
go), an internal host missing from NO_PROXY, proxy lines in the GOENV file (which go never reads), and a shell
profile that sets them differently from this environment. Walked only when one of these is the case.
*/
export const proxySettingsInvestigation: Investigation<ProxySettingsSubject> = {
	id: 'proxy-settings',
	flow: proxySettingsFlow,
	phase: 'after',
	async subjects(context) {
		if (context.reproduction?.ok !== false) {
			return [];
		}

		const variables = checkProxyVariables(context.env);
		const coverage = checkNoProxyCoverage(context.env, contacted(context));
		const goenv = await checkGoenvProxyLines(context.snapshot.goenvFile);
		const profile = await checkShellProfile(context.env);
		const applies =
			variables.outcome === 'all-proxy-only' || coverage.outcome === 'internal-proxied' || goenv.outcome === 'ignored' || profile.outcome === 'differs';
		return applies ? [{label: t().net.proxySettings}] : [];
	},
	async check(pending, subject, run) {
		const found = settingsFound.get(subject) ?? {};
		settingsFound.set(subject, found);
		switch (pending.probe) {
			case 'proxy-vars': {
				return checkProxyVariables(run.context.env);
			}

			case 'no-proxy-coverage': {
				const coverage = checkNoProxyCoverage(run.context.env, contacted(run.context));
				found.missing = coverage.missing;
				return stripExtra(coverage);
			}

			case 'goenv-proxy': {
				const goenv = await checkGoenvProxyLines(run.context.snapshot.goenvFile);
				found.goenv = goenv.lines;
				return stripExtra(goenv);
			}

			case 'shell-profile': {
				const profile = await checkShellProfile(run.context.env);
				found.profile = profile.differences;
				return stripExtra(profile);
			}

			default: {
				throw new Error(`the proxy-settings flow has no check ${pending.probe}`);
			}
		}
	},
	findings(walk, context): Finding[] {
		if (walk.verdict === 'healthy') {
			return [];
		}

		const found = settingsFound.get(walk.subject) ?? {};
		const evidence = walkEvidence(walk);
		const fixes: Fix[] = [];
		switch (walk.current) {
			case 'internalProxied': {
				if ((found.missing ?? []).length > 0) {
					fixes.push(noProxyFix(context.env, found.missing ?? []));
				}

				break;
			}

			case 'allProxyIgnored': {
				const value = context.env['ALL_PROXY'] || context.env['all_proxy'] || '';
				fixes.push(exportProxyFix([{name: 'HTTPS_PROXY', value}, {name: 'HTTP_PROXY', value}], t().net.fromAllProxy));
				break;
			}

			case 'goenvIgnored': {
				fixes.push(exportProxyFix(found.goenv ?? [], t().net.fromGoenv));
				break;
			}

			case 'profileDiffers': {
				const differences = found.profile ?? [];
				fixes.push(exportProxyFix(differences.map((item) => ({name: item.name, value: item.profile})), t().net.fromProfile([...new Set(differences.map((item) => item.file))].join(', '))));
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
				summary: t().net.proxyFinding(walk.summary, last?.summary ?? ''),
				evidence,
				fixes: fixes.filter((fix) => (fix.shell ?? []).length > 0),
			},
		];
	},
};

/** Evidence only, without the fields a check adds for its caller. */
function stripExtra(evidence: Evidence & Record<string, unknown>): Evidence {
	const {probe, tool, command, argv, outcome, summary, exitCode, durationMs, output} = evidence;
	return {probe, tool, command, outcome, summary, durationMs, ...(argv === undefined ? {} : {argv}), ...(exitCode === undefined ? {} : {exitCode}), ...(output === undefined ? {} : {output})};
}
