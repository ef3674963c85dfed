import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {sameUrl} from '../fixes/fix-goproxy-order.js';
import type {Subject, WalkSubject} from '../flow/define-flow.js';
import {connectivityFlow} from '../flow/graphs/connectivity.js';
import {pendingProbe, startWalk, stepWalk, type Walk} from '../flow/walk.js';
import {checkGoModSyntax} from '../go/check-go-mod-syntax.js';
import {directPatterns, matchPrefixPatterns} from '../go/match-prefix-patterns.js';
import {parseGoMod} from '../go/parse-go-mod.js';
import {parseGoSum} from '../go/parse-go-sum.js';
import type {Finding} from '../model/report.js';
import {parseGoproxyList, type ProxyEntry} from '../go/parse-goproxy-list.js';
import {readGoSettings, type GoSnapshot} from '../go/read-go-settings.js';
import {reproduceDownload, reproductionErrorText, type Reproduction} from '../go/reproduce-download.js';
import {classifyGoOutput} from '../classify/classify-go-error.js';
import {proxyForUrl} from '../system/proxy-for-url.js';
import {escapeModulePath} from '../go/escape-module-path.js';
import type {Environment, HttpRequest, HttpResult, System} from '../system/types.js';
import {listTime} from './conclude.js';
import type {AnyInvestigation, ConnectivityResult, InvestigationContext} from './investigation.js';
import {investigations as registeredInvestigations} from './investigations.js';
import {isConnectivityProbe, minimumProbeMs, probeDeadlines} from './run-probe.js';
import {runInvestigations} from './run-investigations.js';
import {createSharedProbes, runAhead} from './shared-probes.js';

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
};

/** What happens during a diagnosis, in order; the session reducer turns these into state and transcript. */
export type DiagnosisEvent =
	| {readonly type: 'go-missing'; readonly at: string; readonly message: string}
	| {readonly type: 'go-unusable'; readonly at: string; readonly message: string}
	| {readonly type: 'settings'; readonly at: string; readonly snapshot: GoSnapshot}
	| {readonly type: 'no-module'; readonly at: string; readonly dir: string}
	| {readonly type: 'reproduction-started'; readonly at: string; readonly argv: readonly string[]}
	| {readonly type: 'reproduction-finished'; readonly at: string; readonly reproduction: Reproduction}
	| {
			readonly type: 'walk-started';
			readonly at: string;
			readonly walk: Walk;
			readonly role: 'goproxy' | 'candidate';
			/** The entry's position in GOPROXY, for GOPROXY entries. */
			readonly entryIndex?: number;
	  }
	| {
			readonly type: 'walk-started';
			readonly at: string;
			/** A walk of another flowchart (see `investigations.ts`). */
			readonly walk: Walk<Subject>;
			readonly role: 'check';
			/** The investigation's id. */
			readonly investigation: string;
	  }
	| {readonly type: 'probe-started'; readonly at: string; readonly walkId: string; readonly node: string; readonly question: string}
	| {readonly type: 'walk-stepped'; readonly at: string; readonly walk: Walk<Subject>}
	/** An investigation's walk ended; these are its findings (none when it found nothing wrong). */
	| {readonly type: 'check-concluded'; readonly at: string; readonly walkId: string; readonly findings: readonly Finding[]}
	| {readonly type: 'note'; readonly at: string; readonly text: string}
	| {readonly type: 'diagnosis-finished'; readonly at: string; readonly durationMs: number};

export type Emit = (event: DiagnosisEvent) => void;

/**
Runs a diagnosis: go's settings, then the reproduction and the connectivity walks of every GOPROXY entry and
candidate proxy at the same time, each probe under its own deadline. Reports progress through `emit`; the
caller reduces the events (see `reduce-session.ts`). Never throws for a failing check.
*/
export async function runDiagnosis(system: System, options: DiagnosisOptions, emit: Emit): Promise<void> {
	const started = system.now();
	const at = () => new Date().toISOString();
	const finish = () => {
		emit({type: 'diagnosis-finished', at: at(), durationMs: system.now() - started});
	};

	const snapshot = await readGoSettings(system, {
		env: options.env,
		cwd: options.dir,
		timeoutMs: Math.min(options.timeoutMs, 10_000),
		signal: options.signal,
	});
	if (snapshot.kind !== 'ok') {
		emit({type: snapshot.kind, at: at(), message: snapshot.message});
		finish();
		return;
	}

	emit({type: 'settings', at: at(), snapshot});

	// go.sum as the project has it before go runs (a download may add lines to it): every flowchart reads this copy.
	const [goModText, goSumText] = await Promise.all([readProjectFile(options.dir, 'go.mod'), readProjectFile(options.dir, 'go.sum')]);
	if (goModText === undefined && options.module === undefined) {
		emit({type: 'no-module', at: at(), dir: options.dir});
		finish();
		return;
	}

	// A go.mod go cannot parse stops every go command: go's own message (file and line) is the whole finding.
	const unparsable =
		goModText === undefined
			? undefined
			: await checkGoModSyntax(system, {env: options.env, cwd: options.dir, text: goModText, timeoutMs: options.timeoutMs, signal: options.signal});
	if (unparsable !== undefined) {
		emit({type: 'reproduction-started', at: at(), argv: unparsable.argv});
		emit({type: 'reproduction-finished', at: at(), reproduction: unparsable});
		finish();
		return;
	}

	// A path go keeps away from proxies (GONOPROXY, which defaults to GOPRIVATE) is never sent to one here either;
	// nor is a GOPRIVATE path when GONOPROXY lets go send it: it is private, and the probes can ask another module.
	const privatePatterns = [directPatterns(snapshot.values), snapshot.values['GOPRIVATE']].filter(Boolean).join(',');
	const isPrivate = (path: string) => matchPrefixPatterns(privatePatterns, path);
	const wanted = options.module?.split('@')[0];
	const module = wanted !== undefined && !isPrivate(wanted) ? wanted : (publicRequirement(goModText, isPrivate) ?? canaryModule);
	if (wanted !== undefined && isPrivate(wanted)) {
		emit({
			type: 'note',
			at: at(),
			text: `${wanted} matches GONOPROXY/GOPRIVATE, so go never asks a proxy for it and neither does gomod-doctor: the proxies are checked with ${module}.`,
		});
	}

	const subjects = walkSubjects(snapshot.values['GOPROXY'] ?? '', options.candidates, module, options.env);

	const reproduction = (async (): Promise<Reproduction | undefined> => {
		if (options.reproduce === false) {
			return undefined;
		}

		emit({
			type: 'reproduction-started',
			at: at(),
			argv: ['go', 'mod', 'download', '-json', ...(options.module === undefined ? [] : [options.module])],
		});
		const result = await reproduceDownload(system, {
			env: options.env,
			cwd: options.dir,
			module: options.module,
			// The deadline counts from the diagnosis's start: reading go's settings took part of it.
			timeoutMs: Math.max(minimumProbeMs, Math.round(started + options.timeoutMs - system.now())),
			signal: options.signal,
		});
		emit({type: 'reproduction-finished', at: at(), reproduction: result});
		return result;
	})();

	const deadlines = probeDeadlines(options.timeoutMs);
	const walksEndAt = started + options.timeoutMs;
	const investigations = options.investigations ?? registeredInvestigations;
	const context: InvestigationContext = {
		system,
		proxies: subjects.map(({subject, role, entryIndex}) => ({url: subject.url, label: subject.label, role, ...(entryIndex === undefined ? {} : {entryIndex})})),
		env: options.env,
		dir: options.dir,
		snapshot,
		...(goModText === undefined ? {} : {goModText, goMod: parseGoMod(goModText)}),
		...(goSumText === undefined ? {} : {goSum: parseGoSum(goSumText)}),
		...(options.module === undefined ? {} : {requested: options.module}),
		probeModule: module,
		candidates: options.candidates,
		timeoutMs: options.timeoutMs,
		...(options.traceroute === true ? {traceroute: true} : {}),
		...(options.signal === undefined ? {} : {signal: options.signal}),
	};
	const early = runInvestigations(
		investigations.filter((investigation) => investigation.phase === 'start'),
		context,
		{budgetEndsAt: walksEndAt, emit, idPrefix: 'check-'},
	);
	// What the checks after go's failure will ask starts now, beside the walks (a slow proxy is waited for once).
	const prefetch = createPrefetch(system, {endsAt: walksEndAt, ...(options.signal === undefined ? {} : {signal: options.signal})});
	for (const investigation of investigations) {
		if (investigation.phase === 'after' && investigation.prefetch !== undefined) {
			const start = investigation.prefetch;
			void (async () => start({...context, system: prefetch.fetching}))().catch(() => undefined);
		}
	}

	const connectivity: ConnectivityResult[] = [];
	// The walks' version-list answers, by URL, for the checks that would otherwise ask again (§2.2).
	const listAnswers = new Map<string, HttpResult>();
	const walkSystem: System = {
		...system,
		async http(request) {
			const result = await system.http(request);
			listAnswers.set(request.url, result);
			return result;
		},
	};
	// Walks whose subjects share a host share its checks: each distinct check runs once (shared-probes.ts).
	const runShared = createSharedProbes(walkSystem, {
		env: options.env,
		deadlines,
		budgetEndsAt: walksEndAt,
		...(options.signal === undefined ? {} : {signal: options.signal}),
	});
	const walks = subjects.map(async ({subject, role, entryIndex}, index) => {
		let walk = startWalk(connectivityFlow, `${role}-${index}`, subject);
		emit({type: 'walk-started', at: at(), walk, role, ...(entryIndex === undefined ? {} : {entryIndex})});
		for (let pending = pendingProbe(connectivityFlow, walk); pending; pending = pendingProbe(connectivityFlow, walk)) {
			emit({type: 'probe-started', at: at(), walkId: walk.id, node: pending.node, question: pending.question});
			const {probe} = pending;
			if (!isConnectivityProbe(probe)) {
				throw new Error(`the connectivity flowchart names a probe its runner does not know: ${probe}`);
			}

			const running = runShared(probe, subject, pending.target);
			// What the walk will certainly reach next starts now: a probe that cannot change the path (ping: the
			// port check follows whatever it says) does not hold up the ones after it. The walk takes their results
			// when it gets there.
			runAhead(connectivityFlow, walk, pending, runShared, isConnectivityProbe);
			// eslint-disable-next-line no-await-in-loop -- each node depends on the previous node's outcome
			const evidence = await running;
			walk = stepWalk(connectivityFlow, walk, {type: 'probe-finished', node: pending.node, evidence});
			emit({type: 'walk-stepped', at: at(), walk});
		}

		if (walk.phase === 'done') {
			const listAnswer = walk.visits.some((visit) => visit.node === 'list') ? listAnswers.get(listUrl(subject)) : undefined;
			connectivity.push({
				url: subject.url,
				label: subject.label,
				role,
				...(entryIndex === undefined ? {} : {entryIndex}),
				verdict: walk.verdict,
				...listTime(walk),
				...(listAnswer === undefined ? {} : {listAnswer}),
			});
		}
	});

	const [reproduced] = await Promise.all([reproduction, early, ...walks]);
	// What go did decides which of the remaining flowcharts apply (a checksum mismatch, a private module…).
	await runInvestigations(
		investigations.filter((investigation) => investigation.phase === 'after'),
		{
			...context,
			system: prefetch.serving,
			...(reproduced === undefined
				? {classified: []}
				: {reproduction: reproduced, classified: reproduced.ok ? [] : classifyGoOutput(reproductionErrorText(reproduced)).items}),
			connectivity,
		},
		{budgetEndsAt: Math.max(started + options.timeoutMs, system.now() + afterPhaseGraceMs), emit, idPrefix: 'check-'},
	);
	// Answers no check asked for: a proxy whose walk failed is not asked anything more.
	prefetch.cancel();
	finish();
}

/** The URL of the version list a connectivity walk asks for (probe-http-list.ts). */
function listUrl(subject: WalkSubject): string {
	return `${subject.url.replace(/\/+$/, '')}/${escapeModulePath(subject.module)}/@v/list`;
}

/**
Requests started ahead (`Investigation.prefetch`): `fetching` starts them (each under its own deadline, cut to
the walks' budget) and keeps each answer; `serving` hands a kept answer to the first request that is the same
(method, URL, body handling; one diagnosis has one environment) and sends any other one. `cancel` ends what no
check asked for.
*/
export function createPrefetch(
	system: System,
	options: {readonly endsAt: number; readonly signal?: AbortSignal},
): {fetching: System; serving: System; cancel: () => void} {
	const controller = new AbortController();
	const cancel = options.signal === undefined ? controller.signal : AbortSignal.any([options.signal, controller.signal]);
	const answers = new Map<string, Promise<HttpResult>>();
	const key = (request: HttpRequest) => `${request.method ?? 'GET'} ${request.url} ${request.maxBodyBytes ?? 'default'} ${request.binary === true}`;
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
	return {fetching, serving, cancel: () => controller.abort()};
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
			host: parsed.hostname.replace(/^\[|\]$/g, ''),
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
async function readProjectFile(dir: string, name: 'go.mod' | 'go.sum'): Promise<string | undefined> {
	try {
		return await readFile(path.join(dir, name), 'utf8');
	} catch {
		return undefined;
	}
}

/** The first requirement of go.mod (direct ones first) that go would fetch through a proxy. */
function publicRequirement(goModText: string | undefined, isPrivate: (path: string) => boolean): string | undefined {
	if (goModText === undefined) {
		return undefined;
	}

	const {requires} = parseGoMod(goModText);
	const ordered = [...requires.filter((require) => !require.indirect), ...requires.filter((require) => require.indirect)];
	return ordered.find((require) => !isPrivate(require.path))?.path;
}
