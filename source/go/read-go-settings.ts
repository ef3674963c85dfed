import path from 'node:path';
import {say, type Text} from '../i18n/index.js';
import type {Setting, SettingSource} from '../model/report.js';
import type {CommandResult, Environment, FileSystem, System} from '../system/types.js';
import {goEnvFileHas, parseGoEnvFile, type ParsedGoEnvFile} from './parse-goenv-file.js';

/** The go settings gomod-doctor shows, in this order. */
export const goSettingNames = [
	'GOPROXY',
	'GONOPROXY',
	'GOPRIVATE',
	'GONOSUMDB',
	'GOSUMDB',
	'GOFLAGS',
	'GOTOOLCHAIN',
	'GOMODCACHE',
	'GOINSECURE',
	'GOAUTH',
] as const;

/**
The names asked of `go env -json NAME…`: every setting gomod-doctor shows or reads, and what locates go's own
files. Asking by name skips what only a build needs: without names, `go env -json` also asks the C compiler for
its flags (CGO_CFLAGS, GOGCCFLAGS…), 0.3 to 0.7 s with a cold GOCACHE.
*/
export const goEnvNames = [
	...goSettingNames,
	'GOENV',
	'GOROOT',
	'GOVERSION',
	'GOMOD',
	'GOWORK',
	'GOPATH',
	'GOCACHE',
	'GOBIN',
	'GOTMPDIR',
	'GOOS',
	'GOARCH',
	'GOHOSTOS',
	'GOHOSTARCH',
	'GOEXE',
	'GO111MODULE',
	'GOEXPERIMENT',
	'GODEBUG',
	'GOVCS',
	'GOTELEMETRY',
	'GOTELEMETRYDIR',
	'CGO_ENABLED',
] as const;

/** The proxy variables of the OS environment (go env cannot set them), upper case first. */
export const proxyVariableNames = [
	'HTTP_PROXY',
	'http_proxy',
	'HTTPS_PROXY',
	'https_proxy',
	'ALL_PROXY',
	'all_proxy',
	'NO_PROXY',
	'no_proxy',
] as const;

export type ProxyVariableName = (typeof proxyVariableNames)[number];

/** A proxy variable that is set, and whether go's net/http reads it. */
export type ProxyVariable = {
	readonly name: ProxyVariableName;
	/** As set in the environment. Redact before display (it may carry credentials). */
	readonly value: string;
	/** Whether go uses this variable for its requests. */
	readonly seenByGo: boolean;
	/** Why not, when go ignores it; what it is used for, when go reads it. */
	readonly note: Text;
};

/** What `go version` and `go env -json NAME…` say, and where each shown setting comes from. */
export type GoSnapshot = {
	readonly kind: 'ok';
	/** E.g. `go1.26.8 linux/amd64`. */
	readonly goVersion: string;
	readonly goroot: string;
	/** The GOENV file go reads and `go env -w` writes, or `off` (GOENV=off). */
	readonly goenvFile: string;
	/** Path of the main module's go.mod; `/dev/null` in module mode outside a module; empty in GOPATH mode. */
	readonly goMod: string;
	/** The shown settings: the go settings, then the proxy variables that are set. */
	readonly settings: readonly Setting[];
	/** The proxy variables that are set, with whether go reads them. */
	readonly proxyVariables: readonly ProxyVariable[];
	/** The effective values `go env -json` gives for {@link goEnvNames}. */
	readonly values: Readonly<Record<string, string>>;
	/** The GOENV file's own lines (empty when it does not exist or GOENV=off). */
	readonly goenvFileValues: Readonly<Record<string, string>>;
	/**
	Set when go could not start the toolchain that go.mod or GOTOOLCHAIN asks for (go's own message); the
	snapshot was then read with the local toolchain (GOTOOLCHAIN=local), except GOTOOLCHAIN itself.
	*/
	readonly toolchainSwitchError?: string;
};

/** Go is not installed (not on PATH). */
export type GoMissing = {readonly kind: 'go-missing'; readonly message: string};

/** Go is installed but cannot report its settings: it fails (often on a broken setting, e.g. GOFLAGS), hangs or answers oddly. */
export type GoUnusable = {readonly kind: 'go-unusable'; readonly message: string};

export type ReadGoSettingsOptions = {
	readonly env: Environment;
	readonly cwd: string;
	/** Deadline for each go command. */
	readonly timeoutMs: number;
	readonly signal?: AbortSignal;
};

/**
Runs `go version` and `go env -json NAME…` (at the same time) and works out where each setting comes from, by
go's precedence: a non-empty OS variable, then the GOENV file, then `$GOROOT/go.env`, then go's built-in
default. An OS variable that is set but empty does not count: go falls through to the files.
*/
export async function readGoSettings(system: System, options: ReadGoSettingsOptions): Promise<GoSnapshot | GoMissing | GoUnusable> {
	// One deadline for every go command here: a go that hangs (GOENV a FIFO) is not given it twice.
	const endsAt = system.now() + options.timeoutMs;
	const common = () => ({
		cwd: options.cwd,
		timeoutMs: Math.max(1, Math.round(endsAt - system.now())),
		signal: options.signal,
		parseable: true,
	});
	const ask = async (env: Environment) =>
		Promise.all([
			system.run({file: 'go', args: ['version'], env, ...common()}),
			system.run({file: 'go', args: ['env', '-json', ...goEnvNames], env, ...common()}),
		]);
	let {env} = options;
	let [version, json] = await ask(env);
	let toolchainSwitchError: string | undefined;
	if (!version.missing && !version.canceled && !version.timedOut && version.exitCode !== 0) {
		// Go.mod or GOTOOLCHAIN may ask for another toolchain that go cannot fetch. That is a finding for the
		// reproduction to show, not a reason to call go missing: read the settings with the local toolchain.
		toolchainSwitchError = firstLines(version.stderr) || describeFailure(version, 'go version');
		env = {...options.env, GOTOOLCHAIN: 'local'};
		[version, json] = await ask(env);
	}

	const versionProblem = describeFailure(version, 'go version');
	if (versionProblem !== undefined) {
		return {kind: version.missing ? 'go-missing' : 'go-unusable', message: versionProblem};
	}

	const goVersion = parseGoVersion(version.stdout);
	if (goVersion === undefined) {
		return {kind: 'go-unusable', message: `go version printed something unexpected: ${firstLine(version.stdout)}`};
	}

	const jsonProblem = describeFailure(json, 'go env -json');
	if (jsonProblem !== undefined) {
		return {kind: json.missing ? 'go-missing' : 'go-unusable', message: jsonProblem};
	}

	const values = parseGoEnvJson(json.stdout);
	if (values === undefined) {
		return {kind: 'go-unusable', message: `go env -json printed something that is not JSON: ${firstLine(json.stdout)}`};
	}

	if (toolchainSwitchError !== undefined) {
		// Exactly `go env GOTOOLCHAIN` always runs the local toolchain and prints its reading of the setting.
		const toolchain = await system.run({file: 'go', args: ['env', 'GOTOOLCHAIN'], env: options.env, ...common()});
		if (toolchain.exitCode === 0) {
			values['GOTOOLCHAIN'] = toolchain.stdout.trim();
		}
	}

	const goroot = values['GOROOT'] ?? '';
	const goenvOff = options.env['GOENV'] === 'off';
	const goenvFile = goenvOff ? 'off' : (values['GOENV'] ?? '');
	const userFile = goenvOff || goenvFile === '' ? parseGoEnvFile('') : await readGoEnvFile(system.fs, goenvFile);
	const gorootFile = goroot === '' ? parseGoEnvFile('') : await readGoEnvFile(system.fs, path.join(goroot, 'go.env'));

	const settings: Setting[] = goSettingNames.map((name) => describeSetting(name, values[name] ?? '', options.env, userFile, gorootFile));
	const proxyVariables = describeProxyVariables(options.env);
	for (const variable of proxyVariables) {
		settings.push({name: variable.name, value: variable.value, source: 'environment'});
	}

	return {
		kind: 'ok',
		goVersion,
		goroot,
		goenvFile,
		goMod: values['GOMOD'] ?? '',
		settings,
		proxyVariables,
		values,
		goenvFileValues: userFile.values,
		...(toolchainSwitchError === undefined ? {} : {toolchainSwitchError}),
	};
}

/**
Where one setting's effective value comes from. Exported for callers that already hold the files.
`shadowed` is set when the OS environment hides a value in the GOENV file.
*/
export function describeSetting(
	name: string,
	value: string,
	env: Environment,
	userFile: ParsedGoEnvFile,
	gorootFile: ParsedGoEnvFile,
): Setting {
	const osValue = env[name];
	if (osValue !== undefined && osValue !== '') {
		if (goEnvFileHas(userFile, name)) {
			return {name, value, source: 'environment', shadowed: {source: 'goenv-file', value: userFile.values[name] ?? ''}};
		}

		return {name, value, source: 'environment'};
	}

	let source: SettingSource = 'default';
	if (goEnvFileHas(userFile, name)) {
		source = 'goenv-file';
	} else if (goEnvFileHas(gorootFile, name)) {
		source = 'goroot-env';
	}

	return {name, value, source};
}

/**
The proxy variables that are set (non-empty), and whether go reads them. go's net/http
(golang.org/x/net/http/httpproxy) takes HTTP_PROXY, HTTPS_PROXY and NO_PROXY, each upper case first and
the lower-case form only when the upper-case one is unset or empty; it never reads ALL_PROXY; and in a CGI
environment (REQUEST_METHOD set) it ignores HTTP_PROXY.
*/
export function describeProxyVariables(env: Environment): ProxyVariable[] {
	const result: ProxyVariable[] = [];
	const cgi = (env['REQUEST_METHOD'] ?? '') !== '';
	for (const name of proxyVariableNames) {
		const value = env[name];
		if (value === undefined || value === '') {
			continue;
		}

		const upper = name.toUpperCase();
		if (upper === 'ALL_PROXY') {
			result.push({name, value, seenByGo: false, note: say.go.proxyNotes.allProxy});
			continue;
		}

		if (name !== upper && (env[upper] ?? '') !== '') {
			result.push({name, value, seenByGo: false, note: say.go.proxyNotes.shadowed(upper)});
			continue;
		}

		if (upper === 'HTTP_PROXY' && cgi) {
			result.push({name, value, seenByGo: false, note: say.go.proxyNotes.cgi});
			continue;
		}

		const use =
			upper === 'HTTP_PROXY' ? say.go.proxyNotes.http : upper === 'HTTPS_PROXY' ? say.go.proxyNotes.https : say.go.proxyNotes.noProxy;
		result.push({name, value, seenByGo: true, note: say.go.proxyNotes.used(use)});
	}

	return result;
}

/** `go version go1.26.8 linux/amd64` → `go1.26.8 linux/amd64`. */
export function parseGoVersion(stdout: string): string | undefined {
	const match = /^go version (\S+ \S+)/m.exec(stdout);
	return match?.[1];
}

/** The flat string record of `go env -json`, or undefined when it is not that. */
export function parseGoEnvJson(stdout: string): Record<string, string> | undefined {
	let parsed: unknown;
	try {
		parsed = JSON.parse(stdout);
	} catch {
		return undefined;
	}

	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
		return undefined;
	}

	const values: Record<string, string> = {};
	for (const [key, value] of Object.entries(parsed)) {
		if (typeof value === 'string') {
			values[key] = value;
		}
	}

	return values;
}

/** Reads and parses a GOENV-format file; a missing or unreadable file reads as empty, as go treats it. */
export async function readGoEnvFile(fs: FileSystem, file: string): Promise<ParsedGoEnvFile> {
	try {
		// Only a regular file: reading a FIFO (GOENV pointing at one) would wait for a writer forever.
		if (!(await fs.stat(file)).isFile()) {
			return parseGoEnvFile('');
		}

		return parseGoEnvFile(await fs.readFile(file, 'utf8'));
	} catch {
		return parseGoEnvFile('');
	}
}

function describeFailure(result: CommandResult, what: string): string | undefined {
	if (result.missing) {
		return 'go is not installed or not on PATH';
	}

	if (result.timedOut) {
		return `${what} did not finish in ${Math.round(result.durationMs / 1000)} s`;
	}

	if (result.canceled) {
		return `${what} was canceled`;
	}

	if (result.exitCode !== 0) {
		const detail = firstLine(result.stderr) || result.errorMessage || `exit code ${String(result.exitCode)}`;
		return `${what} failed: ${detail}`;
	}

	return undefined;
}

function firstLines(text: string): string {
	return text.trim().split('\n').slice(0, 5).join('\n');
}

function firstLine(text: string): string {
	return text.trim().split('\n')[0]?.slice(0, 200) ?? '';
}
