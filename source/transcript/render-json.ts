import {currentLanguage, type Language} from '../i18n/language.js';
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
	readonly entries: readonly TranscriptEntry[];
	readonly walks: Transcript['walks'];
	readonly diagrams: TranscriptRenderOptions['diagrams'];
};

function capOutput(text: string): string {
	return text.length <= maxOutputChars ? text : `${text.slice(0, maxOutputChars)}\n… ${text.length - maxOutputChars} more characters cut …`;
}

/** Output capped after redaction (a cut before it could split a secret so that no rule recognizes the rest). */
function capEntry(entry: TranscriptEntry): TranscriptEntry {
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

/** The transcript as a JSON document (`schemaVersion: 1`), every string redacted with `redactDeep`. */
export function renderTranscriptJson(transcript: Transcript, options: TranscriptRenderOptions): string {
	const document: TranscriptJson = {
		schemaVersion: 1,
		tool: 'gomod-doctor',
		toolVersion: options.toolVersion,
		language: currentLanguage(),
		startedAt: transcript.startedAt,
		entries: transcript.entries,
		walks: transcript.walks,
		diagrams: options.diagrams,
	};
	const redacted = options.redactor.redactDeep(document);
	return `${JSON.stringify({...redacted, entries: redacted.entries.map((entry) => capEntry(entry))}, undefined, 2)}\n`;
}
