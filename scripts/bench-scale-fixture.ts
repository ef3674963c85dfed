/*
The benchmark's scale fixture: a Go module with many requirements, most served by a lab GOPROXY on
127.0.0.1 and some private (GOPRIVATE) on hosts that refuse connections. The private hosts are IP literals
on loopback (127.0.0.2, 127.0.0.3, 127.0.0.4: on Linux the whole 127.0.0.0/8 is the machine itself, and
nothing listens on their port 443), so go fails on them at once, no DNS is ever needed, and go's net/http
never sends loopback through a proxy. go accepts such module paths: `127.0.0.2/priv/m01` fails with
`https fetch: Get "https://127.0.0.2/priv/m01?go-get=1": dial tcp 127.0.0.2:443: connect: connection refused`.

Not a lab scenario (those are in source/lab/scenarios.ts): a generator, so that the benchmark can compare
the 300-requirement case with the same shape at 3 requirements.
*/
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {startGoproxyServer, type GoproxyServer} from '../source/lab/goproxy-server.js';
import {createHermeticGoEnv} from '../source/lab/hermetic-env.js';
import type {LabModule} from '../source/lab/module-zip.js';
import {labGoVersion} from '../source/lab/lab-project.js';
import {offMachineGuard} from '../source/lab/start-lab.js';
import type {Environment} from '../source/system/types.js';

/** Loopback addresses that stand for three private VCS hosts: nothing listens on them. */
export const privateHosts = ['127.0.0.2', '127.0.0.3', '127.0.0.4'] as const;

/** The shape of a scale fixture. */
export type ScaleShape = {
	/** Requirements served by the lab GOPROXY. */
	readonly publicModules: number;
	/** Requirements under GOPRIVATE, spread round-robin over the first `hosts` of {@link privateHosts}. */
	readonly privateModules: number;
	/** How many private hosts, 1 to 3. */
	readonly hosts: number;
};

/** The issue's case: 300 requirements, 50 of them failing across 3 hosts. */
export const largeShape: ScaleShape = {publicModules: 250, privateModules: 50, hosts: 3};

/** The same shape with 3 requirements: one public module, and two private ones failing on two hosts. */
export const smallShape: ScaleShape = {publicModules: 1, privateModules: 2, hosts: 2};

/** A running scale fixture. */
export type ScaleFixture = {
	readonly shape: ScaleShape;
	/** The Go module: run go and gomod-doctor here. */
	readonly dir: string;
	/** The hermetic environment (GOPROXY, GOPRIVATE and GOSUMDB=off in its GOENV file). */
	readonly env: Environment;
	/** Where go keeps downloaded modules: remove it between runs for a cold start. */
	readonly modCache: string;
	readonly proxy: GoproxyServer;
	/** Every requirement, `path version`, in go.mod's order. */
	readonly requirements: readonly string[];
	/** The private module paths, by host. */
	readonly privateByHost: ReadonlyMap<string, readonly string[]>;
	/** Stops the proxy and removes the temporary directory. */
	close(): Promise<void>;
};

/** The public modules of a shape: `example.com/scale/m001` … as small valid modules. */
export function scaleModules(count: number): LabModule[] {
	return Array.from({length: count}, (_, index) => {
		const name = `m${String(index + 1).padStart(3, '0')}`;
		return {
			path: `example.com/scale/${name}`,
			version: 'v1.0.0',
			files: {[`${name}.go`]: `package ${name}\n\n// N is this module's number.\nconst N = ${index + 1}\n`},
		};
	});
}

/** The private module paths of a shape, spread round-robin over its hosts. */
export function privateModulePaths(shape: ScaleShape): string[] {
	return Array.from({length: shape.privateModules}, (_, index) => {
		const host = privateHosts[index % shape.hosts] ?? privateHosts[0];
		return `${host}/priv/p${String(index + 1).padStart(2, '0')}`;
	});
}

/** Go.mod of the fixture's project, as `go mod tidy` would format it. */
export function scaleGoMod(shape: ScaleShape): string {
	const requirements = [...scaleModules(shape.publicModules).map((module) => module.path), ...privateModulePaths(shape)].toSorted();
	return `module example.com/scale/app\n\ngo ${labGoVersion}\n\nrequire (\n${requirements.map((item) => `\t${item} v1.0.0\n`).join('')})\n`;
}

/** Starts the fixture's GOPROXY on 127.0.0.1 and writes the project and its hermetic environment. */
export async function startScaleFixture(
	shape: ScaleShape,
	options: {readonly base?: Environment; readonly root?: string} = {},
): Promise<ScaleFixture> {
	if (shape.hosts < 1 || shape.hosts > privateHosts.length) {
		throw new Error(`a scale fixture has 1 to ${privateHosts.length} private hosts, not ${shape.hosts}`);
	}

	const root = await mkdtemp(path.join(options.root ?? tmpdir(), 'gomod-doctor-scale-'));
	let proxy: GoproxyServer | undefined;
	try {
		proxy = await startGoproxyServer({modules: scaleModules(shape.publicModules)});
		const dir = path.join(root, 'project');
		await mkdir(dir, {recursive: true});
		await writeFile(path.join(dir, 'go.mod'), scaleGoMod(shape));
		const hosts = privateHosts.slice(0, shape.hosts);
		const hermetic = await createHermeticGoEnv({
			root,
			goenv: {GOPROXY: `${proxy.url},direct`, GOPRIVATE: hosts.join(','), GOSUMDB: 'off'},
			// The lab proxy is the only candidate: the default candidates are public proxies on the Internet.
			extra: {GOMOD_DOCTOR_CANDIDATES: proxy.url, ...offMachineGuard},
			...(options.base === undefined ? {} : {base: options.base}),
		});
		const privateByHost = new Map<string, string[]>();
		for (const modulePath of privateModulePaths(shape)) {
			const host = modulePath.split('/')[0] ?? '';
			privateByHost.set(host, [...(privateByHost.get(host) ?? []), modulePath]);
		}

		const running = proxy;
		return {
			shape,
			dir,
			env: hermetic.env,
			modCache: hermetic.env['GOMODCACHE'] ?? path.join(root, 'gopath', 'pkg', 'mod'),
			proxy: running,
			requirements: scaleGoMod(shape)
				.split('\n')
				.filter((line) => line.startsWith('\t'))
				.map((line) => line.trim()),
			privateByHost,
			async close() {
				await running.close();
				await rm(root, {recursive: true, force: true, maxRetries: 5, retryDelay: 100});
			},
		};
	} catch (error) {
		await proxy?.close();
		await rm(root, {recursive: true, force: true});
		throw error;
	}
}
