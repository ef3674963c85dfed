/**
The git checks of the private-module and VCS flowcharts: is git there, which credential helper and `insteadOf`
rules it has (read from the configuration go's git sees: the same HOME and environment), and can it list a
repository without anyone typing a password (prompts disabled, SSH in batch mode, under a deadline: a credential
prompt never hangs the wizard). Never throw.
*/
import {formatArgv, formatDuration} from '../model/format.js';
import {say, type Text} from '../i18n/index.js';
import type {Evidence} from '../model/report.js';
import type {Environment, System} from '../system/types.js';
import {firstLine, outputText, type ProbeRun, runTool, trimOutput} from './probe-support.js';

/** The outcome labels of `probeGitVersion`. */
export type GitVersionOutcome = 'present' | 'missing' | 'error';
/** The outcome labels of `probeGitCredentialHelper`. */
export type GitCredentialHelperOutcome = 'set' | 'unset' | 'error';
/** The outcome labels of `probeGitInsteadOf`. */
export type GitInsteadOfOutcome = 'rewrites' | 'none' | 'error';
/** The outcome labels of `probeGitLsRemote`. */
export type GitLsRemoteOutcome = 'ok' | 'auth' | 'not-found' | 'unreachable' | 'timeout' | 'error';

/** `git --version`: is git on go's PATH, and which? */
export async function probeGitVersion(system: System, run: ProbeRun): Promise<Evidence> {
	const argv = ['git', '--version'];
	const result = await runTool(system, argv, run);
	const base = {probe: 'git', tool: 'git', command: formatArgv(argv), argv, durationMs: Math.round(result.durationMs)} as const;
	if (result.missing) {
		return {...base, outcome: 'missing' satisfies GitVersionOutcome, summary: say.probes.git.missing(shortPath(run.env))};
	}

	const version = /git version (\S+)/.exec(result.stdout)?.[1];
	if (result.exitCode !== 0 || version === undefined) {
		return {
			...base,
			outcome: 'error' satisfies GitVersionOutcome,
			summary: say.probes.git.versionOdd(firstLine(result.stderr || result.stdout) || result.errorMessage || say.probes.git.noOutput),
			...exit(result.exitCode),
		};
	}

	return {
		...base,
		outcome: 'present' satisfies GitVersionOutcome,
		summary: say.probes.git.installed(version),
		exitCode: 0,
		...output(result.stdout),
	};
}

/** What every `git config` check's evidence says besides its outcome: the command, how long it took, its exit. */
function configEvidence(argv: readonly string[], result: {readonly durationMs: number; readonly exitCode?: number}) {
	return {
		probe: 'git',
		tool: 'git',
		command: formatArgv(argv),
		argv,
		durationMs: Math.round(result.durationMs),
		...exit(result.exitCode),
	} as const;
}

/** `git config --get-all credential.helper`: who answers when git needs a password. */
export async function probeGitCredentialHelper(system: System, run: ProbeRun): Promise<Evidence> {
	const argv = ['git', 'config', '--get-all', 'credential.helper'];
	const result = await runTool(system, argv, run);
	const base = configEvidence(argv, result);
	if (result.missing) {
		return {...base, outcome: 'error' satisfies GitCredentialHelperOutcome, summary: say.probes.git.noHelperToRead};
	}

	// `git config --get-all` exits 1 when the key is not set.
	if (result.exitCode === 1 && result.stdout.trim() === '') {
		return {...base, outcome: 'unset' satisfies GitCredentialHelperOutcome, summary: say.probes.git.noHelper};
	}

	if (result.exitCode !== 0) {
		return {
			...base,
			outcome: 'error' satisfies GitCredentialHelperOutcome,
			summary: say.probes.git.configFailed(firstLine(result.stderr) || result.errorMessage || say.probes.git.noOutput),
		};
	}

	// Only the helper's name: a `store --file` path or an inline helper's arguments are not shown.
	const helpers = result.stdout
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '')
		.map((line) => helperName(line));
	return {
		...base,
		outcome: 'set' satisfies GitCredentialHelperOutcome,
		summary: say.probes.git.helpers(helpers),
		output: helpers.map((helper) => outputText(helper)).join('\n'),
	};
}

/** `git config --get-regexp '^url\..*\.insteadof$'`: does a rule rewrite `https://HOST/` (e.g. to SSH)? */
export async function probeGitInsteadOf(system: System, run: ProbeRun & {readonly host: string}): Promise<Evidence> {
	const argv = ['git', 'config', '--get-regexp', String.raw`^url\..*\.insteadof$`];
	const result = await runTool(system, argv, run);
	const base = configEvidence(argv, result);
	if (result.missing) {
		return {...base, outcome: 'error' satisfies GitInsteadOfOutcome, summary: say.probes.git.noRulesToRead};
	}

	if (result.exitCode === 1 && result.stdout.trim() === '') {
		return {...base, outcome: 'none' satisfies GitInsteadOfOutcome, summary: say.probes.git.noRule(run.host)};
	}

	if (result.exitCode !== 0) {
		return {
			...base,
			outcome: 'error' satisfies GitInsteadOfOutcome,
			summary: say.probes.git.configFailed(firstLine(result.stderr) || result.errorMessage || say.probes.git.noOutput),
		};
	}

	const rules = parseInsteadOf(result.stdout);
	const matching = rules.filter((rule) => `https://${run.host}/`.startsWith(rule.from) || rule.from.startsWith(`https://${run.host}/`));
	const shown = rules.map((rule) => `${stripUserinfo(rule.to)} instead of ${stripUserinfo(rule.from)}`).join('\n');
	if (matching.length === 0) {
		return {
			...base,
			outcome: 'none' satisfies GitInsteadOfOutcome,
			summary: say.probes.git.noMatchingRule(rules.length, run.host),
			...output(shown),
		};
	}

	return {
		...base,
		outcome: 'rewrites' satisfies GitInsteadOfOutcome,
		summary: say.probes.git.rewrites(run.host, matching.map((rule) => stripUserinfo(rule.to)).join(', ')),
		...output(shown),
	};
}

/** One `url.<base>.insteadOf <prefix>` rule: URLs starting with `from` are fetched from `to` instead. */
export type InsteadOfRule = {readonly to: string; readonly from: string};

/** The rules of `git config --get-regexp '^url\..*\.insteadof$'` output (`url.TO.insteadof FROM` lines). */
export function parseInsteadOf(stdout: string): InsteadOfRule[] {
	const rules: InsteadOfRule[] = [];
	for (const line of stdout.split('\n')) {
		const match = /^url\.(.+)\.insteadof\s+(\S.*)$/i.exec(line.trim());
		if (match?.[1] !== undefined && match[2] !== undefined) {
			rules.push({to: match[1], from: match[2].trim()});
		}
	}

	return rules;
}

/**
`git ls-remote -q URL` with every prompt off (GIT_TERMINAL_PROMPT=0, no askpass program, SSH in batch mode), as
go runs git: does the repository answer with the credentials git already has? Under the deadline.
*/
export async function probeGitLsRemote(system: System, run: ProbeRun & {readonly url: string}): Promise<Evidence> {
	const argv = ['git', 'ls-remote', '-q', run.url];
	const base = {probe: 'git', tool: 'git', command: `GIT_TERMINAL_PROMPT=0 ${formatArgv(argv)}`, argv} as const;
	if (!/^(https|ssh):\/\/[\w.-]+(:\d+)?\/[\w.~/-]+$/.test(run.url) && !/^git@[\w.-]+:[\w.~/-]+$/.test(run.url)) {
		return {
			...base,
			outcome: 'error' satisfies GitLsRemoteOutcome,
			summary: say.probes.git.notRepositoryUrl(run.url.slice(0, 200)),
			durationMs: 0,
		};
	}

	const env: Record<string, string | undefined> = {
		...run.env,
		GIT_TERMINAL_PROMPT: '0',
		GIT_ASKPASS: '',
		SSH_ASKPASS: '',
		GCM_INTERACTIVE: 'never',
		GIT_SSH_COMMAND: run.env['GIT_SSH_COMMAND'] ?? 'ssh -o BatchMode=yes -o ConnectTimeout=5',
	};
	const result = await runTool(system, argv, {...run, env});
	const text = `${result.stderr}\n${result.stdout}`;
	const lower = text.toLowerCase();
	const done = (outcome: GitLsRemoteOutcome, summary: Text): Evidence => ({
		...base,
		outcome,
		summary,
		durationMs: Math.round(result.durationMs),
		...exit(result.exitCode),
		...output(result.stderr),
	});
	if (result.missing) {
		return done('error', say.probes.git.notInstalled);
	}

	if (result.timedOut) {
		return done('timeout', say.probes.git.timeout(formatDuration(run.timeoutMs)));
	}

	if (result.exitCode === 0) {
		const refs = result.stdout.split('\n').filter((line) => line.trim() !== '').length;
		return done('ok', say.probes.git.lists(refs));
	}

	if (authSignals.some((signal) => lower.includes(signal))) {
		return done('auth', say.probes.git.auth(firstLine(lastLines(result.stderr))));
	}

	if (/repository .* not found|not found|does not appear to be a git repository|404/.test(lower)) {
		return done('not-found', say.probes.git.notFound(firstLine(lastLines(result.stderr))));
	}

	if (
		/could not resolve host|connection refused|timed out|unable to access|network is unreachable|no route to host|ssl|certificate/.test(
			lower,
		)
	) {
		return done('unreachable', say.probes.git.unreachable(firstLine(lastLines(result.stderr))));
	}

	return done(
		'error',
		say.probes.git.failed(firstLine(lastLines(result.stderr)) || result.errorMessage || say.probes.git.exit(String(result.exitCode))),
	);
}

const authSignals = [
	'terminal prompts disabled',
	'could not read username',
	'could not read password',
	'authentication failed',
	'permission denied (publickey',
	'host key verification failed',
	'invalid username or password',
	'http basic: access denied',
	'the requested url returned error: 401',
	'the requested url returned error: 403',
	'403 forbidden',
	'401 unauthorized',
];

function helperName(line: string): Text {
	const first = line.split(/\s+/)[0] ?? line;
	return first.startsWith('!') ? say.probes.git.inlineHelper : first;
}

function stripUserinfo(url: string): string {
	return url.replace(/^([a-z+]+:\/\/)[^@/]*@/i, '$1***@');
}

function lastLines(text: string): string {
	return text
		.split('\n')
		.filter((line) => line.trim() !== '')
		.slice(-2)
		.join(' ');
}

function shortPath(env: Environment): string {
	const value = env['PATH'] ?? '';
	return value.length > 120 ? `PATH=${value.slice(0, 117)}…` : `PATH=${value}`;
}

function exit(code: number | undefined): {exitCode?: number} {
	return code === undefined ? {} : {exitCode: code};
}

function output(text: string): {output?: string} {
	const trimmed = trimOutput(text, 2000);
	return trimmed === undefined ? {} : {output: trimmed};
}
