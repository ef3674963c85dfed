import {httpProxyFlow, proxySettingsFlow, type ProxySettingsSubject, type ProxySubject} from '../../flow/graphs/http-proxy.js';
import {escapeModulePath} from '../../go/escape-module-path.js';
import {parseGoproxyList} from '../../go/parse-goproxy-list.js';
import {t} from '../../i18n/index.js';
import type {Evidence, Finding, Fix} from '../../model/report.js';
import {probeProxyCompare, probeProxyConnect} from '../../probes/probe-proxy-connect.js';
import {
	checkGoenvProxyLines,
	checkNoProxyCoverage,
	checkProxyVariables,
	checkShellProfile,
	type ContactedHost,
} from '../../probes/probe-proxy-settings.js';
import {probeTcpConnect} from '../../probes/probe-tcp-connect.js';
import {internalHostReason, proxyForUrl, readProxySettings, redactProxyValue} from '../../system/proxy-for-url.js';
import type {Environment} from '../../system/types.js';
import type {Investigation, InvestigationContext} from '../investigation.js';
import {walkEvidence} from '../run-investigations.js';
import {urlsThatMatter} from '../urls-that-matter.js';
import {joinProxyUrl} from '../../go/proxy-url.js';

/** A value as a POSIX shell reads it back: bare when safe, else single-quoted. */
export function shellQuote(value: string): string {
	return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", String.raw`'\''`)}'`;
}

/**
The fix that sends `hosts` direct: NO_PROXY (and no_proxy, for the other tools) with the hosts appended to what go
reads now. Verified by running go with it.
*/
export function noProxyFix(env: Environment, hosts: readonly string[]): Fix {
	const current = readProxySettings(env).noProxy?.value ?? '';
	const entries = current.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
	const added = hosts.filter((host) => !entries.map((entry) => entry.toLowerCase()).includes(host.toLowerCase()));
	const value = [...entries, ...added].join(',');
	const names = hosts.join(', ');
	return {
		id: 'proxy-no-proxy',
		title: t().net.noProxyFix.title(names),
		detail: t().net.noProxyFix.detail(names),
		kind: 'shell',
		shell: [`export NO_PROXY=${shellQuote(value)}`, `export no_proxy=${shellQuote(value)}`],
		env: {NO_PROXY: value, no_proxy: value},
		scope: 'session',
		weakensSecurity: false,
	};
}

/** The fix that unsets the variable go takes its proxy from (both cases, or go falls back on the other). */
export function unsetProxyFix(variable: string, proxyShown: string): Fix {
	const upper = variable.toUpperCase();
	const names = [upper, upper.toLowerCase()];
	return {
		id: 'proxy-unset',
		title: t().net.unsetFix.title(names.join(' ')),
		detail: t().net.unsetFix.detail(proxyShown),
		kind: 'shell',
		shell: [`unset ${names.join(' ')}`],
		env: Object.fromEntries(names.map((name) => [name, undefined])),
		scope: 'session',
		weakensSecurity: false,
	};
}

/** Advice only: the proxy URL with `USER:PASSWORD@` (gomod-doctor cannot know them). */
export function credentialsFix(subject: ProxySubject, challenge: string): Fix {
	let template: string;
	try {
		const url = new URL(subject.proxyUrl);
		template = `${url.protocol}//USER:PASSWORD@${url.host}`;
	} catch {
		template = `http://USER:PASSWORD@${subject.proxyHost}:${subject.proxyPort}`;
	}

	const line = `export ${subject.variable.toUpperCase()}=${template}`;
	return {
		id: 'proxy-credentials',
		title: t().net.credentialsFix.title,
		detail: t().net.credentialsFix.detail(challenge, line),
		kind: 'info',
		shell: [line],
		scope: 'session',
		weakensSecurity: false,
	};
}

/** The fix that exports proxy variables (from ALL_PROXY, the GOENV file or the profile) into go's environment. */
export function exportProxyFix(assignments: ReadonlyArray<{name: string; value: string | undefined}>, from: string): Fix {
	const names = assignments.map((item) => item.name).join(' ');
	return {
		id: 'proxy-export',
		title: t().net.exportFix.title(names, from),
		detail: t().net.exportFix.detail(from),
		kind: 'shell',
		shell: assignments.map((item) => (item.value === undefined ? `unset ${item.name}` : `export ${item.name}=${shellQuote(item.value)}`)),
		env: Object.fromEntries(assignments.map((item) => [item.name, item.value])),
		scope: 'session',
		weakensSecurity: false,
	};
}

/** The GOPROXY entries go sends through an HTTP(S) proxy, one subject per entry. */
export function proxySubjects(context: InvestigationContext): ProxySubject[] {
	const subjects: ProxySubject[] = [];
	for (const entry of parseGoproxyList(context.snapshot.values['GOPROXY'] ?? '').entries) {
		if (entry.kind !== 'url' || (entry.scheme !== 'http' && entry.scheme !== 'https')) {
			continue;
		}

		const decision = proxyForUrl(entry.url, context.env);
		if (decision.proxy === undefined) {
			continue;
		}

		let proxy: URL;
		try {
			proxy = new URL(decision.proxy);
		} catch {
			continue;
		}

		const shown = redactProxyValue(decision.proxy);
		const variable = decision.variable ?? (entry.scheme === 'https' ? 'HTTPS_PROXY' : 'HTTP_PROXY');
		subjects.push({
			label: t().net.proxyLabel(shown, variable),
			proxyUrl: decision.proxy,
			variable,
			proxyHost: proxy.hostname.replace(/^\[|\]$/g, ''),
			proxyPort: proxy.port === '' ? (proxy.protocol === 'https:' ? 443 : 80) : Number(proxy.port),
			entry: entry.raw,
			entryHost: entry.host,
			entryPort: entry.port,
			listUrl: joinProxyUrl(entry.url, `${escapeModulePath(context.probeModule)}/@v/list`),
			internal: internalHostReason(entry.host) ?? '',
		});
	}

	return subjects;
}

/**
§3.2 for each GOPROXY entry go reaches through an HTTP(S) proxy, once go has failed: is the proxy there, does it
tunnel (or want credentials, or refuse), and does a request through it fail where a direct one works?
*/
export const httpProxyInvestigation: Investigation<ProxySubject> = {
	id: 'http-proxy',
	flow: httpProxyFlow,
	phase: 'after',
	subjects(context) {
		return context.reproduction?.ok === false ? proxySubjects(context) : [];
	},
	async check(pending, subject, run) {
		const common = {env: run.context.env, timeoutMs: run.timeoutMs, ...(run.signal === undefined ? {} : {signal: run.signal})};
		switch (pending.probe) {
			case 'tcp': {
				return probeTcpConnect(run.context.system, {...common, host: subject.proxyHost, port: subject.proxyPort});
			}

			case 'proxy-connect': {
				return probeProxyConnect(run.context.system, {...common, proxyUrl: subject.proxyUrl, targetHost: subject.entryHost, targetPort: subject.entryPort});
			}

			case 'proxy-compare': {
				return probeProxyCompare(run.context.system, {...common, url: subject.listUrl});
			}

			default: {
				throw new Error(`the http-proxy flow has no check ${pending.probe}`);
			}
		}
	},
	findings(walk, context): Finding[] {
		if (walk.verdict === 'healthy') {
			return [];
		}

		const {subject} = walk;
		const evidence = walkEvidence(walk);
		const last = evidence.at(-1);
		const challenge = /Proxy-Authenticate: ([^\n]+)/i.exec(evidence.find((item) => item.outcome === 'auth-required')?.output ?? '')?.[1] ?? '';
		const offers = new Set<string>(walk.offers);
		const fixes: Fix[] = [
			...(offers.has('proxy-credentials') ? [credentialsFix(subject, challenge)] : []),
			...(offers.has('proxy-no-proxy') ? [noProxyFix(context.env, [subject.entryHost])] : []),
			...(offers.has('proxy-unset') ? [unsetProxyFix(subject.variable, redactProxyValue(subject.proxyUrl))] : []),
		];
		// An internal host is best sent direct; a public one through a working proxy: order the fixes accordingly.
		const ordered = subject.internal === '' ? fixes : [...fixes.filter((fix) => fix.id === 'proxy-no-proxy'), ...fixes.filter((fix) => fix.id !== 'proxy-no-proxy')];
		return [
			{
				category: 'http-proxy',
				severity: 'error',
				subject: subject.label,
				summary: t().net.proxyFinding(walk.summary, last?.summary ?? ''),
				evidence,
				fixes: ordered,
			},
		];
	},
};

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
