import path from 'node:path';
import {defineProbe, type ProbeResult} from '../../flow/define-probe.js';
import {say, type Text} from '../../i18n/index.js';
import type {Evidence} from '../../model/report.js';
import {internalHostReason, proxyForUrl, readProxySettings, redactProxyValue} from '../../go/proxy-for-url.js';
import type {Environment, FileSystem} from '../../system/types.js';

/** The proxy variables, as they can be written in a GOENV file or a shell profile. */
const proxyNamePattern = /^(HTTPS_PROXY|https_proxy|HTTP_PROXY|http_proxy|NO_PROXY|no_proxy|ALL_PROXY|all_proxy)$/;

/**
The proxy variables of `env`, as go reads them: each shown with credentials redacted, and which one go uses.
Outcomes: `none`, `set`, `all-proxy-only` (go ignores ALL_PROXY). Pure, never throws.
*/
export function checkProxyVariables(env: Environment): Evidence {
	const settings = readProxySettings(env);
	const lines = settings.variables.map(
		(variable) => `${variable.name}=${variable.shown}${variable.used ? '' : `   (ignored: ${variable.ignoredBecause ?? 'not read'})`}`,
	);
	if (settings.cgi) {
		lines.push('REQUEST_METHOD is set: go refuses HTTP_PROXY for http URLs here (the CGI rule)');
	}

	const base = {
		probe: 'config',
		tool: 'gomod-doctor',
		command: 'env | grep -i _proxy',
		durationMs: 0,
		...(lines.length === 0 ? {} : {output: lines.join('\n')}),
	} as const;
	if (settings.allProxyOnly) {
		return {
			...base,
			outcome: 'all-proxy-only',
			summary: say.probes.proxySettings.allProxyOnly,
		};
	}

	if (settings.https === undefined && settings.http === undefined) {
		return {...base, outcome: 'none', summary: say.probes.proxySettings.none};
	}

	const used = [settings.https, settings.http, settings.noProxy]
		.filter((item) => item !== undefined)
		.map((item) => `${item.name}=${item.shown}`);
	return {...base, outcome: 'set', summary: say.probes.proxySettings.reads(used.join(', '))};
}

/** A host go contacts, and what it is. */
export type ContactedHost = {readonly url: string; readonly role: Text};

/**
Internal hosts (private addresses, single-label or `.local`/`.internal`/`.corp`/`.lan` names) that go would send
through the HTTP(S) proxy because NO_PROXY does not name them: a corporate proxy rarely reaches them.
Outcomes: `covered`, `internal-proxied`. Pure.
*/
export function checkNoProxyCoverage(env: Environment, hosts: readonly ContactedHost[]): Evidence & {readonly missing: readonly string[]} {
	const lines: string[] = [];
	const missing: string[] = [];
	for (const {url} of hosts) {
		const host = hostOf(url);
		if (host === undefined) {
			continue;
		}

		const decision = proxyForUrl(url, env);
		const internal = internalHostReason(host);
		const route =
			decision.proxy === undefined ? `direct (${decision.reason})` : `through ${redactProxyValue(decision.proxy)} (${decision.reason})`;
		lines.push(`${host}${internal === undefined ? '' : ` (${internal})`}: ${route}`);
		if (decision.proxy !== undefined && internal !== undefined && !missing.includes(host)) {
			missing.push(host);
		}
	}

	const {noProxy} = readProxySettings(env);
	const base = {
		probe: 'config',
		tool: 'gomod-doctor',
		command: `NO_PROXY=${noProxy?.shown ?? ''}`,
		durationMs: 0,
		...(lines.length === 0 ? {} : {output: lines.join('\n')}),
	} as const;
	if (missing.length > 0) {
		return {
			...base,
			outcome: 'internal-proxied',
			summary: say.probes.proxySettings.internal(missing, noProxy?.name),
			missing,
		};
	}

	return {...base, outcome: 'covered', summary: say.probes.proxySettings.covered, missing};
}

function hostOf(url: string): string | undefined {
	try {
		return new URL(url).hostname.replaceAll(/^\[|]$/g, '');
	} catch {
		return undefined;
	}
}

/** The proxy lines of a GOENV file (`go env -w` refuses them; go never reads them). */
export function proxyLinesOf(goenvText: string): Array<{name: string; value: string}> {
	const found: Array<{name: string; value: string}> = [];
	for (const raw of goenvText.split('\n')) {
		const match = /^\s*([A-Za-z_]+)\s*=(.*)$/.exec(raw);
		if (match !== null && proxyNamePattern.test(match[1]!)) {
			found.push({name: match[1]!, value: match[2]!.trim()});
		}
	}

	return found;
}

/**
Proxy variables written into the GOENV file (by hand: `go env -w HTTPS_PROXY=…` fails with "unknown go command
variable"): `go env` prints them, but go's HTTP client reads only the OS environment, so they do nothing.
Outcomes: `none`, `ignored`, `error`. Never throws.
*/
export async function checkGoenvProxyLines(
	fs: FileSystem,
	goenvFile: string,
): Promise<Evidence & {readonly lines: ReadonlyArray<{name: string; value: string}>}> {
	const base = {probe: 'file', tool: 'node:fs', command: `grep -i _proxy ${goenvFile}`, durationMs: 0} as const;
	if (goenvFile === '' || goenvFile === 'off') {
		return {...base, outcome: 'none', summary: say.probes.proxySettings.noGoenv, lines: []};
	}

	let text: string;
	try {
		text = await fs.readFile(goenvFile, 'utf8');
	} catch {
		return {...base, outcome: 'none', summary: say.probes.proxySettings.goenvMissing(goenvFile), lines: []};
	}

	const lines = proxyLinesOf(text);
	if (lines.length === 0) {
		return {...base, outcome: 'none', summary: say.probes.proxySettings.goenvClean, lines};
	}

	return {
		...base,
		outcome: 'ignored',
		summary: say.probes.proxySettings.goenvIgnored(lines.map((line) => line.name).join(', ')),
		output: lines.map((line) => `${line.name}=${redactProxyValue(line.value)}`).join('\n'),
		lines,
	};
}

/** The shell start-up files read for proxy variables, relative to HOME. */
export const shellProfiles = [
	'.profile',
	'.bash_profile',
	'.bash_login',
	'.bashrc',
	'.zshenv',
	'.zprofile',
	'.zshrc',
	'.config/fish/config.fish',
] as const;

/** `export NAME=value`, `NAME=value`, `set -x NAME value` / `set -gx NAME value` (fish), quotes removed. Pure. */
export function proxyAssignmentsOf(text: string): Array<{name: string; value: string | undefined}> {
	const found: Array<{name: string; value: string | undefined}> = [];
	for (const raw of text.split('\n')) {
		const line = raw.trim();
		const sh = /^(?:export\s+)?([A-Za-z_]+)=("[^"]*"|'[^']*'|\S*)\s*(?:#.*)?$/.exec(line);
		const fish = /^set\s+(?:-[a-zA-Z]+\s+)*([A-Za-z_]+)\s+("[^"]*"|'[^']*'|\S+)\s*$/.exec(line);
		const unset = /^(?:unset|set\s+-e)\s+([A-Za-z_]+)\s*$/.exec(line);
		const match = sh ?? fish;
		if (match !== null && proxyNamePattern.test(match[1]!)) {
			found.push({name: match[1]!, value: match[2]!.replace(/^(["'])(.*)\1$/, '$2')});
		} else if (unset !== null && proxyNamePattern.test(unset[1]!)) {
			found.push({name: unset[1]!, value: undefined});
		}
	}

	return found;
}

/**
Whether the shell profile sets the proxy variables differently from the environment gomod-doctor (and go) run
in: a profile line the current shell has not read (a new terminal gets it), or one this shell overrides.
Outcomes: `same`, `differs`, `none`. Variables whose value refers to others (`$…`) are not compared. Never throws.
*/
export async function checkShellProfile(
	fs: FileSystem,
	env: Environment,
): Promise<
	Evidence & {readonly differences: ReadonlyArray<{file: string; name: string; profile: string | undefined; current: string | undefined}>}
> {
	const home = env['HOME'];
	const base = {
		probe: 'file',
		tool: 'node:fs',
		command: `grep -i _proxy ${shellProfiles.map((file) => `~/${file}`).join(' ')}`,
		durationMs: 0,
	} as const;
	if (home === undefined || home === '') {
		return {...base, outcome: 'none', summary: say.probes.proxySettings.noHome, differences: []};
	}

	const last = new Map<string, {file: string; value: string | undefined}>();
	for (const file of shellProfiles) {
		let text: string;
		try {
			// eslint-disable-next-line no-await-in-loop -- a handful of small files, read in order: the last assignment wins
			text = await fs.readFile(path.join(home, file), 'utf8');
		} catch {
			continue;
		}

		for (const assignment of proxyAssignmentsOf(text)) {
			last.set(assignment.name, {file: `~/${file}`, value: assignment.value});
		}
	}

	if (last.size === 0) {
		return {...base, outcome: 'none', summary: say.probes.proxySettings.noProfile, differences: []};
	}

	const differences = [...last.entries()]
		.filter(([, {value}]) => !(value ?? '').includes('$'))
		.filter(([name, {value}]) => (value ?? '') !== (env[name] ?? ''))
		.map(([name, {file, value}]) => ({file, name, profile: value, current: env[name]}));
	const output = [...last.entries()]
		.map(
			([name, {file, value}]) =>
				`${file}: ${value === undefined ? `unset ${name}` : `${name}=${redactProxyValue(value)}`}; now: ${env[name] === undefined ? '(unset)' : redactProxyValue(env[name])}`,
		)
		.join('\n');
	if (differences.length === 0) {
		return {...base, outcome: 'same', summary: say.probes.proxySettings.profileSame, output, differences};
	}

	const described = differences.map((item) =>
		item.current === undefined
			? say.probes.proxySettings.profileMissing(item.file, item.name)
			: say.probes.proxySettings.profileDiffers(
					item.file,
					item.name,
					item.profile === undefined ? say.probes.proxySettings.unset : redactProxyValue(item.profile),
					redactProxyValue(item.current),
				),
	);
	return {...base, outcome: 'differs', summary: say.probes.proxySettings.differs(described), output, differences};
}

/** What a settings check returns beside its evidence: the payload the findings build the fix from. */
type Checked<Outcome extends string, Data> = Promise<ProbeResult<Outcome, Data>>;

/** §3.2: which proxy variables go reads from its environment ({@link checkProxyVariables}). */
export const proxyVarsProbe = defineProbe({
	id: 'proxy-vars',
	outcomes: ['none', 'set', 'all-proxy-only', 'error'],
	async run(input: {readonly env: Environment}): Checked<'none' | 'set' | 'all-proxy-only' | 'error', undefined> {
		return {evidence: checkProxyVariables(input.env) as Evidence & {readonly outcome: 'none' | 'set' | 'all-proxy-only' | 'error'}};
	},
});

/** §3.2: does NO_PROXY keep internal hosts away from the proxy ({@link checkNoProxyCoverage})? Its data: the hosts missing. */
export const noProxyCoverageProbe = defineProbe({
	id: 'no-proxy-coverage',
	outcomes: ['covered', 'internal-proxied', 'error'],
	async run(input: {
		readonly env: Environment;
		readonly hosts: readonly ContactedHost[];
	}): Checked<'covered' | 'internal-proxied' | 'error', readonly string[]> {
		const coverage = checkNoProxyCoverage(input.env, input.hosts);
		return {
			evidence: stripExtra(coverage) as Evidence & {readonly outcome: 'covered' | 'internal-proxied' | 'error'},
			data: coverage.missing,
		};
	},
});

/** §3.2: proxy lines in the GOENV file, which go never reads ({@link checkGoenvProxyLines}). Its data: those lines. */
export const goenvProxyProbe = defineProbe({
	id: 'goenv-proxy',
	outcomes: ['none', 'ignored', 'error'],
	async run(input: {
		readonly fs: FileSystem;
		readonly goenvFile: string;
	}): Checked<'none' | 'ignored' | 'error', ReadonlyArray<{name: string; value: string}>> {
		const goenv = await checkGoenvProxyLines(input.fs, input.goenvFile);
		return {evidence: stripExtra(goenv) as Evidence & {readonly outcome: 'none' | 'ignored' | 'error'}, data: goenv.lines};
	},
});

/** §3.2: a shell profile that sets the proxy differently from this environment ({@link checkShellProfile}). Its data: the differences. */
export const shellProfileProbe = defineProbe({
	id: 'shell-profile',
	outcomes: ['same', 'differs', 'none', 'error'],
	async run(input: {
		readonly fs: FileSystem;
		readonly env: Environment;
	}): Checked<'same' | 'differs' | 'none' | 'error', ReadonlyArray<{file: string; name: string; profile: string | undefined}>> {
		const profile = await checkShellProfile(input.fs, input.env);
		return {
			evidence: stripExtra(profile) as Evidence & {readonly outcome: 'same' | 'differs' | 'none' | 'error'},
			data: profile.differences,
		};
	},
});

/** Evidence only, without the fields a check adds for its caller. */
function stripExtra(evidence: Evidence & Record<string, unknown>): Evidence {
	const {probe, tool, command, argv, outcome, summary, exitCode, durationMs, output} = evidence;
	return {
		probe,
		tool,
		command,
		outcome,
		summary,
		durationMs,
		...(argv === undefined ? {} : {argv}),
		...(exitCode === undefined ? {} : {exitCode}),
		...(output === undefined ? {} : {output}),
	};
}
