import {STATUS_CODES} from 'node:http';
import {assertNever} from '../../model/assert-never.js';
import type {CheckRun, AfterContext} from '../../diagnose/investigation.js';
import {gitGlobalConfigFile} from '../../fixes/apply-git-config.js';
import {goprivateFix, insteadOfFix, netrcFix, privateMatch, sharedHostingHosts} from '../../fixes/fix-private.js';
import {netrcPath} from '../../go/netrc.js';
import {reproductionErrorText} from '../../go/reproduce-download.js';
import type {Fix} from '../../model/report.js';
import {defineFlowchart} from '../define-flowchart.js';
import {privateModuleGraph, type PrivateModuleSubject} from './graph.js';
import {gitCredentialHelperProbe, gitInsteadOfProbe, gitLsRemoteProbe} from './probe-git.js';
import {netrcProbe} from './probe-netrc.js';
import {en} from './text.en.js';
import {zh} from './text.zh.js';

/** Signs in go's error that go ran git (and git asked for credentials it could not get). */
const gitSignals =
	/git ls-remote|git fetch|terminal prompts disabled|could not read username|could not read password|exit status 128|permission denied \(publickey|host key verification failed/i;

/**
§2.5 and §3.3 for each module go's error puts in `private-auth`: do the private-path settings cover it, did go ask
the public proxy or the checksum database about it, and does go (or git) have credentials the host accepts.
*/
export const privateModuleFlowchart = defineFlowchart<PrivateModuleSubject>()({
	id: 'private-module',
	graph: privateModuleGraph,
	phase: 'after',
	subjects(context) {
		const items = (context.classified ?? []).filter((item) => item.category === 'private-auth' && item.module !== undefined);
		const seen = new Set<string>();
		const subjects: PrivateModuleSubject[] = [];
		for (const item of items) {
			const module = item.module!;
			if (seen.has(module)) {
				continue;
			}

			seen.add(module);
			subjects.push(privateSubject(context, module, item.version ?? '', item.status, item.line));
		}

		return subjects;
	},
	checks: {
		netrc: async (subject, run) => netrcProbe.run({system: run.context.system, env: run.context.env, machine: subject.machine}),
		'git-credential-helper': async (_subject, run) => gitCredentialHelperProbe.run(gitRun(run)),
		'git-insteadof': async (subject, run) => gitInsteadOfProbe.run({...gitRun(run), host: subject.host}),
		'git-ls-remote': async (subject, run) => gitLsRemoteProbe.run({...gitRun(run), url: subject.repoUrl}),
	},
	findings(walk, {context, evidence, text}) {
		if (walk.verdict === 'healthy') {
			return [];
		}

		const {subject} = walk;
		const fixes = walk.offers.flatMap((id): Fix[] => {
			switch (id) {
				case 'goprivate-add': {
					const shadowed = context.snapshot.settings.filter((setting) => setting.source === 'environment').map((setting) => setting.name);
					const fix = goprivateFix(subject.module, context.snapshot.values, {shadowed});
					return fix === undefined ? [] : [fix];
				}

				case 'netrc-entry': {
					const file = netrcPath(context.env);
					const replaces = evidence.some((item) => item.outcome === 'found');
					return file === undefined ? [] : [netrcFix({machine: subject.machine, file, replaces})];
				}

				case 'git-insteadof-ssh': {
					const configFile = gitGlobalConfigFile(context.env, context.dir);
					const fix = insteadOfFix(subject.host, configFile === undefined ? {} : {configFile});
					return fix === undefined ? [] : [fix];
				}

				case 'goauth-default': {
					return [
						{
							id: 'goauth-default',
							title: text.goauthDefaultTitle,
							detail: text.goauthDefaultDetail,
							kind: 'go-env',
							argv: ['go', 'env', '-u', 'GOAUTH'],
							changes: [{key: 'GOAUTH', value: undefined}],
							scope: 'persistent',
							weakensSecurity: false,
						},
					];
				}

				case 'goproxy-https': {
					return [
						{
							id: 'goproxy-https',
							title: text.httpsTitle(subject.machine),
							detail: text.httpsDetail(subject.machine),
							kind: 'info',
							scope: 'persistent',
							weakensSecurity: false,
						},
					];
				}

				case 'private-access': {
					return [
						{
							id: 'private-access',
							title: text.accessTitle(subject.host),
							detail: text.accessDetail(subject.host, subject.module),
							kind: 'info',
							scope: 'persistent',
							weakensSecurity: false,
						},
					];
				}

				default: {
					return assertNever(id);
				}
			}
		});
		return [{category: walk.verdict, severity: 'error', subject: subject.module, summary: walk.summary, evidence, fixes}];
	},
	text: {en, zh},
});

/** What every git check runs with: go's environment, the deadline, the signal. */
function gitRun(run: CheckRun) {
	return {system: run.context.system, env: run.context.env, timeoutMs: run.timeoutMs, signal: run.signal};
}

/** What go's error and settings say about one private module. Exported for tests. */
export function privateSubject(
	context: Pick<AfterContext, 'snapshot' | 'reproduction'>,
	module: string,
	version: string,
	status: number | undefined,
	line: string,
): PrivateModuleSubject {
	const errorText = context.reproduction === undefined ? line : reproductionErrorText(context.reproduction) || line;
	const relevant =
		errorText
			.split(/\n(?=go: )/)
			.filter((block) => block.includes(module))
			.join('\n') || errorText;
	const urls = [...relevant.matchAll(/https?:\/\/[^\s"'<>]+/g)].map((match) => match[0].replace(/[:.,;)]+$/, ''));
	const askedUrl =
		urls.find((url) => url.includes('/lookup/')) ?? urls.find((url) => url.includes(module) || url.includes('?go-get=1')) ?? urls[0] ?? '';
	const {values} = context.snapshot;
	const proxies = (values['GOPROXY'] ?? '')
		.split(/[,|]/)
		.map((entry) => entry.trim().replace(/\/+$/, ''))
		.filter((entry) => /^https?:\/\//.test(entry));
	const asked = askedUrl.includes('/lookup/') ? 'sumdb' : proxies.some((entry) => askedUrl.startsWith(`${entry}/`)) ? 'proxy' : 'host';
	const host = module.split('/')[0] ?? module;
	let machine = host;
	try {
		machine = askedUrl === '' ? host : new URL(askedUrl).host;
	} catch {
		// Keep the module's host.
	}

	const code = status ?? Number(/: ([45]\d\d) [A-Z]/.exec(relevant)?.[1] ?? Number.NaN);
	// With its reason phrase (`401 Unauthorized`), as go and a browser print it.
	const statusText = Number.isNaN(code) ? '' : `${code} ${STATUS_CODES[code] ?? ''}`.trim();
	const match = privateMatch(values, module);
	const transport = gitSignals.test(relevant) ? 'git' : askedUrl.startsWith('http://') ? 'http' : 'https';
	return {
		label: module,
		module,
		version,
		host,
		// Git (libcurl) looks .netrc machines up by host name alone.
		machine: transport === 'git' ? host : machine,
		askedUrl,
		asked,
		status: statusText,
		covered: match.gonoproxy && match.gonosumdb ? 'covered' : 'not-covered',
		patterns: ['GOPRIVATE', 'GONOPROXY', 'GONOSUMDB'].map((key) => `${key}=${values[key] ?? ''}`).join(' '),
		goauth: values['GOAUTH'] ?? 'netrc',
		transport,
		repoUrl: `https://${repoRoot(module)}`,
	};
}

/** The repository part of a module path: `host/owner/repo` on a shared hosting site, else the whole path. */
function repoRoot(module: string): string {
	const elements = module.split('/');
	return (sharedHostingHosts as readonly string[]).includes(elements[0] ?? '') ? elements.slice(0, 3).join('/') : module;
}
