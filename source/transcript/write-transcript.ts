import {isAbsolute, join} from 'node:path';
import {say} from '../i18n/index.js';
import {TextError} from '../i18n/text-error.js';
import {sanitizeText} from '../model/sanitize-text.js';
import {fileErrorText} from '../system/describe-file-error.js';
import type {Environment, FileSystem} from '../system/types.js';
import {renderTranscriptJson} from './render-json.js';
import {renderTranscriptMarkdown, type TranscriptRenderOptions} from './render-markdown.js';
import type {Transcript} from './types.js';

export type WriteTranscriptOptions = TranscriptRenderOptions & {
	/** Created (mode 0700) when missing. */
	readonly dir: string;
	readonly transcript: Transcript;
	/** The time in the file names. @default the transcript's `startedAt`, or now when that is not a date */
	readonly date?: Date;
	/** Where the files are made (tests make writes fail as a full disk does). */
	readonly fs: FileSystem;
	/**
	An earlier export of the same session, now stale: the new transcript takes its place (written under new
	names first, then renamed over it), so that one session leaves one transcript.
	*/
	readonly replacing?: WrittenTranscript;
};

/**
A transcript that could not be written, by a reason of the machine's (a full disk, a read-only or missing state
directory), with the file or directory named; the CLI says it as it is, not as an internal error. Nothing is left
half-written.
*/
export class TranscriptWriteError extends TextError {
	override readonly name = 'TranscriptWriteError';
}

export type WrittenTranscript = {
	readonly markdownPath: string;
	readonly jsonPath: string;
};

/** At most this many `-N` suffixes are tried before giving up. */
const maxAttempts = 1000;

function pad(value: number, length = 2): string {
	return String(value).padStart(length, '0');
}

/** `YYYYMMDD-HHMMSS`, in UTC (so that names sort the same on every machine). */
export function transcriptStamp(date: Date): string {
	return `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}-${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`;
}

/** Creates a file that must not exist yet (O_EXCL: never overwrites, never follows a planted symlink), mode 0600. */
async function createExclusive(fs: FileSystem, path: string, content: string): Promise<boolean> {
	let handle;
	try {
		handle = await fs.open(path, 'wx', 0o600);
	} catch (error) {
		const {code} = error as NodeJS.ErrnoException;
		if (code === 'EEXIST') {
			return false;
		}

		throw new TranscriptWriteError(say.transcript.cannotCreate(path, fileErrorText(code)));
	}

	try {
		// Transcripts are read with cat and less: nothing in them is obeyed by a terminal (JSON stays valid).
		await handle.writeFile(sanitizeText(content), 'utf8');
		await handle.close();
	} catch (error) {
		// A full disk mid-write: no empty or half transcript is left behind.
		await handle.close().catch(() => undefined);
		await fs.rm(path).catch(() => undefined);
		const {code} = error as NodeJS.ErrnoException;
		throw new TranscriptWriteError(say.transcript.cannotWrite(path, fileErrorText(code)));
	}

	return true;
}

/**
Writes `gomod-doctor-YYYYMMDD-HHMMSS.md` and `.json` side by side (redacted, mode 0600). Existing files are never
overwritten: a `-2`, `-3`… suffix is added to both names instead.
*/
export async function writeTranscript(options: WriteTranscriptOptions): Promise<WrittenTranscript> {
	const {dir, transcript, fs} = options;
	const started = new Date(transcript.startedAt);
	const date = options.date ?? (Number.isNaN(started.getTime()) ? new Date() : started);
	const markdown = renderTranscriptMarkdown(transcript, options);
	const json = renderTranscriptJson(transcript, options);
	try {
		await fs.mkdir(dir, {recursive: true, mode: 0o700});
	} catch (error) {
		const {code} = error as NodeJS.ErrnoException;
		throw new TranscriptWriteError(say.transcript.cannotCreateDirectory(dir, fileErrorText(code)));
	}

	const base = `gomod-doctor-${transcriptStamp(date)}`;
	for (let attempt = 1; attempt <= maxAttempts; attempt++) {
		const name = attempt === 1 ? base : `${base}-${attempt}`;
		const markdownPath = join(dir, `${name}.md`);
		const jsonPath = join(dir, `${name}.json`);
		// eslint-disable-next-line no-await-in-loop -- each name is tried in turn
		if (!(await createExclusive(fs, markdownPath, markdown))) {
			continue;
		}

		let created: boolean;
		try {
			// eslint-disable-next-line no-await-in-loop -- the pair must share one name
			created = await createExclusive(fs, jsonPath, json);
		} catch (error) {
			// eslint-disable-next-line no-await-in-loop -- the pair goes together, or not at all
			await fs.rm(markdownPath).catch(() => undefined);
			throw error;
		}

		if (created) {
			return options.replacing === undefined ? {markdownPath, jsonPath} : replace(fs, {markdownPath, jsonPath}, options.replacing);
		}

		// eslint-disable-next-line no-await-in-loop -- only the file just created is removed
		await fs.rm(markdownPath);
	}

	throw new Error(`writeTranscript: ${maxAttempts} transcripts named ${base} already exist in ${dir}`);
}

/** Renames `written` over `stale` (a rename replaces the entry itself: it never writes through a symlink). */
async function replace(fs: FileSystem, written: WrittenTranscript, stale: WrittenTranscript): Promise<WrittenTranscript> {
	try {
		await fs.rename(written.markdownPath, stale.markdownPath);
		await fs.rename(written.jsonPath, stale.jsonPath);
		return stale;
	} catch {
		// The earlier files' directory is gone or not ours to write: the new pair stands on its own.
		return written;
	}
}

function nonEmpty(value: string | undefined): string | undefined {
	return value === undefined || value === '' ? undefined : value;
}

/**
Where transcripts go: `$GOMOD_DOCTOR_STATE_DIR/transcripts`, else `$XDG_STATE_HOME/gomod-doctor/transcripts`,
else `$HOME/.local/state/gomod-doctor/transcripts`. A relative XDG_STATE_HOME is ignored, as the XDG spec says.
*/
export function defaultTranscriptDir(env: Environment, fs: FileSystem): string {
	const state = nonEmpty(env['GOMOD_DOCTOR_STATE_DIR']);
	if (state !== undefined) {
		return join(state, 'transcripts');
	}

	const xdg = nonEmpty(env['XDG_STATE_HOME']);
	if (xdg !== undefined && isAbsolute(xdg)) {
		return join(xdg, 'gomod-doctor', 'transcripts');
	}

	return join(nonEmpty(env['HOME']) ?? fs.homedir(), '.local', 'state', 'gomod-doctor', 'transcripts');
}
