import {access, mkdir, readFile, symlink, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {startGoproxyServer} from '../goproxy-server.js';
import {labModules} from '../lab-modules.js';
import {labCaCertificate} from '../lab-tls.js';
import type {LabModule} from '../module-zip.js';
import {corpHost, startPrivateHost} from '../private-host-server.js';
import {startRefusingSumdb} from '../refusing-sumdb-server.js';
import {defineScenario, good, type LabSetup, type LabSetupInput, type Scenario} from '../scenario-kit.js';

/** The private module of the lab's company host. */
export const privateModule: LabModule = {
	path: `${corpHost}/team/secret`,
	version: 'v1.0.0',
	files: {
		'secret.go':
			'package secret\n\n// Secret is what only the team may read.\nfunc Secret() string {\n\treturn "the private lab module"\n}\n',
	},
};

/** The login and token the private host of `private-401` accepts (a test types them into the wizard). */
export const privateLogin = 'gopher';
export const privateToken = 'glpat-LabToken0123456789abcdef';

/** A module whose go.mod declares another path: it was renamed. */
const renamedModule: LabModule = {
	path: 'example.com/lab/oldname',
	version: 'v1.0.0',
	files: {
		'go.mod': 'module example.com/lab/newname\n\ngo 1.22\n',
		'name.go': 'package oldname\n\n// Name is the module\'s name.\nfunc Name() string {\n\treturn "renamed"\n}\n',
	},
};

/** A module on github.com that the lab fetches "directly" (GOPRIVATE): go needs git for it before any request. */
const githubModule = 'github.com/gomod-doctor-lab/tool';

/** The project's go.mod plus one more requirement (go.sum keeps only the public modules' lines). */
function goModWith(base: string, requirement: string): string {
	return base.replace('require (\n', `require (\n\t${requirement}\n`);
}

/**
The lab's private host reached as go reaches a real one: HTTPS_PROXY is a proxy that tunnels to *.corp.example
only (so `direct` really works for the private path, and nothing else leaves the machine), and go and git trust
the lab CA (SSL_CERT_FILE, GIT_SSL_CAINFO).
*/
async function privateWorld(
	input: LabSetupInput,
	options: {readonly auth: boolean; readonly goenv: Readonly<Record<string, string>>; readonly sumdb: boolean},
): Promise<LabSetup> {
	const host = await startPrivateHost({modules: [privateModule], ...(options.auth ? {login: privateLogin, token: privateToken} : {})});
	const sumdb = options.sumdb ? await startRefusingSumdb() : undefined;
	const caFile = path.join(input.root, 'lab-ca.pem');
	await writeFile(caFile, labCaCertificate);
	const goMod = await readFile(path.join(input.dir, 'go.mod'), 'utf8');
	return {
		goenv: {...options.goenv, ...(sumdb === undefined ? {} : {GOSUMDB: sumdb.gosumdb})},
		env: {HTTPS_PROXY: host.proxyUrl, SSL_CERT_FILE: caFile, GIT_SSL_CAINFO: caFile},
		// The machine's own NETRC must not be read: go reads the lab HOME's .netrc.
		unsetEnv: ['NETRC'],
		files: {'go.mod': goModWith(goMod, `${privateModule.path} ${privateModule.version}`)},
		extras: {proxyUrl: host.proxyUrl, caFile, ...(sumdb === undefined ? {} : {sumdbUrl: sumdb.url}), login: privateLogin},
		async close() {
			await Promise.all([host.close(), sumdb?.close()]);
		},
	};
}

/** A PATH with go (and the probes' tools) but no git: a directory of links to each found on `basePath`. */
async function pathWithoutGit(root: string, basePath: string): Promise<string> {
	const bin = path.join(root, 'bin-without-git');
	await mkdir(bin, {recursive: true});
	for (const tool of ['go', 'gofmt', 'ping', 'nc', 'openssl', 'getent']) {
		for (const directory of basePath.split(path.delimiter).filter((item) => item !== '')) {
			const candidate = path.join(directory, tool);
			try {
				// eslint-disable-next-line no-await-in-loop
				await access(candidate);
				// eslint-disable-next-line no-await-in-loop
				await symlink(candidate, path.join(bin, tool));
				break;
			} catch {
				// Not here (or already linked).
			}
		}
	}

	return bin;
}

/** Private modules (§2.5, §3.3), a direct fetch without git, and a module that declares another path. */
export const privateVcsScenarios = [
	defineScenario({
		id: 'private-401',
		description: `A private module on ${corpHost} (GOPRIVATE set): the host wants credentials and .netrc has none (401); fix: a .netrc entry.`,
		servers: [good],
		goproxy: '{good},direct',
		candidates: ['good'],
		expected: {category: 'private-auth'},
		goSays: '401 Unauthorized',
		setup: async (input) => privateWorld(input, {auth: true, sumdb: false, goenv: {GOPRIVATE: corpHost}}),
	}),
	defineScenario({
		id: 'private-no-goprivate',
		description: `A private module on ${corpHost} without GOPRIVATE: go asks the public proxy (404) and the checksum database (404); fix: GOPRIVATE.`,
		servers: [good],
		goproxy: '{good},direct',
		candidates: ['good'],
		expected: {category: 'private-auth'},
		goSays: 'verifying go.mod',
		setup: async (input) => privateWorld(input, {auth: false, sumdb: true, goenv: {}}),
	}),
	defineScenario({
		id: 'vcs-no-git',
		description: `A module fetched directly from github.com (GOPRIVATE) with no git on PATH: go cannot run git; install git (nothing the lab can fix).`,
		servers: [good],
		goproxy: '{good},direct',
		candidates: ['good'],
		expected: {category: 'vcs'},
		goSays: 'exec: "git": executable file not found',
		async setup(input) {
			const goMod = await readFile(path.join(input.dir, 'go.mod'), 'utf8');
			const bin = await pathWithoutGit(input.root, process.env['PATH'] ?? '');
			return {
				goenv: {GOPRIVATE: 'github.com/gomod-doctor-lab'},
				env: {PATH: bin},
				files: {'go.mod': goModWith(goMod, `${githubModule} v1.0.0`)},
				extras: {bin},
			};
		},
	}),
	defineScenario({
		id: 'module-path-mismatch',
		description: 'example.com/lab/oldname declares its path as example.com/lab/newname (it was renamed): require and import the new path.',
		servers: [good],
		goproxy: '{good}',
		candidates: ['good'],
		expected: {category: 'module-path'},
		goSays: 'module declares its path as',
		async setup(input) {
			const proxy = await startGoproxyServer({modules: [...labModules, renamedModule]});
			const goMod = await readFile(path.join(input.dir, 'go.mod'), 'utf8');
			const main = await readFile(path.join(input.dir, 'main.go'), 'utf8');
			return {
				goenv: {GOPROXY: proxy.url},
				candidates: [proxy.url],
				files: {
					'go.mod': goModWith(goMod, `${renamedModule.path} ${renamedModule.version}`),
					'main.go': main.replace('import (\n', `import (\n\t_ "${renamedModule.path}"\n`),
				},
				extras: {proxyUrl: proxy.url},
				close: async () => proxy.close(),
			};
		},
	}),
] as const satisfies readonly Scenario[];
