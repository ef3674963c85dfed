/**
Lab scenarios of the module flowcharts: a version the proxy does not have, a corrupted and an unwritable module
cache, a go.mod that asks for a Go toolchain nobody serves, and a go.sum without the lines the build needs. Each
runs the real go against the lab's GOPROXY (no `direct`, so go reports the proxy's answer instead of trying the
module's host).
*/
import {chmod, mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {hashModuleZip} from '../dirhash.js';
import {labModules} from '../lab-modules.js';
import {buildModuleArtifacts} from '../module-zip.js';
import {defineScenario, good, type LabSetupInput} from '../scenario-kit.js';

/** The version of example.com/lab/greet that not-found-version requires: the lab has v1.1.0 and v1.2.0. */
export const missingGreetVersion = 'v1.3.0';

/** The Go version toolchain-missing's go.mod asks for (no such Go exists). */
export const missingGoVersion = '1.99';

/** The module GOMODCACHE of a lab (where createHermeticGoEnv puts it). */
function labModcache(root: string): string {
	return path.join(root, 'gopath', 'pkg', 'mod');
}

async function editGoMod(input: LabSetupInput, edit: (text: string) => string): Promise<string> {
	return edit(await readFile(path.join(input.dir, 'go.mod'), 'utf8'));
}

/**
Writes example.com/lab/greet v1.2.0 into the download cache with its zip cut to 100 bytes (and its hash file
left as it was), and no extracted directory: go trusts the cached download and fails to unzip it, while a
download with an empty cache works.
*/
async function corruptCachedZip(root: string): Promise<string> {
	const module = labModules.find((item) => item.path === 'example.com/lab/greet' && item.version === 'v1.2.0')!;
	const artifacts = buildModuleArtifacts(module);
	const dir = path.join(labModcache(root), 'cache', 'download', 'example.com', 'lab', 'greet', '@v');
	await mkdir(dir, {recursive: true});
	await Promise.all([
		writeFile(path.join(dir, 'list'), 'v1.2.0\n'),
		writeFile(path.join(dir, 'v1.2.0.info'), artifacts.info),
		writeFile(path.join(dir, 'v1.2.0.mod'), artifacts.mod),
		writeFile(path.join(dir, 'v1.2.0.zip'), artifacts.zip.slice(0, 100)),
		writeFile(path.join(dir, 'v1.2.0.ziphash'), `${hashModuleZip(artifacts.zip)}\n`),
	]);
	return path.join(dir, 'v1.2.0.zip');
}

/** The module-cache scenarios, for the table in scenarios.ts. */
export const moduleCacheScenarios = [
	defineScenario({
		id: 'not-found-version',
		description: `go.mod requires example.com/lab/greet ${missingGreetVersion}, which the proxy does not have: not-found; go get the nearest version (v1.2.0).`,
		servers: [good],
		goproxy: '{good}',
		candidates: ['good'],
		expected: {category: 'not-found'},
		goSays: '404 Not Found',
		async setup(input) {
			return {
				files: {
					'go.mod': await editGoMod(input, (text) =>
						text.replace('example.com/lab/greet v1.2.0', `example.com/lab/greet ${missingGreetVersion}`),
					),
				},
			};
		},
	}),
	defineScenario({
		id: 'cache-corrupt',
		description: 'A module zip in the module cache is truncated (go trusts its cache and cannot unzip it): cache; go clean -modcache.',
		servers: [good],
		goproxy: '{good}',
		candidates: ['good'],
		expected: {category: 'cache'},
		goSays: 'zip: not a valid zip file',
		async setup(input) {
			const zip = await corruptCachedZip(input.root);
			return {extras: {corruptZip: zip, modcache: labModcache(input.root)}};
		},
	}),
	defineScenario({
		id: 'cache-readonly',
		description: 'GOMODCACHE (set with go env -w) cannot be written: cache; point GOMODCACHE at a writable directory.',
		servers: [good],
		goproxy: '{good}',
		candidates: ['good'],
		expected: {category: 'cache'},
		goSays: 'could not create module cache',
		async setup(input) {
			// Root ignores permission bits: there, the cache's parent is a regular file, which no one can write into.
			const asRoot = process.getuid?.() === 0;
			const blocked = path.join(input.root, asRoot ? 'not-a-directory' : 'read-only');
			if (asRoot) {
				await writeFile(blocked, 'a file where the module cache directory should be\n');
			} else {
				await mkdir(blocked, {recursive: true});
				await chmod(blocked, 0o555);
			}

			const modcache = path.join(blocked, 'mod');
			return {
				goenv: {GOMODCACHE: modcache},
				// The hermetic environment sets GOMODCACHE in the OS environment, which would hide the GOENV file's value.
				unsetEnv: ['GOMODCACHE'],
				extras: {modcache, writable: labModcache(input.root)},
				async close() {
					if (!asRoot) {
						await chmod(blocked, 0o755).catch(() => undefined);
					}
				},
			};
		},
	}),
	defineScenario({
		id: 'toolchain-missing',
		description: `go.mod says go ${missingGoVersion}; GOTOOLCHAIN=auto makes go download it, and the proxy has no such toolchain: toolchain.`,
		servers: [good],
		goproxy: '{good}',
		candidates: ['good'],
		expected: {category: 'toolchain'},
		goSays: 'toolchain not available',
		async setup(input) {
			return {
				files: {'go.mod': await editGoMod(input, (text) => text.replace(/^go \S+$/m, `go ${missingGoVersion}`))},
				env: {GOTOOLCHAIN: 'auto'},
			};
		},
	}),
	defineScenario({
		id: 'go-sum-missing',
		description:
			'go.sum is empty: go mod download works (and records go.mod hashes), go build fails with missing go.sum entry: go-sum-missing; go mod tidy.',
		servers: [good],
		goproxy: '{good}',
		candidates: ['good'],
		expected: {category: 'go-sum-missing'},
		async setup() {
			return {files: {'go.sum': ''}};
		},
	}),
];
