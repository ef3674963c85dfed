import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {Environment} from '../system/types.js';

/**
Variables that would let the machine's own settings leak into a hermetic run, or that would send
traffic somewhere other than the lab. They are left out of every hermetic environment.
*/
const leakyVariables = [
	'GOPROXY',
	'GONOPROXY',
	'GOPRIVATE',
	'GONOSUMDB',
	'GONOSUMCHECK',
	'GOSUMDB',
	'GOINSECURE',
	'GOAUTH',
	'GOFLAGS',
	'GOTOOLCHAIN',
	'GOENV',
	'GOMODCACHE',
	'GOPATH',
	'GOCACHE',
	'GOROOT',
	'GOWORK',
	'GO111MODULE',
	'HTTP_PROXY',
	'HTTPS_PROXY',
	'ALL_PROXY',
	'NO_PROXY',
	'http_proxy',
	'https_proxy',
	'all_proxy',
	'no_proxy',
	// Credentials and trust go and git would read from the machine: the lab brings its own.
	'NETRC',
	'SSL_CERT_FILE',
	'SSL_CERT_DIR',
	'GIT_SSL_CAINFO',
	'GIT_CONFIG_GLOBAL',
	'GIT_ASKPASS',
	'SSH_ASKPASS',
] as const;

export type HermeticGoEnvOptions = {
	/** A fresh directory that holds HOME, the GOENV file, the caches and GOPATH. */
	readonly root: string;
	/** Written into the GOENV file (not the OS environment), so that `go env -w` can change it. */
	readonly goenv?: Readonly<Record<string, string>>;
	/** Set in the OS environment of the run (they shadow the GOENV file, as in real life). */
	readonly extra?: Environment;
	/** Where PATH and the locale come from. @default process.env */
	readonly base?: Environment;
};

export type HermeticGoEnv = {
	readonly env: Environment;
	readonly home: string;
	/** The GOENV file that `go env -w` writes. */
	readonly goenvFile: string;
	/** Where gomod-doctor keeps its journal and transcripts in this environment. */
	readonly stateDir: string;
};

/**
Builds an environment in which `go` reads and writes nothing of the machine's own settings:
a temporary HOME, GOENV, GOMODCACHE, GOPATH and GOCACHE; GOFLAGS empty; GOTOOLCHAIN=local.
*/
export async function createHermeticGoEnv(options: HermeticGoEnvOptions): Promise<HermeticGoEnv> {
	const base = options.base ?? process.env;
	const home = path.join(options.root, 'home');
	const goenvFile = path.join(options.root, 'goenv', 'env');
	const stateDir = path.join(options.root, 'state');
	await Promise.all([
		mkdir(home, {recursive: true}),
		mkdir(path.dirname(goenvFile), {recursive: true}),
		mkdir(stateDir, {recursive: true}),
	]);

	const lines = Object.entries(options.goenv ?? {}).map(([key, value]) => `${key}=${value}\n`);
	// Go's telemetry off (as `go telemetry off` writes it): nothing of go's keeps writing under HOME while a
	// lab or a test removes it.
	const telemetry = path.join(home, '.config', 'go', 'telemetry');
	await mkdir(telemetry, {recursive: true});
	await Promise.all([writeFile(goenvFile, lines.join('')), writeFile(path.join(telemetry, 'mode'), 'off')]);

	const env: Record<string, string | undefined> = {};
	for (const [key, value] of Object.entries(base)) {
		if (!(leakyVariables as readonly string[]).includes(key) && !key.startsWith('GOMOD_DOCTOR_')) {
			env[key] = value;
		}
	}

	Object.assign(env, {
		HOME: home,
		XDG_CONFIG_HOME: path.join(home, '.config'),
		XDG_CACHE_HOME: path.join(home, '.cache'),
		XDG_STATE_HOME: path.join(home, '.local', 'state'),
		GOENV: goenvFile,
		GOMODCACHE: path.join(options.root, 'gopath', 'pkg', 'mod'),
		GOPATH: path.join(options.root, 'gopath'),
		GOCACHE: path.join(options.root, 'gocache'),
		GOFLAGS: '',
		GOTOOLCHAIN: 'local',
		GOMOD_DOCTOR_STATE_DIR: stateDir,
		GIT_TERMINAL_PROMPT: '0',
		...options.extra,
	});

	return {env, home, goenvFile, stateDir};
}
