import {verdictLine, type Verdict} from '../diagnose/verdict-line.js';
import {renderDeep, type Rendered, type TextTree} from '../i18n/message.js';
import type {Language} from '../i18n/language.js';
import type {Finding} from '../model/report.js';
import type {TranscriptRenderOptions} from './render-markdown.js';
import type {Transcript, TranscriptEntry} from './types.js';

/** Output kept per command or check in the JSON export; the recorder already trims, this only bounds it. */
const maxOutputChars = 65_536;

/** The JSON export: the same content as the Markdown one, for programs. */
export type TranscriptJson = {
	readonly schemaVersion: 1;
	readonly tool: 'gomod-doctor';
	readonly toolVersion: string;
	/** The language of the free-text fields (questions, summaries, titles); every id is the same in all languages. */
	readonly language: Language;
	readonly startedAt: string;
	readonly entries: readonly JsonEntry[];
	readonly walks: Transcript['walks'];
	readonly diagrams: TranscriptRenderOptions['diagrams'];
};

/** A transcript entry as JSON has it: its messages said; a conclusion's verdict as its line and the detail left. */
type JsonEntry =
	| Exclude<Rendered<TranscriptEntry>, {kind: 'conclusion'}>
	| {
			readonly kind: 'conclusion';
			readonly at: string;
			readonly verdict?: Verdict;
			readonly findings: ReadonlyArray<Rendered<Finding>>;
	  };

function jsonEntry(entry: TranscriptEntry, tree: TextTree): JsonEntry {
	if (entry.kind !== 'conclusion') {
		return renderDeep(entry, tree);
	}

	const [first] = entry.findings;
	return {
		kind: 'conclusion',
		at: entry.at,
		...(entry.verdict === undefined || first === undefined ? {} : {verdict: verdictLine(first, entry.verdict, tree)}),
		findings: renderDeep(entry.findings, tree),
	};
}

function capOutput(text: string): string {
	return text.length <= maxOutputChars ? text : `${text.slice(0, maxOutputChars)}\n… ${text.length - maxOutputChars} more characters cut …`;
}

/** Output capped after redaction (a cut before it could split a secret so that no rule recognizes the rest). */
function capEntry(entry: JsonEntry): JsonEntry {
	switch (entry.kind) {
		case 'command': {
			return {...entry, output: capOutput(entry.output)};
		}

		case 'step': {
			return entry.evidence.output === undefined
				? entry
				: {...entry, evidence: {...entry.evidence, output: capOutput(entry.evidence.output)}};
		}

		case 'session':
		case 'settings':
		case 'conclusion':
		case 'choice':
		case 'fix':
		case 'verify':
		case 'undo':
		case 'note': {
			return entry;
		}
	}
}

/**
The transcript as a JSON document (`schemaVersion: 1`): every message said in the reader's language (`language`
says which), every string redacted with `redactDeep`.
*/
export function renderTranscriptJson(transcript: Transcript, options: TranscriptRenderOptions): string {
	const document: TranscriptJson = {
		schemaVersion: 1,
		tool: 'gomod-doctor',
		toolVersion: options.toolVersion,
		language: options.tree.language,
		startedAt: transcript.startedAt,
		entries: transcript.entries.map((entry) => jsonEntry(entry, options.tree)),
		walks: transcript.walks,
		diagrams: options.diagrams,
	};
	const redacted = options.redactor.redactDeep(document);
	return `${JSON.stringify({...redacted, entries: redacted.entries.map((entry) => capEntry(entry))}, undefined, 2)}\n`;
}
