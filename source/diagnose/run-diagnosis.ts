import path from 'node:path';
import {sameUrl} from '../fixes/fix-goproxy-order.js';
import type {WalkSubject} from '../flow/define-flow.js';
import {connectivityFlow} from '../flowcharts/connectivity/index.js';
import type {Walk} from '../flow/walk.js';
import {checkGoModSyntax} from '../go/check-go-mod-syntax.js';
import {directPatterns, matchPrefixPatterns} from '../go/match-prefix-patterns.js';
import {parseGoMod, type ParsedGoMod} from '../go/parse-go-mod.js';
import {parseGoSum} from '../go/parse-go-sum.js';
import type {Evidence} from '../model/report.js';
import {formatDuration} from '../model/format.js';
import {say} from '../i18n/index.js';
import {parseGoproxyList, type ProxyEntry} from '../go/parse-goproxy-list.js';
import {readGoSettings, type GoSnapshot} from '../go/read-go-settings.js';
import {modulesFetchedSince} from '../go/go-reached.js';
import {reproduceDownload, reproductionErrorText, type ProgressWatchOptions, type Reproduction} from '../go/reproduce-download.js';
import {downloadWatchList, type DownloadProgress} from '../go/download-progress.js';
import {classifyGoOutput, withAlternativeCandidates} from '../classify/classify-go-error.js';
import {proxyForUrl} from '../go/proxy-for-url.js';
import {withResolutionCache} from '../system/resolution-cache.js';
import {escapeModulePath} from '../go/escape-module-path.js';
import type {Environment, FileSystem, HttpRequest, HttpResult, System} from '../system/types.js';
import {joinProxyUrl} from '../go/proxy-url.js';
import {listTime} from './conclude.js';
import type {Emit} from './diagnosis-event.js';
import type {AfterContext, AnyInvestigation, ConnectivityResult, InvestigationContext} from './investigation.js';
import {investigations as registeredInvestigations} from './investigations.js';
import {minimumProbeMs, probeDeadlines} from './run-probe.js';
import {refineClassified} from './refine-classified.js';
import {runInvestigations} from './run-investigations.js';
import {createSharedProbes, sharedCheck, type SharedProbes} from './shared-probes.js';
import {walkFlowchart} from './walk-flowchart.js';

export type {DiagnosisEvent, Emit} from './diagnosis-event.js';

/** The public proxies a Go user knows; `--candidates` or GOMOD_DOCTOR_CANDIDATES replace them. */
export const defaultCandidates = [
	'https://proxy.golang.org',
	'https://goproxy.cn',
	'https://goproxy.io',
	'https://mirrors.aliyun.com/goproxy/',
] as const;

/** Used for the version-list check when neither `--module` nor go.mod names a module. */
export const canaryModule = 'golang.org/x/mod';

/** The default overall deadline: the reproduction's, and the cap of every probe's. */
export const defaultTimeoutMs = 10_000;

/**
The checks that follow go's failure (the `after` investigations) may run this long past the overall deadline
when go took all of it (a proxy that never answers): the verdict comes within the deadline plus a second.
*/
export const afterPhaseGraceMs = 500;

export type DiagnosisOptions = {
	/** The Go module directory. */
	readonly dir: string;
	/** The environment go and the probes see (process.env in real use; a hermetic one in the lab). */
	readonly env: Environment;
	/** `MOD@VER` to reproduce instead of the whole module graph. */
	readonly module?: string;
	readonly timeoutMs: number;
	/** Candidate proxies measured besides the GOPROXY entries. */
	readonly candidates: readonly string[];
	readonly signal?: AbortSignal;
	/** Run go to reproduce the failure (`gomod-doctor mirrors` only measures). @default true */
	readonly reproduce?: boolean;
	/** `--traceroute`: trace the route to the hosts that refuse or do not answer (slow, so only on request). */
	readonly traceroute?: boolean;
	/** The flowcharts run besides connectivity. @default the registered investigations */
	readonly investigations?: readonly AnyInvestigation[];
	/**
	Wait for every candidate's walk (`gomod-doctor mirrors`, which is there to measure them all). Otherwise the
	diagnosis stops waiting for candidates once a proxy has answered and passed the checks (see `runDiagnosis`).
	@default false
	*/
	readonly waitForEveryCandidate?: boolean;
};

/** What every phase of one diagnosis shares. */
type Run = {
	/** The system with the diagnosis's resolution cache: each host is looked up once. */
	readonly system: System;
	readonly options: DiagnosisOptions;
	readonly emit: Emit;
	/** When the diagnosis started, on the system clock. */
	readonly started: number;
	readonly at: () => string;
};

/** The project's go.mod and go.sum as they are before go runs (a download may add lines to go.sum). */
type Project = {readonly goModText?: string; readonly goMod?: ParsedGoMod; readonly goSum?: ReturnType<typeof parseGoSum>};

/**
Runs a diagnosis: the reproduction beside go's settings, then the connectivity walks of every GOPROXY entry and
candidate proxy and the `start` investigations, then, once go has failed (or not), the `after` investigations;
each probe under its own deadline, and candidates no longer waited for once one proxy has passed (see
`DiagnosisOptions.waitForEveryCandidate`). Reports progress through `emit`; the caller reduces the events (see
`reduce-session.ts`). Never throws for a failing check. The phases, in order: the project, the reproduction
started ahead, go's settings (which may end the diagnosis), then `diagnoseWith`.
*/
export async function runDiagnosis(base: System, options: DiagnosisOptions, emit: Emit): Promise<void> {
	const started = base.now();
	// Each host is looked up once in a diagnosis, and every check after that uses the addresses found.
	const system = withResolutionCache(base, {
		endsAt: () => Math.max(started + options.timeoutMs, base.now() + afterPhaseGraceMs),
		minimumMs: minimumProbeMs,
		...(options.signal === undefined ? {} : {signal: options.signal}),
	});
	const run: Run = {system, options, emit, started, at: () => new Date().toISOString()};
	const project = await readProject(system.fs, options.dir);
	const reproduction = prepareReproduction(run, project);
	const snapshot = await readSettingsPhase(run, project, reproduction);
	if (snapshot !== undefined) {
		await diagnoseWith(run, project, reproduction, snapshot);
	}

	emit({type: 'diagnosis-finished', at: run.at(), durationMs: system.now() - started});
}

async function readProject(fs: FileSystem, dir: string): Promise<Project> {
	// Go.sum as the project has it before go runs (a download may add lines to it): every flowchart reads this copy.
	const [goModText, goSumText] = await Promise.all([readProjectFile(fs, dir, 'go.mod'), readProjectFile(fs, dir, 'go.sum')]);
	return {
		...(goModText === undefined ? {} : {goModText, goMod: parseGoMod(goModText)}),
		...(goSumText === undefined ? {} : {goSum: parseGoSum(goSumText)}),
	};
}

/** The reproduction, perhaps already running, and what watches its progress. */
type PreparedReproduction = {
	/** Whether there is anything to reproduce (a go.mod or `--module`, and reproducing was not turned off). */
	readonly reproducible: boolean;
	/** The reproduction started beside `go env`, when go.mod has no problem go may stop at. */
	readonly ahead: ReturnType<typeof startReproduction> | undefined;
	readonly silence: ReturnType<typeof createSilenceWatch>;
	readonly progress: ReturnType<typeof reproductionProgress>;
	/** Tells the progress watch where go's module cache is (from `go env`). */
	readonly setModuleCache: (dir: string | undefined) => void;
};

/**
The reproduction needs nothing from go's settings: it starts beside `go env`, unless there is nothing to reproduce
(no go.mod and no --module) or go.mod has a problem go may stop at (checked first). Its events come after the
settings', and it is stopped unseen when the diagnosis ends before it. go's progress is read from its module
cache, whose place `go env` tells; the GOPROXY entries' walks tell when go is stuck on an entry that accepted the
connection and sends nothing (see `createSilenceWatch`).
*/
function prepareReproduction(run: Run, project: Project): PreparedReproduction {
	const {options, system} = run;
	const reproducible = options.reproduce !== false && (project.goModText !== undefined || options.module !== undefined);
	const moduleCache = deferred<string | undefined>();
	const silence = createSilenceWatch(system, options.timeoutMs);
	const progress = reproductionProgress({
		moduleCache: moduleCache.promise,
		watch: downloadWatchList({
			...(project.goMod === undefined ? {} : {goMod: project.goMod}),
			...(project.goSum === undefined ? {} : {goSum: project.goSum}),
			...(options.module === undefined ? {} : {module: options.module}),
		}),
		quietLimit: () => silence.silentEntry(),
		emit(progress) {
			run.emit({type: 'reproduction-progress', at: new Date().toISOString(), progress});
		},
	});
	const goModSound = project.goMod === undefined || project.goMod.errors.length === 0;
	const ahead = reproducible && goModSound ? startReproduction(system, options, progress.options) : undefined;
	return {reproducible, ahead, silence, progress, setModuleCache: moduleCache.resolve};
}

/**
Reads go's settings. The diagnosis ends here (undefined) when go is missing or unusable, when there is no module
to diagnose, or when go cannot parse go.mod (go's own message, file and line, is the whole finding).
*/
async function readSettingsPhase(run: Run, project: Project, reproduction: PreparedReproduction): Promise<GoSnapshot | undefined> {
	const {options, system, emit, at} = run;
	const snapshot = await readGoSettings(system, {
		env: options.env,
		cwd: options.dir,
		timeoutMs: Math.min(options.timeoutMs, 10_000),
		signal: options.signal,
	});
	reproduction.setModuleCache(snapshot.kind === 'ok' ? snapshot.values['GOMODCACHE'] : undefined);
	if (snapshot.kind !== 'ok') {
		reproduction.ahead?.stop();
		await reproduction.ahead?.result;
		emit({type: snapshot.kind, at: at(), message: snapshot.message});
		return undefined;
	}

	emit({type: 'settings', at: at(), snapshot});
	if (project.goModText === undefined && options.module === undefined) {
		emit({type: 'no-module', at: at(), dir: options.dir});
		return undefined;
	}

	const unparsable =
		project.goModText === undefined || reproduction.ahead !== undefined
			? undefined
			: await checkGoModSyntax(system, {
					env: options.env,
					cwd: options.dir,
					text: project.goModText,
					timeoutMs: options.timeoutMs,
					signal: options.signal,
				});
	if (unparsable !== undefined) {
		emit({type: 'reproduction-started', at: at(), argv: unparsable.argv});
		emit({type: 'reproduction-finished', at: at(), reproduction: unparsable});
		return undefined;
	}

	return snapshot;
}

/**
The diagnosis proper, once go's settings are known: the reproduction, the `start` investigations and the
connectivity walks run side by side; then the `after` investigations (see `afterPhase`).
*/
async function diagnoseWith(run: Run, project: Project, prepared: PreparedReproduction, snapshot: GoSnapshot): Promise<void> {
	const {options} = run;
	const module = probeModuleFor(run, project, snapshot);
	const subjects = walkSubjects(snapshot.values['GOPROXY'] ?? '', options.candidates, module, options.env);
	const reproduction = reproduce(run, prepared);
	const walksEndAt = run.started + options.timeoutMs;
	const investigations = options.investigations ?? registeredInvestigations;
	const context = investigationContext(run, project, snapshot, subjects, module);
	const early = runInvestigations(
		investigations.filter((investigation) => investigation.phase === 'start'),
		context,
		{budgetEndsAt: walksEndAt, emit: run.emit, idPrefix: 'check-'},
	);
	const prefetch = startPrefetch(run, investigations, context, walksEndAt);
	const walks = walkConnectivity(run, subjects, prepared.silence, walksEndAt);
	const [reproduced] = await Promise.all([reproduction, early, ...walks.goproxy]);
	await afterPhase(run, {investigations, context, snapshot, reproduced, walks, prefetch});
	// Answers no check asked for: a proxy whose walk failed is not asked anything more.
	prefetch.cancel();
}

/**
The public module the proxies are asked for. A path go keeps away from proxies (GONOPROXY, which defaults to
GOPRIVATE) is never sent to one here either; nor is a GOPRIVATE path when GONOPROXY lets go send it: it is
private, and the probes can ask another module.
*/
function probeModuleFor(run: Run, project: Project, snapshot: GoSnapshot & {readonly kind: 'ok'}): string {
	const wanted = run.options.module?.split('@')[0];
	const privatePatterns = [directPatterns(snapshot.values), snapshot.values['GOPRIVATE']].filter(Boolean).join(',');
	const isPrivate = (path: string) => matchPrefixPatterns(privatePatterns, path);
	const module = wanted !== undefined && !isPrivate(wanted) ? wanted : (publicRequirement(project.goMod, isPrivate) ?? canaryModule);
	if (wanted !== undefined && isPrivate(wanted)) {
		run.emit({
			type: 'note',
			at: run.at(),
			text: `${wanted} matches GONOPROXY/GOPRIVATE, so go never asks a proxy for it and neither does gomod-doctor: the proxies are checked with ${module}.`,
		});
	}

	return module;
}

/** Runs the reproduction (or takes the one started ahead) to its end; undefined when there is nothing to reproduce. */
async function reproduce(run: Run, prepared: PreparedReproduction): Promise<Reproduction | undefined> {
	if (!prepared.reproducible) {
		return undefined;
	}

	const running = prepared.ahead ?? startReproduction(run.system, run.options, prepared.progress.options);
	run.emit({type: 'reproduction-started', at: run.at(), argv: running.argv});
	prepared.progress.started();
	const result = await running.result;
	if (result.stopped?.reason === 'silent-entry') {
		// Go was stopped because the entry's version list got no answer either: that request is not waited for
		// any longer, and its evidence says why.
		prepared.silence.stopWaiting(result.stopped.quietMs);
	}

	run.emit({type: 'reproduction-finished', at: run.at(), reproduction: result});
	return result;
}

/** What every investigation knows when it starts (the `after` ones learn what go did later). */
function investigationContext(
	run: Run,
	project: Project,
	snapshot: GoSnapshot & {readonly kind: 'ok'},
	subjects: ReturnType<typeof walkSubjects>,
	module: string,
): InvestigationContext {
	const {options} = run;
	return {
		system: run.system,
		proxies: subjects.map(({subject, role, entryIndex}) => ({
			url: subject.url,
			label: subject.label,
			role,
			...(entryIndex === undefined ? {} : {entryIndex}),
		})),
		env: options.env,
		dir: options.dir,
		snapshot,
		...(project.goModText === undefined || project.goMod === undefined ? {} : {goModText: project.goModText, goMod: project.goMod}),
		...(project.goSum === undefined ? {} : {goSum: project.goSum}),
		...(options.module === undefined ? {} : {requested: options.module}),
		probeModule: module,
		candidates: options.candidates,
		timeoutMs: options.timeoutMs,
		...(options.traceroute === true ? {traceroute: true} : {}),
		...(options.signal === undefined ? {} : {signal: options.signal}),
	};
}

/** What the checks after go's failure will ask starts now, beside the walks (a slow proxy is waited for once). */
function startPrefetch(
	run: Run,
	investigations: readonly AnyInvestigation[],
	context: InvestigationContext,
	endsAt: number,
): ReturnType<typeof createPrefetch> {
	const prefetch = createPrefetch(run.system, {endsAt, ...(run.options.signal === undefined ? {} : {signal: run.options.signal})});
	for (const investigation of investigations) {
		if (investigation.phase === 'after' && investigation.prefetch !== undefined) {
			const start = investigation.prefetch;
			void (async () => start({...context, system: prefetch.fetching}))().catch(() => undefined);
		}
	}

	return prefetch;
}

/** The connectivity walks under way: GOPROXY entries' and candidates', their results as they end, and set-aside. */
type ConnectivityWalks = {
	readonly goproxy: ReadonlyArray<Promise<void>>;
	readonly candidates: ReadonlyArray<Promise<void>>;
	/** The finished walks, in the order they ended (grows). */
	readonly results: ConnectivityResult[];
	/** Stops waiting for the candidates still walking: `chosen` answered and passed the checks first. */
	readonly setAside: (chosen: ConnectivityResult) => void;
};

/**
Walks the connectivity flowchart for every GOPROXY entry and candidate at once. Walks whose subjects share a host
share its checks: each distinct check runs once (shared-probes.ts). Candidates are measured for one fix: the
fastest proxy that works and serves what go.sum records. Once a proxy has answered and passed the checks, a
candidate still running cannot be that one, being slower from end to end: `setAside` stops waiting for it, so a
candidate that hangs (proxy.golang.org seen from mainland China) does not hold up the verdict.
*/
function walkConnectivity(
	run: Run,
	subjects: ReturnType<typeof walkSubjects>,
	silence: ReturnType<typeof createSilenceWatch>,
	endsAt: number,
): ConnectivityWalks {
	const {system, options} = run;
	const results: ConnectivityResult[] = [];
	// The walks' version-list answers, by URL, for the checks that would otherwise ask again (§2.2).
	const listAnswers = new Map<string, HttpResult>();
	const walkSystem: System = {
		...system,
		async http(request) {
			silence.requestSent(request.url);
			const result = await system.http(request);
			listAnswers.set(request.url, result);
			return result;
		},
	};
	const setAside = new AbortController();
	const shared = createSharedProbes(walkSystem, {
		env: options.env,
		deadlines: probeDeadlines(options.timeoutMs),
		budgetEndsAt: endsAt,
		signal: options.signal === undefined ? setAside.signal : AbortSignal.any([options.signal, setAside.signal]),
	});
	silence.probes = shared;
	const walksStarted = system.now();
	const walks = subjects.map(async (item, index) => {
		const walk = await walkOneProxy(
			run,
			{...item, id: connectivityWalkId(item.role, index), position: item.entryIndex ?? index},
			{shared, silence, setAside: setAside.signal},
		);
		if (walk !== undefined) {
			const listAnswer = walk.visits.some((visit) => visit.node === 'list') ? listAnswers.get(listUrl(item.subject)) : undefined;
			results.push({
				url: item.subject.url,
				label: item.subject.label,
				role: item.role,
				...(item.entryIndex === undefined ? {} : {entryIndex: item.entryIndex}),
				verdict: walk.verdict,
				...listTime(walk),
				...(listAnswer === undefined ? {} : {listAnswer}),
			});
		}
	});
	const of = (role: 'goproxy' | 'candidate') => walks.filter((_walk, index) => subjects[index]!.role === role);
	return {
		goproxy: of('goproxy'),
		candidates: of('candidate'),
		results,
		setAside(chosen) {
			const unfinished = subjects.flatMap(({subject, role}, index) =>
				role === 'candidate' && !results.some((result) => result.role === 'candidate' && result.url === subject.url)
					? [connectivityWalkId(role, index)]
					: [],
			);
			if (unfinished.length === 0) {
				return;
			}

			setAside.abort();
			for (const walkId of unfinished) {
				run.emit({type: 'walk-set-aside', at: run.at(), walkId, waitedMs: Math.round(system.now() - walksStarted), chosen: chosen.label});
			}
		},
	};
}

function connectivityWalkId(role: string, index: number): string {
	return `${role}-${index}`;
}

/**
One connectivity walk, through the one walker: each probe through the shared checks, what the walk will certainly
reach next started ahead, ping waited for only as long as it can still matter, and the version list of a GOPROXY
entry watched for silence. Undefined when the walk was set aside.
*/
async function walkOneProxy(
	run: Run,
	item: ReturnType<typeof walkSubjects>[number] & {readonly id: string; readonly position: number},
	hooks: {readonly shared: SharedProbes; readonly silence: ReturnType<typeof createSilenceWatch>; readonly setAside: AbortSignal},
): Promise<(Walk & {readonly phase: 'done'}) | undefined> {
	const {subject, role, entryIndex} = item;
	const {silence} = hooks;
	const check = sharedCheck(hooks.shared, connectivityFlow, {runAhead: true, pingPatience: true});
	return walkFlowchart(connectivityFlow, subject, {
		walkId: item.id,
		emit: run.emit,
		announce: (walk) => ({type: 'walk-started', at: run.at(), walk, role, ...(entryIndex === undefined ? {} : {entryIndex})}),
		async check(pending, walk) {
			if (pending.probe === 'http-list' && role === 'goproxy') {
				silence.listStarted(walk.id, {subject, target: pending.target, entryIndex: item.position, url: listUrl(subject)});
			}

			const evidence = await check(pending, walk);
			if (hooks.setAside.aborted) {
				// Set aside (only candidates are): what the canceled check says is not about the proxy.
				return undefined;
			}

			if (pending.probe === 'http-list') {
				silence.listFinished(walk.id, evidence);
			}

			return {evidence};
		},
	});
}

/**
After go: what it did decides which of the remaining flowcharts apply (a checksum mismatch, a private module…).
Candidates are waited for until one proxy answers and passes every check that vouches for proxies (or all of them,
when an investigation needs every witness); then the `after` investigations run.
*/
async function afterPhase(
	run: Run,
	input: {
		readonly investigations: readonly AnyInvestigation[];
		readonly context: InvestigationContext;
		readonly snapshot: GoSnapshot & {readonly kind: 'ok'};
		readonly reproduced: Reproduction | undefined;
		readonly walks: ConnectivityWalks;
		readonly prefetch: ReturnType<typeof createPrefetch>;
	},
): Promise<void> {
	const {system, options, started} = run;
	const {reproduced, walks} = input;
	const after = input.investigations.filter((investigation) => investigation.phase === 'after');
	const whatGoDid =
		reproduced === undefined
			? {classified: []}
			: {
					reproduction: reproduced,
					classified: reproduced.ok
						? []
						: withAlternativeCandidates(refineClassified(classifyGoOutput(reproductionErrorText(reproduced)).items, input.snapshot.values)),
				};
	// The walks that have ended so far: a candidate's may end while the checks look at the others.
	const afterContext = (): AfterContext => ({
		...input.context,
		system: input.prefetch.serving,
		...whatGoDid,
		connectivity: [...walks.results],
	});
	// The checks after go's failure end with the diagnosis's deadline, or a little after it when go took all of it.
	// A go that kept progressing past the deadline and then ended by itself took no one's time: the checks get a
	// deadline of their own from its end.
	const goEndedAt = system.now();
	const progressedPast = reproduced !== undefined && !reproduced.timedOut && goEndedAt > started + options.timeoutMs;
	const afterEndsAt = () =>
		Math.max(started + options.timeoutMs, system.now() + afterPhaseGraceMs, progressedPast ? goEndedAt + options.timeoutMs : 0);
	const everyCandidate =
		options.waitForEveryCandidate === true ||
		after.some((investigation) => investigation.waitsForEveryCandidate?.(afterContext()) === true);
	// A proxy the fix could recommend: it served the version list (a 404 is `healthy` too, but serves nothing) and
	// passes every check that vouches for proxies (§3.1: its go.mod is the one go.sum records).
	const vouched = async (result: ConnectivityResult) => {
		if (result.verdict !== 'healthy' || result.listMs === undefined) {
			return false;
		}

		// Within what is left of the diagnosis's deadline, as every check after go's failure.
		const left = Math.max(minimumProbeMs, afterEndsAt() - system.now());
		const looking = {...afterContext(), system: input.prefetch.peeking, timeoutMs: Math.min(options.timeoutMs, left)};
		const votes = await Promise.all(after.map(async (investigation) => investigation.vouchesFor?.(result, looking) ?? true));
		return votes.every(Boolean);
	};

	let chosen: ConnectivityResult | undefined;
	if (everyCandidate) {
		await Promise.all(walks.candidates);
	} else {
		chosen = await firstPassing(walks.candidates, walks.results, vouched);
	}

	if (chosen !== undefined) {
		walks.setAside(chosen);
	}

	await runInvestigations(after, afterContext(), {budgetEndsAt: afterEndsAt(), emit: run.emit, idPrefix: 'check-'});
}

/**
`go mod download -json` (for `--module` when given) started now. The deadline counts the time without progress
(`progress`): a go that keeps downloading runs on; one that makes none for the deadline is stopped. `stop` ends
it, for a diagnosis that ends before it is reported.
*/
function startReproduction(
	system: System,
	options: DiagnosisOptions,
	progress: ProgressWatchOptions,
): {readonly argv: readonly string[]; readonly result: Promise<Reproduction>; readonly stop: () => void} {
	const controller = new AbortController();
	// What go fetched over the network in this run (not from the cache) is evidence of what it reached.
	const wallStart = Date.now();
	const result = reproduceDownload(system, {
		env: options.env,
		cwd: options.dir,
		module: options.module,
		timeoutMs: options.timeoutMs,
		signal: options.signal === undefined ? controller.signal : AbortSignal.any([options.signal, controller.signal]),
		progress,
	}).then(async (reproduction) => ({...reproduction, fetchedInRun: await modulesFetchedSince(system.fs, reproduction.records, wallStart)}));
	return {
		argv: ['go', 'mod', 'download', '-json', ...(options.module === undefined ? [] : [options.module])],
		result,
		stop() {
			controller.abort();
		},
	};
}

/**
The first of `results` (which grows as the walks of `walks` end) that `passes`, or undefined once every walk has
ended and no result passed. Results are tried as they come. Never rejects.
*/
async function firstPassing<R>(
	walks: ReadonlyArray<Promise<void>>,
	results: readonly R[],
	passes: (result: R) => Promise<boolean>,
): Promise<R | undefined> {
	return new Promise((resolve) => {
		const tried = new Set<R>();
		let trying = 0;
		let ended = false;
		const done = () => {
			if (ended && trying === 0) {
				resolve(undefined);
			}
		};

		const tryNew = () => {
			for (const result of results) {
				if (tried.has(result)) {
					continue;
				}

				tried.add(result);
				trying++;
				void passes(result)
					.catch(() => false)
					// eslint-disable-next-line @typescript-eslint/no-loop-func -- every pending check counts itself off the one shared counter
					.then((ok) => {
						trying--;
						if (ok) {
							resolve(result);
						}

						done();
					});
			}
		};

		tryNew();
		for (const walk of walks) {
			void walk.then(tryNew, tryNew);
		}

		void Promise.allSettled(walks).then(() => {
			tryNew();
			ended = true;
			done();
		});
	});
}

/** The URL of the version list a connectivity walk asks for (probe-http-list.ts). */
function listUrl(subject: WalkSubject): string {
	return joinProxyUrl(subject.url, `${escapeModulePath(subject.module)}/@v/list`);
}

/**
Requests started ahead (`Investigation.prefetch`): `fetching` starts them (each under its own deadline, cut to
the walks' budget) and keeps each answer; `serving` hands a kept answer to the first request that is the same
(method, URL, body handling; one diagnosis has one environment) and sends any other one; `peeking` does the same
but leaves the answer for `serving` (a look ahead of the checks: `Investigation.vouchesFor`). `cancel` ends what
no check asked for.
*/
export function createPrefetch(
	system: System,
	options: {readonly endsAt: number; readonly signal?: AbortSignal},
): {fetching: System; serving: System; peeking: System; cancel: () => void} {
	const controller = new AbortController();
	const cancel = options.signal === undefined ? controller.signal : AbortSignal.any([options.signal, controller.signal]);
	const answers = new Map<string, Promise<HttpResult>>();
	const key = (request: HttpRequest) =>
		`${request.method ?? 'GET'} ${request.url} ${request.maxBodyBytes ?? 'default'} ${request.binary === true}`;
	const fetching: System = {
		...system,
		async http(request) {
			const answer = system.http({
				...request,
				timeoutMs: Math.floor(Math.max(minimumProbeMs, Math.min(request.timeoutMs, options.endsAt - system.now()))),
				signal: request.signal === undefined ? cancel : AbortSignal.any([request.signal, cancel]),
			});
			answers.set(key(request), answer);
			return answer;
		},
	};
	const serving: System = {
		...system,
		async http(request) {
			const answer = answers.get(key(request));
			if (answer === undefined) {
				return system.http(request);
			}

			answers.delete(key(request));
			return answer;
		},
	};
	const peeking: System = {...system, http: async (request) => answers.get(key(request)) ?? system.http(request)};
	return {
		fetching,
		serving,
		peeking,
		cancel() {
			controller.abort();
		},
	};
}

/** The GOPROXY entries that go reaches over the network, then the candidates not already among them. */
export function walkSubjects(
	goproxy: string,
	candidates: readonly string[],
	module: string,
	env: Environment,
): Array<{subject: WalkSubject; role: 'goproxy' | 'candidate'; entryIndex?: number}> {
	const {entries} = parseGoproxyList(goproxy);
	const networked = (entry: ProxyEntry): entry is ProxyEntry & {kind: 'url'} =>
		entry.kind === 'url' && (entry.scheme === 'http' || entry.scheme === 'https');
	const subjects: Array<{subject: WalkSubject; role: 'goproxy' | 'candidate'; entryIndex?: number}> = [];
	for (const [entryIndex, entry] of entries.entries()) {
		if (networked(entry)) {
			subjects.push({subject: toSubject(entry, module, env), role: 'goproxy', entryIndex});
		}
	}

	for (const candidate of parseGoproxyList(candidates.join(',')).entries) {
		if (networked(candidate) && !subjects.some(({subject}) => sameUrl(subject.url, candidate.url))) {
			subjects.push({subject: toSubject(candidate, module, env), role: 'candidate'});
		}
	}

	return subjects;
}

function toSubject(entry: ProxyEntry & {kind: 'url'}, module: string, env: Environment): WalkSubject {
	const subject = {label: entry.raw, url: entry.url, scheme: entry.scheme, host: entry.host, port: entry.port, module};
	const proxy = proxyOf(entry.url, env);
	return proxy === undefined ? subject : {...subject, proxy};
}

/** The HTTP(S) proxy go's net/http uses for `url` in `env`, as host and port; undefined when go connects directly. */
function proxyOf(url: string, env: Environment): WalkSubject['proxy'] {
	const decision = proxyForUrl(url, env);
	if (decision.proxy === undefined) {
		return undefined;
	}

	try {
		const parsed = new URL(decision.proxy);
		const defaultPort = parsed.protocol === 'https:' ? 443 : parsed.protocol.startsWith('socks') ? 1080 : 80;
		return {
			url: decision.proxy,
			host: parsed.hostname.replaceAll(/^\[|]$/g, ''),
			port: parsed.port === '' ? defaultPort : Number(parsed.port),
			variable: decision.variable ?? 'HTTPS_PROXY',
		};
	} catch {
		return undefined;
	}
}

/** `--candidates`, else GOMOD_DOCTOR_CANDIDATES, else the public proxies. */
export function candidatesFrom(flag: string | undefined, env: Environment): string[] {
	const list = flag ?? env['GOMOD_DOCTOR_CANDIDATES'];
	if (list === undefined || list.trim() === '') {
		return [...defaultCandidates];
	}

	return list
		.split(/[,\s|]+/)
		.map((item) => item.trim())
		.filter((item) => item !== '' && item !== 'direct' && item !== 'off');
}

/** A file of the Go module directory (go.mod, go.sum), or undefined when there is none. */
async function readProjectFile(fs: FileSystem, dir: string, name: 'go.mod' | 'go.sum'): Promise<string | undefined> {
	try {
		return await fs.readFile(path.join(dir, name), 'utf8');
	} catch {
		return undefined;
	}
}

/** The first requirement of go.mod (direct ones first) that go would fetch through a proxy. */
function publicRequirement(goMod: ParsedGoMod | undefined, isPrivate: (path: string) => boolean): string | undefined {
	if (goMod === undefined) {
		return undefined;
	}

	const {requires} = goMod;
	const ordered = [...requires.filter((require) => !require.indirect), ...requires.filter((require) => require.indirect)];
	return ordered.find((require) => !isPrivate(require.path))?.path;
}

/** A promise and the function that resolves it. */
function deferred<T>(): {promise: Promise<T>; resolve: (value: T) => void} {
	let resolve!: (value: T) => void;
	const promise = new Promise<T>((done) => {
		resolve = done;
	});
	return {promise, resolve};
}

/**
The reproduction's progress watching: what is watched, and its reports, held back until the reproduction has
been announced (it may start before go's settings are known, and its events come after theirs).
*/
function reproductionProgress(input: {
	moduleCache: Promise<string | undefined>;
	watch: ProgressWatchOptions['watch'];
	quietLimit: NonNullable<ProgressWatchOptions['quietLimit']>;
	emit: (progress: DownloadProgress) => void;
}): {options: ProgressWatchOptions; started: () => void} {
	let announced = false;
	let held: DownloadProgress | undefined;
	return {
		options: {
			moduleCache: input.moduleCache,
			watch: input.watch,
			quietLimit: input.quietLimit,
			onProgress(progress) {
				if (announced) {
					input.emit(progress);
				} else {
					held = progress;
				}
			},
		},
		started() {
			announced = true;
			if (held !== undefined) {
				input.emit(held);
			}
		},
	};
}

/**
A GOPROXY entry whose version list has gone unanswered this long is silent (with go silent too): 2 s at the
default deadline, a fifth of a longer one (a user who gives 60 s asks for patience).
*/
export function silentListMs(timeoutMs: number): number {
	return Math.max(2000, Math.round(timeoutMs / 5));
}

/**
The time without progress after which go is stopped while the entry it asks is connected but silent: 2.5 s at the
default deadline, a quarter of a longer one. The checks that follow go's failure take at most
{@link afterPhaseGraceMs} more, so the verdict comes within 3 s of go's last progress (issue 12).
*/
export function silentEntryQuietMs(timeoutMs: number): number {
	return Math.max(2500, Math.round(timeoutMs / 4));
}

/**
What the GOPROXY entries' walks say about the entry go is asking: go asks the entries in order and goes on past
one only after a 404/410 (or any error, with `|`), so go is stuck on the first entry that did not answer
not-found. When that entry's walk reached the version list (the connection, and TLS, worked) and the list got no
answer for {@link silentListMs} or timed out, the entry is connected but silent, and go, which asks it the same
kind of request, is not waited for past {@link silentEntryQuietMs} without progress.
*/
function createSilenceWatch(system: System, timeoutMs: number) {
	type List = {
		readonly subject: WalkSubject;
		readonly target: 'entry' | 'proxy';
		readonly entryIndex: number;
		/** The version list's URL. */
		readonly url: string;
		/** When the request went out (it may have started ahead of the walk), else when the walk got there. */
		readonly startedAt: number;
		outcome?: string;
		durationMs?: number;
	};
	const lists = new Map<string, List>();
	// When each request of the walks went out, by URL: a version list starts ahead of its walk once the port answered.
	const sent = new Map<string, number>();
	let silent: List | undefined;
	return {
		/** The walks' shared checks, through which a silent entry's version list is ended. */
		probes: undefined as SharedProbes | undefined,
		requestSent(url: string) {
			if (!sent.has(url)) {
				sent.set(url, system.now());
			}
		},
		listStarted(walkId: string, list: Omit<List, 'startedAt'>) {
			lists.set(walkId, {...list, startedAt: sent.get(list.url) ?? system.now()});
		},
		listFinished(walkId: string, evidence: Evidence) {
			const list = lists.get(walkId);
			if (list !== undefined) {
				list.outcome = evidence.outcome;
				list.durationMs = evidence.durationMs;
			}
		},
		silentEntry(): {ms: number; entry: string} | undefined {
			const now = system.now();
			for (const list of [...lists.values()].toSorted((a, b) => a.entryIndex - b.entryIndex)) {
				if (list.outcome === 'not-found') {
					continue;
				}

				const waiting = list.outcome === undefined && now - list.startedAt >= silentListMs(timeoutMs);
				if (waiting || list.outcome === 'timeout') {
					silent = list;
					return {ms: silentEntryQuietMs(timeoutMs), entry: list.subject.label};
				}

				return undefined;
			}

			return undefined;
		},
		/** Ends the silent entry's version list, still unanswered, saying that go got nothing from it either. */
		stopWaiting(goQuietMs: number) {
			if (silent === undefined || silent.outcome !== undefined) {
				return;
			}

			this.probes?.cancel('http-list', silent.subject, silent.target, (evidence) =>
				evidence.outcome === 'timeout'
					? {...evidence, summary: say.probes.http.silentWithGo(formatDuration(evidence.durationMs), formatDuration(goQuietMs))}
					: evidence,
			);
		},
	};
}
