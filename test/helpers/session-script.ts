/**
Scripted sessions for the wizard's tests: the events of a real diagnosis (built with the real walk reducer,
settings logic and reproduction reader, fed with recorded probe results and go output), and fake
`SessionActions` that emit them step by step while the test watches the frames.
*/
import {connectivityFlow} from '../../source/flowcharts/connectivity/index.js';
import type {WalkSubject} from '../../source/flow/define-flow.js';
import {pendingProbe, startWalk, stepWalk, type Walk} from '../../source/flow/walk.js';
import {parseGoEnvFile} from '../../source/go/parse-goenv-file.js';
import {parseGoproxyList, type ProxyEntry} from '../../source/go/parse-goproxy-list.js';
import {describeProxyVariables, describeSetting, goSettingNames, type GoSnapshot} from '../../source/go/read-go-settings.js';
import {reproduceDownload, type Reproduction} from '../../source/go/reproduce-download.js';
import type {Evidence, Fix} from '../../source/model/report.js';
import type {SessionEvent, SessionState} from '../../source/session/reduce-session.js';
import type {FixOutcome, SessionActions, UndoOutcome} from '../../source/session/session-actions.js';
import {nodeFileSystem} from '../../source/system/file-system.js';
import type {CommandResult, Environment, System} from '../../source/system/types.js';
import {deferred, type Deferred} from './ink.js';
import {english} from './text.js';

/** The module the proxy-down lab asks for. */
export const labModule = 'example.com/lab/hello';
export const labVersion = 'v1.0.0';
export const goenvFilePath = '/home/dev/.config/go/env';
export const defaultGoproxy = 'http://127.0.0.1:41001,http://127.0.0.1:41002,direct';
export const candidateProxy = 'http://127.0.0.1:41003';

export type ProxyDownOptions = {
	/** GOPROXY; its first entry refuses connections, the others work. @default defaultGoproxy */
	readonly goproxy?: string;
	/** GOPROXY is also set in the OS environment (to the same value), shadowing the GOENV file. @default false */
	readonly shadowed?: boolean;
	/** More OS environment variables (e.g. proxy variables). */
	readonly env?: Environment;
};

/** A diagnosis, as its events arrive: `batches[0]` at once, each next batch when the test releases it. */
export type ProxyDownScenario = {
	readonly snapshot: GoSnapshot;
	readonly reproduction: Reproduction;
	readonly walks: readonly Walk[];
	readonly batches: ReadonlyArray<readonly SessionEvent[]>;
	/** Every event in order. */
	readonly events: readonly SessionEvent[];
};

/**
The proxy-down scenario: the first GOPROXY entry refuses connections, the second and a candidate work.
Settings come from the GOENV file; the reproduction fails with go's real message for a refused proxy; each
walk is the real connectivity walk, stepped with recorded probe results.
*/
export async function proxyDownScenario(options: ProxyDownOptions = {}): Promise<ProxyDownScenario> {
	const goproxy = options.goproxy ?? defaultGoproxy;
	const entries = parseGoproxyList(goproxy).entries.filter((entry): entry is ProxyEntry & {kind: 'url'} => entry.kind === 'url');
	const broken = entries[0];
	if (broken === undefined) {
		throw new Error(`GOPROXY ${goproxy} has no URL entry`);
	}

	const snapshot = goSnapshot(goproxy, options);
	const reproduction = await reproduceDownload(recordedGo(broken), {
		env: {},
		cwd: '/home/dev/hello',
		module: `${labModule}@${labVersion}`,
		timeoutMs: 10_000,
	});

	const subjects = [
		...entries.map((entry, index) => ({
			subject: subjectOf(entry),
			role: 'goproxy' as const,
			entryIndex: index,
			works: index > 0,
			listMs: 12 + index * 3,
		})),
		{
			subject: subjectOf(parseGoproxyList(candidateProxy).entries[0] as ProxyEntry & {kind: 'url'}),
			role: 'candidate' as const,
			entryIndex: undefined,
			works: true,
			listMs: 30,
		},
	];
	let clock = 0;
	const at = () => new Date(Date.UTC(2026, 10, 25, 15, 0, 0, clock++ * 10)).toISOString();

	const batches: SessionEvent[][] = [];
	const first: SessionEvent[] = [
		{type: 'settings', at: at(), snapshot},
		{type: 'reproduction-started', at: at(), argv: ['go', 'mod', 'download', '-json', `${labModule}@${labVersion}`]},
	];
	let walks = subjects.map(({subject, role}, index) => startWalk(connectivityFlow, `${role}-${index}`, subject));
	for (const [index, walk] of walks.entries()) {
		const {role, entryIndex} = subjects[index]!;
		first.push({type: 'walk-started', at: at(), walk, role, ...(entryIndex === undefined ? {} : {entryIndex})});
	}

	const probeStarts = () =>
		walks.flatMap((walk): SessionEvent[] => {
			const pending = pendingProbe(connectivityFlow, walk);
			return pending === undefined
				? []
				: [{type: 'probe-started', at: at(), walkId: walk.id, node: pending.node, question: pending.question}];
		});
	first.push(...probeStarts());
	batches.push(first);

	// One round per probe: every walk that waits on a probe gets its result, then the next probes start.
	for (let round = 0; walks.some((walk) => walk.phase === 'probing'); round++) {
		const batch: SessionEvent[] = [];
		walks = walks.map((walk, index) => {
			const pending = pendingProbe(connectivityFlow, walk);
			if (pending === undefined) {
				return walk;
			}

			const {subject, works, listMs} = subjects[index]!;
			const stepped = stepWalk(connectivityFlow, walk, {
				type: 'probe-finished',
				node: pending.node,
				evidence: evidenceFor(pending.probe, subject, works, listMs),
			});
			batch.push({type: 'walk-stepped', at: at(), walk: stepped});
			return stepped;
		});
		if (round === 0) {
			batch.push({type: 'reproduction-finished', at: at(), reproduction});
		}

		batch.push(...probeStarts());
		batches.push(batch);
	}

	batches.push([{type: 'diagnosis-finished', at: at(), durationMs: 1234}]);
	return {snapshot, reproduction, walks, batches, events: batches.flat()};
}

function subjectOf(entry: ProxyEntry & {kind: 'url'}): WalkSubject {
	return {label: entry.raw, url: entry.url, scheme: entry.scheme, host: entry.host, port: entry.port, module: labModule};
}

function isIp(host: string): boolean {
	return /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host);
}

/** What the probes recorded for a proxy that refuses connections (`works: false`) or one that works. */
function evidenceFor(probe: string, subject: WalkSubject, works: boolean, listMs: number): Evidence {
	const {host, port} = subject;
	switch (probe) {
		case 'dns': {
			return isIp(host)
				? {
						probe: 'dns',
						tool: 'node:dns',
						command: `resolve ${host}`,
						outcome: 'ip-literal',
						summary: `${host} is an IP address: nothing to resolve`,
						durationMs: 0,
					}
				: {
						probe: 'dns',
						tool: 'getent',
						command: `getent ahosts ${host}`,
						argv: ['getent', 'ahosts', host],
						outcome: 'resolved',
						summary: `${host} resolves to 10.20.30.40`,
						exitCode: 0,
						durationMs: 4,
						output: `10.20.30.40     STREAM ${host}`,
					};
		}

		case 'ping': {
			return {
				probe: 'ping',
				tool: 'ping',
				command: `ping -c 1 -W 2 ${host}`,
				argv: ['ping', '-c', '1', '-W', '2', host],
				outcome: 'reply',
				summary: `${host} answers ping (0.05 ms)`,
				exitCode: 0,
				durationMs: 2,
				output: `PING ${host} (${host}) 56(84) bytes of data.\n64 bytes from ${host}: icmp_seq=1 ttl=64 time=0.05 ms`,
			};
		}

		case 'tcp': {
			const argv = ['nc', '-z', '-v', '-w', '3', host, String(port)];
			return works
				? {
						probe: 'tcp',
						tool: 'nc',
						command: argv.join(' '),
						argv,
						outcome: 'open',
						summary: `port ${port} on ${host} is open`,
						exitCode: 0,
						durationMs: 1,
						output: `Connection to ${host} ${port} port [tcp/*] succeeded!`,
					}
				: {
						probe: 'tcp',
						tool: 'nc',
						command: argv.join(' '),
						argv,
						outcome: 'refused',
						summary: `port ${port} on ${host} refuses connections`,
						exitCode: 1,
						durationMs: 1,
						output: `nc: connect to ${host} port ${port} (tcp) failed: Connection refused`,
					};
		}

		case 'tls': {
			return {
				probe: 'tls',
				tool: 'node:tls',
				command: `tls ${host}:${port}`,
				outcome: 'ok',
				summary: 'the certificate chain verifies',
				durationMs: 8,
			};
		}

		case 'http-list': {
			return {
				probe: 'http',
				tool: 'undici',
				command: `GET ${subject.url}/${labModule}/@v/list`,
				outcome: 'ok',
				summary: `200 OK: ${labVersion}`,
				durationMs: listMs,
				output: labVersion,
			};
		}

		default: {
			throw new Error(`no recorded evidence for the probe ${probe}`);
		}
	}
}

function goSnapshot(goproxy: string, options: ProxyDownOptions): GoSnapshot {
	const env: Environment = {...options.env, ...(options.shadowed ? {GOPROXY: goproxy} : {})};
	const userFile = parseGoEnvFile(`GOPROXY=${goproxy}\nGOSUMDB=off\n`);
	const gorootFile = parseGoEnvFile('GOPROXY=https://proxy.golang.org,direct\nGOSUMDB=sum.golang.org\nGOTOOLCHAIN=auto\n');
	const values: Record<string, string> = {
		GOPROXY: goproxy,
		GONOPROXY: '',
		GOPRIVATE: '',
		GONOSUMDB: '',
		GOSUMDB: 'off',
		GOFLAGS: '',
		GOTOOLCHAIN: 'auto',
		GOMODCACHE: '/home/dev/go/pkg/mod',
		GOINSECURE: '',
		GOAUTH: 'netrc',
		GOENV: goenvFilePath,
		GOROOT: '/usr/local/go',
		GOMOD: '/home/dev/hello/go.mod',
	};
	const settings = goSettingNames.map((name) => describeSetting(name, values[name] ?? '', env, userFile, gorootFile));
	const proxyVariables = describeProxyVariables(env);
	return {
		kind: 'ok',
		goVersion: 'go1.26.8 linux/amd64',
		goroot: '/usr/local/go',
		goenvFile: goenvFilePath,
		goMod: '/home/dev/hello/go.mod',
		settings: [
			...settings,
			...proxyVariables.map((variable) => ({name: variable.name, value: variable.value, source: 'environment' as const})),
		],
		proxyVariables,
		values,
		goenvFileValues: userFile.values,
	};
}

/** A `System` whose go answers `go mod download -json` as go 1.26 did for a refused first proxy. */
function recordedGo(broken: ProxyEntry & {kind: 'url'}): System {
	const error = `${labModule}@${labVersion}: Get "${broken.url}/${labModule}/@v/${labVersion}.info": dial tcp ${broken.host}:${broken.port}: connect: connection refused`;
	const stdout = `${JSON.stringify({Path: labModule, Version: labVersion, Error: error}, undefined, '\t')}\n`;
	const run = async (spec: {file: string; args: readonly string[]}): Promise<CommandResult> => ({
		argv: [spec.file, ...spec.args],
		exitCode: 1,
		stdout,
		stderr: '',
		timedOut: false,
		canceled: false,
		missing: false,
		durationMs: 87,
	});
	const unused = () => {
		throw new Error('the recorded go runs no network checks');
	};

	return {run, http: unused, net: {resolve: unused, connect: unused, tlsHandshake: unused}, fs: nodeFileSystem, now: () => 0};
}

/** What the scripted actions were asked to do. */
export type ScriptCalls = {
	diagnose: number;
	readonly applyFix: Fix[];
	undo: number;
	readonly exports: SessionState[];
	/** The signals the actions were given, in call order. */
	readonly signals: AbortSignal[];
};

export type ScriptOptions = {
	readonly batches: ReadonlyArray<readonly SessionEvent[]>;
	/** Emit the batches only when `advance()` is called (all at once otherwise). @default false */
	readonly stepwise?: boolean;
	readonly redact: (text: string) => string;
	/** @default fixed */
	readonly fixOutcome?: FixOutcome;
	/** Emit `fix-finished` and `undone` as the real actions do (the wizard must then not record them again). @default false */
	readonly recordsItself?: boolean;
	/** Hold applyFix until this resolves (to see its spinner). */
	readonly applyGate?: Deferred<void>;
	/** @default restored */
	readonly undoOutcome?: UndoOutcome;
	readonly exportPaths?: {readonly markdownPath: string; readonly jsonPath: string};
};

export type ScriptedActions = {
	readonly actions: SessionActions;
	readonly calls: ScriptCalls;
	/** Releases the next batch of diagnosis events (stepwise scripts). */
	readonly advance: () => void;
};

export const exportPaths = {
	markdownPath: '/home/dev/.local/state/gomod-doctor/transcript-20261125-150000.md',
	jsonPath: '/home/dev/.local/state/gomod-doctor/transcript-20261125-150000.json',
} as const;

/** Fake actions that play a scenario and answer fixes, undo and exports as the real ones would. */
export function scriptedActions(options: ScriptOptions): ScriptedActions {
	const calls: ScriptCalls = {diagnose: 0, applyFix: [], undo: 0, exports: [], signals: []};
	const gates = options.batches.slice(1).map(() => deferred());
	let released = 0;
	let clock = 0;
	const at = () => new Date(Date.UTC(2026, 10, 25, 15, 1, 0, clock++ * 10)).toISOString();

	const actions: SessionActions = {
		async diagnose(emit, signal) {
			calls.diagnose++;
			calls.signals.push(signal);
			for (const [index, batch] of options.batches.entries()) {
				if (index > 0 && options.stepwise) {
					await gates[index - 1]!.promise;
				}

				if (signal.aborted) {
					return;
				}

				for (const event of batch) {
					emit(event);
				}
			}
		},
		async applyFix(fix, emit, signal) {
			calls.applyFix.push(fix);
			calls.signals.push(signal);
			await options.applyGate?.promise;
			const outcome: FixOutcome = options.fixOutcome ?? {
				status: 'fixed',
				summary: 'go mod download -json now succeeds (0.1 s).',
				journalId: 'j-1',
			};
			emit({
				type: 'command-finished',
				at: at(),
				title: `Apply: ${english(fix.title)}`,
				argv: fix.argv ?? [],
				exitCode: outcome.status === 'failed' ? 1 : 0,
				timedOut: false,
				durationMs: 9,
				output: '',
			});
			if (options.recordsItself) {
				emit({
					type: 'fix-finished',
					at: at(),
					fix,
					status: outcome.status === 'shadowed' ? 'shadowed' : outcome.status === 'failed' ? 'failed' : 'applied',
					detail: outcome.summary,
				});
			}

			if (outcome.status === 'fixed' || outcome.status === 'not-fixed') {
				emit({type: 'verified', at: at(), ok: outcome.status === 'fixed', summary: outcome.summary});
			}

			return outcome;
		},
		async undo(emit, signal) {
			calls.undo++;
			calls.signals.push(signal);
			const outcome: UndoOutcome = options.undoOutcome ?? {
				ok: true,
				summary: 'Restored GOPROXY; the GOENV file is byte for byte as before.',
				nothingToUndo: false,
			};
			if (options.recordsItself) {
				emit({type: 'undone', at: at(), ok: outcome.ok, summary: outcome.summary});
			}

			return outcome;
		},
		async exportTranscript(state) {
			calls.exports.push(state);
			return options.exportPaths ?? exportPaths;
		},
		redact: options.redact,
	};

	return {
		actions,
		calls,
		advance() {
			const gate = gates[released++];
			if (gate === undefined) {
				throw new Error('every batch was already released');
			}

			gate.resolve();
		},
	};
}
