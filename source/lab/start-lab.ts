import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {Environment} from '../system/types.js';
import {startGoproxyServer, type GoproxyFault, type GoproxyServer} from './goproxy-server.js';
import {createHermeticGoEnv} from './hermetic-env.js';
import {labGoMod, labGoSum, labMainGo} from './lab-project.js';
import {labCanary} from './scenario-kit.js';
import {findScenario, renderGoproxy, type Scenario} from './scenarios.js';

/** A running lab GOPROXY server and its name in the scenario. */
export type LabServer = GoproxyServer & {readonly name: string};

/** A running lab: servers, a Go module that needs them, and a hermetic environment pointing at them. */
export type Lab = {
	readonly scenario: Scenario;
	/** The temporary directory that holds everything; removed by `close()` unless `keep`. */
	readonly root: string;
	/** A Go module (go.mod, go.sum, main.go) that requires the lab modules. Run go here. */
	readonly dir: string;
	/** The hermetic environment: run go with exactly this (do not extend `process.env`). */
	readonly env: Environment;
	/** The GOENV file that holds GOPROXY and GOSUMDB; `go env -w` writes here. */
	readonly goenvFile: string;
	readonly stateDir: string;
	/** The GOPROXY value as written into the GOENV file. */
	readonly goproxy: string;
	/** In the order of the scenario's table entry. */
	readonly servers: readonly LabServer[];
	/** URLs of the working servers offered as replacements (also in GOMOD_DOCTOR_CANDIDATES). */
	readonly candidates: readonly string[];
	/** What the scenario's `setup` handed back for tests (URLs, paths, keys), by name. */
	readonly extras: Readonly<Record<string, string>>;
	/** The server with this name; throws when the scenario has none. */
	server(name: string): LabServer;
	/** Stops the servers (hung connections included) and removes `root` unless `keep`. */
	close(): Promise<void>;
};

export type StartLabOptions = {
	/** The directory in which the lab creates its own temporary directory. @default os.tmpdir() */
	readonly root?: string;
	/** Leave the temporary directory in place after `close()`. @default false */
	readonly keep?: boolean;
	/** Where PATH and the locale come from. @default process.env */
	readonly base?: Environment;
	/**
	Replaces the fault of the named servers: the same scenario at another pace (a test runs the slow download
	faster, the benchmark at its own length).
	*/
	readonly faults?: Readonly<Record<string, GoproxyFault>>;
};

/**
A guard: should go ever fall through to `direct` (it never should in a lab scenario), it would look up the
module's real host. With these, any request that is not to loopback (go never proxies loopback) goes to a
closed port on 127.0.0.1 and fails at once, and no DNS query leaves the machine.
*/
export const offMachineGuard = {
	HTTP_PROXY: 'http://127.0.0.1:1',
	HTTPS_PROXY: 'http://127.0.0.1:1',
} as const;

/**
Starts the servers of a scenario and writes a Go module that depends on them, with a hermetic environment
whose GOENV file holds the scenario's GOPROXY and `GOSUMDB=off`.
*/
export async function startLab(scenarioId: string, options: StartLabOptions = {}): Promise<Lab> {
	const scenario = findScenario(scenarioId);
	if (scenario === undefined) {
		throw new Error(`unknown lab scenario: ${JSON.stringify(scenarioId)}`);
	}

	const root = await mkdtemp(path.join(options.root ?? tmpdir(), 'gomod-doctor-lab-'));
	const started = new Map<string, LabServer>();
	const closers: Array<() => Promise<void>> = [];
	const close = async (): Promise<void> => {
		await Promise.allSettled([...started.values()].map(async (server) => server.close()));
		await Promise.allSettled(closers.map(async (closer) => closer()));
		if (options.keep !== true) {
			// A go that was just killed may still be finishing a write in the cache: retry rather than fail.
			await rm(root, {recursive: true, force: true, maxRetries: 5, retryDelay: 100});
		}
	};

	try {
		// Listening servers first, closed ports last: a closed port is free, and the kernel must not hand it to
		// one of this lab's own servers afterwards. One at a time, so that `close()` knows exactly what runs.
		const order = scenario.servers.toSorted((a, b) => Number(a.fault.kind === 'closed') - Number(b.fault.kind === 'closed'));
		for (const spec of order) {
			// eslint-disable-next-line no-await-in-loop -- one at a time, so that close() knows exactly what runs
			const server = await startGoproxyServer({
				fault: options.faults?.[spec.name] ?? spec.fault,
				...(spec.modules === undefined ? {} : {modules: spec.modules}),
			});
			started.set(spec.name, Object.assign(server, {name: spec.name}));
		}

		const servers = scenario.servers.map((spec) => started.get(spec.name)).filter((server) => server !== undefined);

		const urls = new Map(servers.map((server) => [server.name, server.url]));
		const rendered = renderGoproxy(scenario.goproxy, urls);
		const dir = path.join(root, 'project');
		await writeLabProject(dir);
		const setup = scenario.setup === undefined ? {} : await scenario.setup({root, dir, urls, goproxy: rendered});
		if (setup.close !== undefined) {
			closers.push(setup.close);
		}

		await Promise.all(
			Object.entries(setup.files ?? {}).map(async ([file, content]) => {
				const target = path.join(dir, file);
				await mkdir(path.dirname(target), {recursive: true});
				await writeFile(target, content);
			}),
		);
		const goenv = {GOPROXY: rendered, GOSUMDB: 'off', ...setup.goenv};
		const goproxy = goenv.GOPROXY;
		const candidates = setup.candidates ?? scenario.candidates.map((name) => urls.get(name) ?? '');
		const hermetic = await createHermeticGoEnv({
			root,
			goenv,
			extra: {GOMOD_DOCTOR_CANDIDATES: candidates.join(','), GOMOD_DOCTOR_CANARY: labCanary, ...offMachineGuard, ...setup.env},
			...(options.base === undefined ? {} : {base: options.base}),
		});
		const env: Record<string, string | undefined> = {...hermetic.env};
		for (const name of setup.unsetEnv ?? []) {
			delete env[name];
		}

		return {
			scenario,
			root,
			dir,
			env,
			goenvFile: hermetic.goenvFile,
			stateDir: hermetic.stateDir,
			goproxy,
			servers,
			candidates,
			extras: setup.extras ?? {},
			server(name) {
				const found = servers.find((server) => server.name === name);
				if (found === undefined) {
					throw new Error(`lab scenario ${scenario.id} has no server named ${JSON.stringify(name)}`);
				}

				return found;
			},
			close,
		};
	} catch (error) {
		await close();
		throw error;
	}
}

/** Writes go.mod, go.sum and main.go of the lab project into `dir`. */
async function writeLabProject(dir: string): Promise<void> {
	await mkdir(dir, {recursive: true});
	await Promise.all([
		writeFile(path.join(dir, 'go.mod'), labGoMod()),
		writeFile(path.join(dir, 'go.sum'), labGoSum()),
		writeFile(path.join(dir, 'main.go'), labMainGo()),
	]);
}
