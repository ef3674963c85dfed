import {STATUS_CODES} from 'node:http';
import {findModuleAtVersion} from '../classify/extract-details.js';
import type {ProxyEntry} from '../go/parse-goproxy-list.js';
import {renderText, t, type Language, type Text, type TextTree} from '../i18n/index.js';
import {assertNever} from '../model/assert-never.js';
import type {Finding} from '../model/report.js';
import type {Symptom} from '../model/symptom.js';

export type {Symptom} from '../model/symptom.js';

/** What the verdict says: one line, and what is left of the first finding's summary to say after it. */
export type Verdict = {
	/** The headline in plain words, led by the concrete symptom; no taxonomy id. */
	readonly line: string;
	/** The first finding's summary without what `line` already says (empty when nothing is left). */
	readonly detail: string;
};

/** What the verdict is made from besides the first finding. */
export type VerdictContext = {
	/** The first finding's summary is the verdict, whole (go missing or unusable, no module, a go.mod go cannot parse). */
	readonly whole?: true;
	/** Said in place of the first finding's summary when the verdict line leaves all of it to say (a GOPROXY entry's walk). */
	readonly entryDetail?: Text;
	/** The GOPROXY entries as go reads them. */
	readonly entries: readonly ProxyEntry[];
	/** Go's error text from the reproduction (empty when go succeeded or did not run). */
	readonly goError: string;
	/** Go failed, and on this finding's subject: "go stops there". */
	readonly goFailed: boolean;
};

/** The longest message of go's (an x509 reason) quoted in a headline. */
const maxMessage = 160;

/**
The headline of a conclusion in the reader's words (`tree`), from its first finding: "GOPROXY entry 1 (http://…)
answers 502 Bad Gateway; go stops there." Where no concrete symptom is known, the first sentence of the finding's
own summary (which names its subject and symptom in words). An edge: the conclusion holds the finding and the
context, and whoever shows it says the verdict. Pure.
*/
export function verdictLine(finding: Finding, context: VerdictContext, tree: TextTree): Verdict {
	const summary = renderText(finding.summary, tree);
	if (context.whole === true) {
		return {line: summary, detail: ''};
	}

	const said = verdictOf(
		{...finding, summary, evidence: finding.evidence.map((item) => ({...item, summary: renderText(item.summary, tree)}))},
		context,
		tree.language,
	);
	return context.entryDetail === undefined || said.detail !== summary ? said : {...said, detail: renderText(context.entryDetail, tree)};
}

type SaidFinding = Omit<Finding, 'summary' | 'evidence'> & {
	readonly summary: string;
	readonly evidence: ReadonlyArray<Finding['evidence'][number] & {readonly summary: string}>;
};

function verdictOf(first: SaidFinding, context: VerdictContext, language: Language): Verdict {
	const words = t(language).conclusions.verdict;
	if (first.category === 'healthy') {
		return {line: first.summary, detail: ''};
	}

	const entryIndex = context.entries.findIndex(
		(entry) => entry.kind === 'url' && (entry.raw === first.subject || entry.url === first.subject),
	);
	const goLines = relevantLines(context.goError, first.subject);
	const symptom = symptomOf(first, goLines);
	const stops = context.goFailed && first.severity === 'error';
	if (entryIndex !== -1 && symptom !== undefined && first.category !== 'checksum-mismatch') {
		return {
			line: entrySentence(words, words.entry(entryIndex + 1, first.subject), symptom, stops, first.category === 'proxy-bad-response'),
			detail: first.summary,
		};
	}

	if (first.category === 'checksum-mismatch') {
		const found = findModuleAtVersion(goLines.find((line) => line.includes('checksum mismatch')) ?? '');
		const cause =
			entryIndex === -1
				? firstSentence(first.summary)
				: {head: words.altered(words.entry(entryIndex + 1, first.subject)), rest: first.summary};
		return found === undefined
			? {line: cause.head, detail: cause.rest}
			: {line: words.checksumMismatch(found.module, found.version.replace(/\/go\.mod$/, ''), cause.head), detail: cause.rest};
	}

	if (first.category === 'sumdb' && symptom !== undefined && symptom.kind !== 'status') {
		return {line: entrySentence(words, words.sumdb(first.subject), symptom, stops, false), detail: first.summary};
	}

	const sentence = firstSentence(first.summary);
	// A status go read that the summary does not name (the 404 of a module that does not exist, of a private module).
	if (symptom?.kind === 'status' && !first.summary.includes(String(symptom.status))) {
		return {line: words.goGets(symptom.status, symptom.reason, first.subject, sentence.head), detail: sentence.rest};
	}

	return {line: sentence.head, detail: sentence.rest};
}

/** One sentence about a GOPROXY entry (or the checksum database), `where`, led by its symptom. */
function entrySentence(
	words: ReturnType<typeof t>['conclusions']['verdict'],
	where: string,
	symptom: Symptom,
	stops: boolean,
	everyPath: boolean,
): string {
	switch (symptom.kind) {
		case 'status': {
			return everyPath && (symptom.status === 404 || symptom.status === 410)
				? words.everyPath(where, symptom.status, symptom.reason)
				: words.status(where, symptom.status, symptom.reason, stops);
		}

		case 'proxy-status': {
			return words.throughProxy(where, words.proxyAnswers(symptom.status, symptom.reason));
		}

		case 'proxy-refused': {
			return words.throughProxy(where, words.proxyRefuses);
		}

		case 'refused': {
			return words.refused(where, stops);
		}

		case 'no-such-host': {
			return words.noSuchHost(where, stops);
		}

		case 'no-answer': {
			return words.noAnswer(where);
		}

		case 'unknown-authority': {
			return words.unknownAuthority(where);
		}

		case 'certificate': {
			return words.certificate(where, symptom.message);
		}

		case 'cut-short': {
			return words.cutShort(where);
		}

		case 'html-page': {
			return words.htmlPage(where);
		}

		default: {
			return assertNever(symptom);
		}
	}
}

/** Go's error lines about `subject` (by its host), else all of them. */
function relevantLines(goError: string, subject: string): string[] {
	const about = linesAbout(goError, subject);
	return about.length > 0 ? about : goError.split('\n').filter((line) => line.trim() !== '');
}

/** Go's error lines that name the host of `url`. */
export function linesAbout(goError: string, url: string): string[] {
	const host = /^[a-z]+:\/\/([^/\s]+)/i.exec(url)?.[1];
	return host === undefined ? [] : goError.split('\n').filter((line) => line.includes(host));
}

/**
The symptom of a finding: what its evidence measured where that is unambiguous (an HTML page, a hang, a file cut
short), else what go's own error says.
*/
export function symptomOf(finding: Pick<Finding, 'evidence' | 'category'>, goLines: readonly string[]): Symptom | undefined {
	const outcomes = new Set(finding.evidence.filter((item) => item.probe !== 'go').map((item) => `${item.probe}:${item.outcome}`));
	if (outcomes.has('http:bad-body')) {
		return {kind: 'html-page'};
	}

	if (outcomes.has('http:short')) {
		return {kind: 'cut-short'};
	}

	if (
		finding.category === 'timeout' &&
		(outcomes.has('http:timeout') || finding.evidence.some((item) => item.probe === 'go' && item.outcome === 'timeout'))
	) {
		return {kind: 'no-answer'};
	}

	const fromGo = symptomInGoText(goLines);
	if (fromGo !== undefined) {
		return fromGo;
	}

	// A status the checks read (`502 Bad Gateway (13 ms): …`).
	const status = finding.evidence
		.flatMap((item) => (item.probe === 'http' && item.outcome !== 'ok' ? [statusOf(item.summary)] : []))
		.find(Boolean);
	if (status !== undefined && status >= 400) {
		return {kind: 'status', status, reason: STATUS_CODES[status] ?? ''};
	}

	if (outcomes.has('dns:failed')) {
		return {kind: 'no-such-host'};
	}

	if (outcomes.has('tcp:refused') || outcomes.has('http:refused')) {
		return {kind: 'refused'};
	}

	return outcomes.has('tcp:timeout') || outcomes.has('http:timeout') ? {kind: 'no-answer'} : undefined;
}

/**
The HTTP status an HTTP check's summary leads with: the first parameter of its message (the status line, e.g.
`502 Bad Gateway`), or the start of a plain summary.
*/
function statusOf(summary: Text): number | undefined {
	const lead = typeof summary === 'string' ? summary : summary.args?.[0];
	const status = typeof lead === 'string' ? /^([1-5]\d\d)\b/.exec(lead)?.[1] : undefined;
	return status === undefined ? undefined : Number(status);
}

/** The symptom go's error lines name, the first that one does. */
function symptomInGoText(lines: readonly string[]): Symptom | undefined {
	for (const line of lines) {
		const bounded = line.slice(0, 2000);
		if (/proxyconnect tcp: .*connection refused/.test(bounded)) {
			return {kind: 'proxy-refused'};
		}

		if (bounded.includes('x509: certificate signed by unknown authority')) {
			return {kind: 'unknown-authority'};
		}

		const x509 = /(x509: [^\n]{1,300})$/.exec(bounded)?.[1];
		if (x509 !== undefined) {
			return {kind: 'certificate', message: x509.slice(0, maxMessage)};
		}

		if (/\blookup \S+.*: no such host\b/.test(bounded)) {
			return {kind: 'no-such-host'};
		}

		if (bounded.includes('connection refused')) {
			return {kind: 'refused'};
		}

		if (bounded.includes('unexpected EOF')) {
			return {kind: 'cut-short'};
		}

		const status = /: ([1-5]\d\d)(?: [A-Za-z][A-Za-z -]{0,60})?$/.exec(bounded)?.[1];
		if (status !== undefined) {
			const code = Number(status);
			const reason = STATUS_CODES[code] ?? '';
			return code === 407 ? {kind: 'proxy-status', status: code, reason} : {kind: 'status', status: code, reason};
		}
	}

	return undefined;
}

/** The first sentence of `text` (to the first `. ` or `。`) and the rest. */
function firstSentence(text: string): {head: string; rest: string} {
	const end = /\.\s|。/.exec(text);
	if (end === null) {
		return {head: text, rest: ''};
	}

	const cut = end.index + 1;
	return {head: text.slice(0, cut).trim(), rest: text.slice(cut + (end[0] === '。' ? 0 : 1)).trim()};
}
