import {classifyGoOutput} from '../classify/classify-go-error.js';
import {goproxyFixes, isDirectOnly, type ProxyHealth} from '../fixes/fix-goproxy-order.js';
import type {Subject} from '../flow/define-flow.js';
import type {Walk} from '../flow/walk.js';
import {entryGoFetchedFrom} from '../go/go-reached.js';
import {parseGoproxyList} from '../go/parse-goproxy-list.js';
import {goModSyntaxError, isGoModCheck, isMajorVersionError} from '../go/check-go-mod-syntax.js';
import type {GoSnapshot} from '../go/read-go-settings.js';
import {failingHosts, reproductionErrorText, urlHost, type Reproduction} from '../go/reproduce-download.js';
import {say, type Text} from '../i18n/index.js';
import {formatArgv} from '../model/format.js';
import type {ExplainingFinding} from '../model/explanation.js';
import type {Evidence, Finding, Fix, SetAside} from '../model/report.js';
import {entryExplains, reachExplains, verdictExplains} from '../flowcharts/explains.js';
import type {Category} from '../model/taxonomy.js';
import {rankFixes} from './rank-fixes.js';
import {
	demoteExplained,
	dropExplained,
	failureOfGoItem,
	goExplained,
	joinExplained,
	uniqueEvidence,
	uniqueFixes,
	withoutExplains,
} from './apply-explanations.js';
import {exitStatus} from './exit-status.js';
import type {ProxyJudgement} from './investigation.js';
import {refineClassified} from './refine-classified.js';
import {settleAlternatives, type Settlement} from './settle-alternatives.js';
import {linesAbout, symptomOf, type VerdictContext} from './verdict-line.js';

/** A connectivity walk as the session keeps it: which role the entry plays and where it stands. */
export type ConnectivityView = {
	readonly walk: Walk;
	readonly role: 'goproxy' | 'candidate';
	readonly entryIndex?: number;
	/** The node whose probe is running now. */
	readonly running?: {readonly node: string; readonly question: Text};
	/** A candidate the diagnosis stopped waiting for (see `walk-set-aside`). */
	readonly setAside?: SetAside;
};

/** A walk of another flowchart (an investigation) and, once it ends, its findings. */
export type CheckView = {
	readonly walk: Walk<Subject>;
	readonly role: 'check';
	/** The investigation's id. */
	readonly investigation: string;
	readonly running?: {readonly node: string; readonly question: Text};
	readonly findings?: readonly ExplainingFinding[];
	/** What the finished walk says about the proxies it looked at. */
	readonly judgements?: readonly ProxyJudgement[];
};

/**
Every flowchart's judgement of each proxy, by URL: the first that finds fault (altered content before a broken
server), else the first that passed it.
*/
function proxyJudgements(walks: readonly WalkView[]): Map<string, ProxyJudgement> {
	const all = walks.flatMap((view) => (view.role === 'check' ? (view.judgements ?? []) : []));
	const rank = (judgement: ProxyJudgement) => (judgement.content === 'altered' ? 0 : judgement.verdict === 'healthy' ? 2 : 1);
	const judged = new Map<string, ProxyJudgement>();
	for (const judgement of all.toSorted((a, b) => rank(a) - rank(b))) {
		if (!judged.has(judgement.url)) {
			judged.set(judgement.url, judgement);
		}
	}

	return judged;
}

/** Any walk as the session keeps it. */
export type WalkView = ConnectivityView | CheckView;

/** The connectivity walks among `walks`. */
export function connectivityViews(walks: readonly WalkView[]): ConnectivityView[] {
	return walks.filter((view): view is ConnectivityView => view.role !== 'check');
}

export type ConclusionInput = {
	readonly goMissing?: string;
	readonly goUnusable?: string;
	readonly noModule?: string;
	readonly snapshot?: GoSnapshot;
	readonly reproduction?: Reproduction;
	readonly walks: readonly WalkView[];
	/** `--strict`: warnings count for the exit status (see exit-status.ts). */
	readonly strict?: boolean;
};

/** What the diagnosis concludes: the findings (most important first), the fixes to offer, one headline. */
export type Conclusion = {
	/** The first finding's category, subject and title (`diagnose --json`'s `headline`, for programs). */
	readonly headline: Text;
	/**
	What the headline in plain words is said from (`verdictLine(findings[0], verdict, tree)` at the edges: the text
	report, the wizard and the transcript lead with it; it is led by the concrete symptom).
	*/
	readonly verdict: VerdictContext;
	readonly findings: readonly Finding[];
	/** Every fix of every finding, most likely first, without duplicates. */
	readonly fixes: readonly Fix[];
	/** The exit status by the contract of exit-status.ts: 1 when go fails or an error finding stands. */
	readonly exitCode: 0 | 1;
	/** When go's message left several causes open: which one the checks settled on, and why. */
	readonly settled?: Settlement;
	/** The measured proxies (GOPROXY entries and candidates). */
	readonly health: readonly ProxyHealth[];
	/** The candidates the diagnosis stopped waiting for (another had answered and passed the checks first). */
	readonly notWaitedFor: readonly NotWaitedFor[];
};

/** A candidate the diagnosis stopped waiting for, by URL and as configured. */
export type NotWaitedFor = SetAside & {readonly url: string; readonly raw: string};

/** Whether the diagnosis stopped waiting for this walk (only a candidate's can be). */
export function setAsideOf(view: WalkView): SetAside | undefined {
	return view.role === 'check' ? undefined : view.setAside;
}

/** The `notWaitedFor` field of a walk in the report and the transcript: present only for a walk set aside. */
export function notWaitedFor(view: WalkView): {notWaitedFor?: SetAside} {
	const setAside = setAsideOf(view);
	return setAside === undefined ? {} : {notWaitedFor: setAside};
}

/**
Turns what was observed into findings. Pure: the walks' verdicts name broken GOPROXY entries, the candidates'
measurements pick the fixes, and the classifier reads go's own error where no walk explains it.
*/
export function conclude(input: ConclusionInput): Conclusion {
	const early = stopsEarly(input);
	if (early !== undefined) {
		return early;
	}

	const measured = measureProxies(input);
	const entries = entryFindings(input, measured);
	const directOnly = directOnlyFinding(measured);
	const implicated = directOnly === undefined ? entries.implicated : [directOnly, ...entries.implicated];
	const checks = checkFindings(input, measured, {...entries, implicated});
	const {goSays, settled} = goFindings(input, measured, {implicated, ...checks});
	return assemble(input, measured, {...entries, implicated, ...checks, goSays, settled});
}

/** The conclusions that need no walk: go is missing or unusable, there is no module, or go cannot parse go.mod. */
function stopsEarly(input: ConclusionInput): Conclusion | undefined {
	if (input.goMissing !== undefined) {
		return single({
			category: 'go-missing',
			severity: 'error',
			subject: 'go',
			summary: say.conclusions.goMissing,
			evidence: [],
			fixes: [
				{
					id: 'install-go',
					title: say.conclusions.installGo,
					kind: 'info',
					scope: 'persistent',
					weakensSecurity: false,
				},
			],
		});
	}

	if (input.goUnusable !== undefined) {
		return single({
			category: 'goproxy-config',
			severity: 'error',
			subject: 'go',
			summary: say.conclusions.goUnusable(input.goUnusable),
			evidence: [],
			fixes: [],
		});
	}

	if (input.noModule !== undefined) {
		return single({
			category: 'no-module',
			severity: 'error',
			subject: input.noModule,
			summary: say.conclusions.noModule(input.noModule),
			evidence: [],
			fixes: [],
		});
	}

	const unparsable = input.reproduction === undefined ? undefined : goModSyntaxError(input.reproduction);
	if (unparsable !== undefined && input.reproduction !== undefined) {
		// Go stops at go.mod before it downloads anything: its message (file and line) is the whole finding.
		return single({
			// A version whose major does not fit the path (`v9.9.9` without `/v9`) is the taxonomy's module-path case.
			category: isMajorVersionError(unparsable) ? 'module-path' : 'other',
			severity: 'error',
			subject: /^(\S*go\.mod:\d+)/.exec(unparsable)?.[1] ?? 'go.mod',
			summary: say.conclusions.goModInvalid(unparsable, isGoModCheck(input.reproduction)),
			evidence: [reproductionEvidence(input.reproduction)],
			fixes: [],
		});
	}

	return undefined;
}

/** What the walks measured of every proxy, and the GOPROXY fixes computed from it. */
type Measured = ReturnType<typeof measureProxies>;

/**
Every proxy's health (the connectivity walks' verdicts, with the other flowcharts' judgements), GOPROXY as go reads
it, and the GOPROXY fixes the broken entries' verdicts offer, computed from what was measured.
*/
function measureProxies(input: ConclusionInput) {
	const {reproduction} = input;
	const failed = reproduction !== undefined && !reproduction.ok;
	const walks = connectivityViews(input.walks);
	const verdicts = new Map(walks.map((view) => [view.walk.id, judgeWalk(view)]));
	// What each proxy serves, where a flowchart compared it with go.sum (§3.1): altered content is not "working".
	// An entry §2.2 found broken (every path 404, its upstream down…) is not "working" either.
	const judged = proxyJudgements(input.walks);
	const health = rankMirrors(
		walks.flatMap((view): ProxyHealth[] => {
			const walkVerdict = verdicts.get(view.walk.id);
			if (walkVerdict === undefined) {
				return [];
			}

			const judgement = judged.get(view.walk.subject.url);
			const correct = judgement?.content === undefined ? undefined : judgement.content === 'correct';
			// Another flowchart's judgement stands where the connectivity walk found the proxy healthy: altered content is
			// a checksum mismatch that this proxy produces (the taxonomy); §2.2 finds a server broken.
			const verdict = walkVerdict.verdict === 'healthy' ? (judgement?.verdict ?? walkVerdict.verdict) : walkVerdict.verdict;
			const symptom =
				verdict === 'healthy' || verdict === 'checksum-mismatch'
					? undefined
					: symptomOf(
							{category: verdict, evidence: view.walk.visits.flatMap((visit) => (visit.evidence === undefined ? [] : [visit.evidence]))},
							linesAbout(reproduction === undefined || reproduction.ok ? '' : reproductionErrorText(reproduction), view.walk.subject.url),
						);
			return [
				{
					url: view.walk.subject.url,
					raw: view.walk.subject.label,
					verdict,
					role: view.role,
					...listTime(view.walk),
					timings: phaseTimes(view.walk),
					...(correct === undefined ? {} : {correct}),
					...(symptom === undefined ? {} : {symptom}),
				},
			];
		}),
	);
	const goproxy = input.snapshot?.values['GOPROXY'] ?? '';
	const {entries} = parseGoproxyList(goproxy);
	const shadowed = input.snapshot?.settings.find((setting) => setting.name === 'GOPROXY')?.source === 'environment';
	// The fixes the flowchart offers at the verdicts of the broken GOPROXY entries (its fix nodes), computed
	// from what was measured.
	const offered = new Set(
		walks.flatMap((view) =>
			view.role === 'goproxy' && view.walk.phase === 'done' && verdicts.get(view.walk.id)?.verdict !== 'healthy' ? view.walk.offers : [],
		),
	);
	const fixes = goproxyFixes(entries, health, {shadowedByEnvironment: shadowed}).filter((fix) => offered.has(fix.id));
	// The GOPROXY remediations another flowchart offers at its verdict (§2.2, §3.1), computed the same way.
	const goproxyFixesFor = (view: CheckView): Fix[] => {
		const offers = new Set<string>(view.walk.phase === 'done' ? view.walk.offers : []);
		return offers.size === 0 ? [] : goproxyFixes(entries, health, {shadowedByEnvironment: shadowed}).filter((fix) => offers.has(fix.id));
	};

	const reproEvidence = reproduction === undefined ? [] : [reproductionEvidence(reproduction)];

	return {reproduction, failed, walks, verdicts, judged, health, goproxy, entries, shadowed, fixes, goproxyFixesFor, reproEvidence};
}

/**
The broken GOPROXY entries' findings: errors where go itself failed on that entry, warnings for entries go never
reached (or got past), notes where go fetched from an entry a check called unreachable.
*/
function entryFindings(input: ConclusionInput, measured: Measured) {
	const {reproduction, failed, walks, verdicts, health, fixes, reproEvidence} = measured;
	// Walk findings first when go itself failed on that entry; go's own error next; broken entries go never
	// reached (or that go got past) last, as warnings: a dead spare must not hide a checksum mismatch.
	const implicated: ExplainingFinding[] = [];
	const spare: Finding[] = [];
	const named = reproduction === undefined ? [] : failingHosts(reproduction);
	const firstNetworked = walks.find((view) => view.role === 'goproxy');
	// Go's own result decides: the entry go fetched from in this run resolves and answers, whatever a check said.
	const fetchedFrom = entryGoFetchedFrom(reproduction?.fetchedInRun, input.snapshot?.values ?? {});
	const notes: Finding[] = [];
	const entryDetails = new Map<Finding, Text>();
	for (const view of walks) {
		const {walk} = view;
		const judged = verdicts.get(walk.id);
		if (view.role !== 'goproxy' || judged === undefined || judged.verdict === 'healthy') {
			continue;
		}

		if (fetchedFrom?.url === walk.subject.url && unreachableEnds.has(walk.current)) {
			notes.push({
				category: judged.verdict,
				severity: 'info',
				subject: walk.subject.label,
				summary: say.conclusions.goFetchedAnyway(walk.subject.label, judged.summary),
				evidence: [...walk.visits.flatMap((visit) => (visit.evidence === undefined ? [] : [visit.evidence])), ...reproEvidence],
				fixes: [],
			});
			continue;
		}

		const host = urlHost(walk.subject.url) ?? walk.subject.url;
		// Go names the host it failed on; a hang names none, and then the entry go asks first is the one it waits on.
		const goFailedHere = failed && (named.includes(host) || (named.length === 0 && view === firstNetworked));
		const working = health.filter((item) => item.verdict === 'healthy').map((item) => item.raw);
		const finding: ExplainingFinding = {
			category: judged.verdict,
			severity: goFailedHere ? 'error' : 'warning',
			subject: walk.subject.label,
			summary: say.conclusions.entry(
				view.entryIndex === undefined ? undefined : view.entryIndex + 1,
				walk.subject.label,
				judged.summary,
				working,
			),
			evidence: [
				...walk.visits.flatMap((visit) => (visit.evidence === undefined ? [] : [visit.evidence])),
				...(goFailedHere ? reproEvidence : []),
			],
			fixes,
			// What go failed on here, the walk explains (only an error explains: a spare's are never read).
			explains: entryExplains(judged.verdict, walk.subject.label),
		};
		(goFailedHere ? implicated : spare).push(finding);
		// Under a verdict line that names the entry, its summary need not name it again.
		entryDetails.set(finding, say.conclusions.entryDetail(judged.summary, working));
	}

	return {implicated, spare, notes, entryDetails};
}

/** GOPROXY=direct and go failed, while a measured proxy serves the module: GOPROXY itself is the first thing to change. */
function directOnlyFinding(measured: Measured): ExplainingFinding | undefined {
	const {failed, entries, health, shadowed, goproxy, reproEvidence} = measured;
	if (!failed || !isDirectOnly(entries)) {
		return undefined;
	}

	const [useWorking] = goproxyFixes(entries, health, {shadowedByEnvironment: shadowed});
	const best = health.find((item) => item.verdict === 'healthy' && item.listMs !== undefined);
	return useWorking === undefined || best === undefined
		? undefined
		: {
				category: 'goproxy-config',
				severity: 'error',
				subject: 'GOPROXY',
				summary: say.conclusions.directOnly(goproxy, best.raw),
				evidence: reproEvidence,
				fixes: [useWorking],
				// Go reached no server but the modules' own hosts, which GOPROXY sent it to.
				explains: [reachExplains],
			};
}

/**
The other flowcharts' findings, with the GOPROXY fixes they offer, as the error findings that explain them leave
them: one that says an implicated entry's failure again joins that entry's finding; a consequence is a warning.
*/
function checkFindings(
	input: ConclusionInput,
	measured: Measured,
	found: {readonly implicated: ExplainingFinding[]; readonly entryDetails: Map<Finding, Text>},
) {
	const {goproxyFixesFor} = measured;
	const {implicated, entryDetails} = found;
	// The other flowcharts' findings: errors explain go's failure better than its message alone; the rest
	// (warnings, notes) come after everything else.
	const allChecks = input.walks.flatMap((view) =>
		view.role === 'check'
			? (view.findings ?? []).map((finding) => {
					const offered = goproxyFixesFor(view);
					return offered.length === 0 ? finding : {...finding, fixes: uniqueFixes([...finding.fixes, ...offered])};
				})
			: [],
	);
	const {left: checks, replaced} = joinExplained([...implicated, ...allChecks], allChecks);
	for (const [index, entry] of implicated.entries()) {
		const joined = replaced.get(entry);
		const detail = entryDetails.get(entry);
		if (joined !== undefined) {
			implicated[index] = joined;
			if (detail !== undefined) {
				entryDetails.set(joined, detail);
			}
		}
	}

	const demoted = demoteExplained([...implicated, ...checks], checks);
	const checkErrors = demoted.filter((finding) => finding.severity === 'error');
	const checkOthers = demoted.filter((finding) => finding.severity !== 'error');
	return {checks, checkErrors, checkOthers};
}

/**
Go's own error, classified, where no walk or flowchart explains it; and, where go's message leaves causes open,
which one the checks settled on.
*/
function goFindings(
	input: ConclusionInput,
	measured: Measured,
	found: {
		readonly implicated: readonly ExplainingFinding[];
		readonly checks: readonly Finding[];
		readonly checkErrors: readonly ExplainingFinding[];
	},
): {goSays: ExplainingFinding[]; settled: Settlement | undefined} {
	const {reproduction, failed, fixes, reproEvidence} = measured;
	const {implicated, checks, checkErrors} = found;
	if (!failed || reproduction === undefined) {
		return {goSays: [], settled: undefined};
	}

	const classification = classifyGoOutput(reproductionErrorText(reproduction));
	// Read with go's settings, as the checks were chosen; the primary is settled as refined.
	const refined = refineClassified(classification.items, input.snapshot?.values ?? {});
	const primary = classification.primary === undefined ? undefined : refined[classification.items.indexOf(classification.primary)];
	// When go's message leaves causes open, which one the checks settled on.
	const settled = settleAlternatives(primary, [...implicated, ...checks]);
	// A walk or a flowchart that examined this very failure, or whose cause explains it, says more than go's message.
	const goSays: ExplainingFinding[] = refined
		.filter((item) => !goExplained([...implicated, ...checkErrors], failureOfGoItem(item)))
		.map((item) => ({
			category: item.category,
			severity: 'error',
			subject:
				item.module === undefined
					? (item.host ?? 'go mod download')
					: `${item.module}${item.version === undefined ? '' : `@${item.version}`}`,
			summary: item.explanation,
			evidence: reproEvidence,
			fixes: item.fixes,
			explains: verdictExplains(item.category),
		}));
	if (implicated.length === 0 && goSays.length === 0 && checkErrors.length === 0) {
		goSays.push({
			category: reproduction.timedOut ? 'timeout' : 'other',
			severity: 'error',
			subject: 'go mod download',
			summary: reproduction.headline,
			evidence: reproEvidence,
			fixes: reproduction.timedOut ? fixes : [],
		});
	}

	return {goSays, settled};
}

/** The findings in order, the verdict line and headline, the fixes ranked, the exit status. */
function assemble(
	input: ConclusionInput,
	measured: Measured,
	found: {
		readonly implicated: readonly ExplainingFinding[];
		readonly spare: readonly Finding[];
		readonly notes: readonly Finding[];
		readonly entryDetails: Map<Finding, Text>;
		readonly checkErrors: readonly ExplainingFinding[];
		readonly checkOthers: readonly ExplainingFinding[];
		readonly goSays: readonly ExplainingFinding[];
		readonly settled: Settlement | undefined;
	},
): Conclusion {
	const {reproduction, failed, walks, health, entries, reproEvidence} = measured;
	const {implicated, spare, notes, entryDetails, checkErrors, checkOthers, goSays, settled} = found;
	// What an error finding says is no failure of its own leaves the list (go's findings too, now they are known).
	const findings: ExplainingFinding[] = mergeFindings(
		dropExplained([...implicated, ...checkErrors, ...goSays, ...spare, ...checkOthers, ...notes]),
	);
	// A check that go's own result proved wrong is a note: where nothing else is wrong, go's success heads the list.
	if (findings.every((finding) => finding.severity === 'info') && (findings.length === 0 || notes.length > 0)) {
		findings.unshift({
			category: 'healthy',
			severity: 'info',
			subject: 'go mod download',
			summary: reproduction === undefined ? say.conclusions.nothingReproduced : reproduction.headline,
			evidence: reproEvidence,
			fixes: [],
		});
	}

	const fromEnvironment = new Set(
		input.snapshot?.settings.filter((setting) => setting.source === 'environment').map((setting) => setting.name),
	);
	const allFixes = rankFixes(uniqueFixes(findings.flatMap((finding) => finding.fixes)), {fromEnvironment, findings});
	const first = findings[0]!;
	const headline =
		first.category === 'healthy'
			? first.summary
			: say.conclusions.headline(first.category, first.subject, say.categories[first.category], findings.length - 1);
	const entryDetail = entryDetails.get(first);
	const verdict: VerdictContext = {
		entries,
		goError: failed && reproduction !== undefined ? reproductionErrorText(reproduction) : '',
		goFailed: failed,
		...(entryDetail === undefined ? {} : {entryDetail}),
	};
	return {
		headline,
		verdict,
		findings: findings.map((finding) => withoutExplains(finding)),
		fixes: allFixes,
		exitCode: exitStatus({goFailed: failed, severities: findings.map((finding) => finding.severity), strict: input.strict === true}),
		...(settled === undefined ? {} : {settled}),
		health,
		notWaitedFor: walks.flatMap((view) =>
			view.setAside === undefined ? [] : [{url: view.walk.subject.url, raw: view.walk.subject.label, ...view.setAside}],
		),
	};
}

/**
The ends of the connectivity flowchart that say the entry cannot be reached or does not answer: a run in which go
fetched from that entry proves them wrong (the check met a passing stall).
*/
const unreachableEnds = new Set(['dnsFails', 'portClosed', 'unroutable', 'noAnswer', 'slowAnswer', 'proxyUnresolved', 'proxyDown']);

/**
A connectivity walk's verdict. An entry that answers 404/410 ends `healthy` here (with `,` go moves on); whether
its path mapping is wrong is the §2.2 flowchart's question (source/flowcharts/proxy-server/).
*/
function judgeWalk(view: ConnectivityView): {verdict: Category; summary: Text} | undefined {
	const {walk} = view;
	return walk.phase === 'done' ? {verdict: walk.verdict, summary: walk.summary} : undefined;
}

/**
One finding per cause: where a flowchart examined the very entry a connectivity walk blamed, for the same
category, its finding (more specific) takes the first one's place and keeps the evidence of both.
*/
function mergeFindings(findings: readonly ExplainingFinding[]): ExplainingFinding[] {
	const merged: ExplainingFinding[] = [];
	for (const finding of findings) {
		const earlier = merged.findIndex(
			(item) =>
				item.category === finding.category && item.subject === finding.subject && item.severity === finding.severity && item !== finding,
		);
		if (earlier === -1) {
			merged.push(finding);
			continue;
		}

		const first = merged[earlier]!;
		merged[earlier] = {
			...finding,
			evidence: uniqueEvidence([...first.evidence, ...finding.evidence]),
			fixes: uniqueFixes([...finding.fixes, ...first.fixes]),
		};
	}

	return merged;
}

function single(finding: Finding): Conclusion {
	return {
		headline: finding.summary,
		verdict: {entries: [], goError: '', goFailed: true, whole: true},
		findings: [finding],
		fixes: finding.fixes,
		exitCode: 1,
		health: [],
		notWaitedFor: [],
	};
}

/**
The measured proxies as §3.1 chooses among them: the working ones (that did not serve altered content) first,
fastest first; the broken ones after, in the order they were measured.
*/
export function rankMirrors(health: readonly ProxyHealth[]): ProxyHealth[] {
	const working = health.filter((item) => item.verdict === 'healthy');
	const broken = health.filter((item) => item.verdict !== 'healthy');
	return [...working.toSorted((a, b) => (a.listMs ?? Number.POSITIVE_INFINITY) - (b.listMs ?? Number.POSITIVE_INFINITY)), ...broken];
}

/** How long each phase of reaching the proxy took: DNS, the TCP connect, the TLS handshake, the version list. */
function phaseTimes(walk: Walk): NonNullable<ProxyHealth['timings']> {
	const took = (probe: string, outcomes: readonly string[]) =>
		walk.visits.find((visit) => visit.evidence?.probe === probe && outcomes.includes(visit.branch) && !visit.node.startsWith('proxy'))
			?.evidence?.durationMs;
	const times = {dnsMs: took('dns', ['resolved', 'slow']), connectMs: took('tcp', ['open']), tlsMs: took('tls', ['ok']), ...listTime(walk)};
	return Object.fromEntries(Object.entries(times).filter(([, value]) => value !== undefined));
}

/** How long a connectivity walk's version list took, when the entry served it. */
export function listTime(walk: Walk): {listMs?: number} {
	const list = walk.visits.find((visit) => visit.evidence?.probe === 'http' && visit.branch === 'ok');
	return list?.evidence === undefined ? {} : {listMs: list.evidence.durationMs};
}

/** The reproduction as a piece of evidence. */
export function reproductionEvidence(reproduction: Reproduction): Evidence {
	const output = reproductionErrorText(reproduction);
	return {
		probe: 'go',
		tool: 'go',
		command: formatArgv(reproduction.argv),
		argv: reproduction.argv,
		outcome: reproduction.ok ? 'ok' : reproduction.timedOut ? 'timeout' : 'failed',
		summary: reproduction.headline,
		...(reproduction.exitCode === undefined ? {} : {exitCode: reproduction.exitCode}),
		durationMs: reproduction.durationMs,
		...(output === '' ? {} : {output}),
	};
}
