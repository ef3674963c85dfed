import {reproductionEvidence} from '../../diagnose/conclude.js';
import type {AfterContext} from '../../diagnose/investigation.js';
import {urlHost} from '../../go/reproduce-download.js';
import {say} from '../../i18n/index.js';
import {defineFlowchart} from '../define-flowchart.js';
import {verdictExplains} from '../explains.js';
import {shortReadGraph, type ShortReadSubject} from './graph.js';
import {fileLengthProbe} from './probe-file-length.js';
import {en} from './text.en.js';
import {zh} from './text.zh.js';

/** At most this many cut files are asked for again. */
const maxFiles = 3;

/** Go's words for a file it could not read to its end: `read "URL": unexpected EOF`. */
const shortReadPattern = /\bread "(https?:\/\/[^"\s]+)": unexpected EOF\b/g;

/** The files go could not read to their end, as go's output names them (at most {@link maxFiles}). */
function shortReadSubjects(context: AfterContext): ShortReadSubject[] {
	const {reproduction} = context;
	if (reproduction === undefined || reproduction.ok) {
		return [];
	}

	const texts = [reproduction.stderr, ...reproduction.failures.map((failure) => failure.error)];
	const urls = [...new Set(texts.flatMap((text) => [...text.matchAll(shortReadPattern)].map((match) => match[1]!)))];
	return urls.slice(0, maxFiles).map((url) => {
		const entry = entryOf(url, context);
		return {
			...entry,
			fileUrl: url,
			host: urlHost(url) ?? url,
			file: fileOf(url.startsWith(`${entry.url}/`) ? url.slice(entry.url.length) : url),
		};
	});
}

/**
§2.2 after the reproduction: every file go could not read to its end (the server, or a proxy on the way, closed
the connection before the announced Content-Length) is asked for again, counting the bytes, so that the finding
says how many of how many bytes came, from which host, and whether the cut is there every time.
*/
export const shortReadFlowchart = defineFlowchart<ShortReadSubject>()({
	id: 'short-read',
	graph: shortReadGraph,
	phase: 'after',
	subjects: shortReadSubjects,
	// The entry that cut a file may well serve its go.mod as go.sum says and so vouch for itself: the candidates are
	// the other proxies a fix can recommend, so every one is waited for.
	waitsForEveryCandidate: (context) => shortReadSubjects(context).length > 0,
	checks: {
		'file-length': async (subject, run) =>
			fileLengthProbe.run({
				system: run.context.system,
				url: subject.fileUrl,
				env: run.context.env,
				timeoutMs: run.timeoutMs,
				...(run.signal === undefined ? {} : {signal: run.signal}),
			}),
	},
	judge(walk) {
		// A server found broken is not a mirror to recommend, even where its version list answered.
		return walk.verdict === 'proxy-bad-response' ? [{url: walk.subject.url, verdict: walk.verdict}] : [];
	},
	findings(walk, {context, evidence}) {
		if (walk.verdict === 'healthy') {
			return [];
		}

		const measured = evidence.at(-1)?.summary;
		return [
			{
				category: walk.verdict,
				severity: 'error',
				subject: walk.subject.label,
				summary: measured === undefined ? walk.summary : say.common.sentences([walk.summary, measured]),
				evidence: [...evidence, ...(context.reproduction === undefined ? [] : [reproductionEvidence(context.reproduction)])],
				// The GOPROXY fixes are computed from every proxy measured, by conclude, from the walk's offers.
				fixes: [],
				explains: verdictExplains(walk.verdict),
			},
		];
	},
	text: {en, zh},
});

/** The GOPROXY entry whose URL the file's URL starts with (the longest); else the file's origin, named by its host. */
function entryOf(url: string, context: AfterContext): {label: string; url: string} {
	const entry = (context.proxies ?? [])
		.filter((proxy) => proxy.role === 'goproxy' && url.startsWith(`${proxy.url.replace(/\/+$/, '')}/`))
		.toSorted((a, b) => b.url.length - a.url.length)[0];
	if (entry !== undefined) {
		return {label: entry.label, url: entry.url.replace(/\/+$/, '')};
	}

	try {
		return {label: new URL(url).host, url: new URL(url).origin};
	} catch {
		return {label: url, url};
	}
}

/** `example.com/m@v1.0.0 (zip)` from `/example.com/m/@v/v1.0.0.zip` (the path under the entry); the path otherwise. */
function fileOf(path: string): string {
	const match = /^\/([^"]+?)\/@v\/([^/]+)\.(zip|mod|info)$/.exec(safePath(path));
	if (match === null) {
		return safePath(path);
	}

	const unescape = (text: string) => text.replaceAll(/!([a-z])/g, (_all, letter: string) => letter.toUpperCase());
	return `${unescape(match[1]!)}@${unescape(match[2]!)} (${match[3]!})`;
}

function safePath(path: string): string {
	try {
		return decodeURIComponent(/^https?:/.test(path) ? new URL(path).pathname : path);
	} catch {
		return path;
	}
}
