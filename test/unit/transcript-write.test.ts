import assert from 'node:assert/strict';
import {mkdtemp, open, readdir, readFile, rm, stat, symlink, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, test} from 'node:test';
import {createRedactor} from '../../source/redact/redact.js';
import type {Transcript} from '../../source/transcript/types.js';
import {textTree} from '../../source/flowcharts/texts.js';
import {nodeFileSystem} from '../../source/system/file-system.js';
import type {FileSystem} from '../../source/system/types.js';
import {
	defaultTranscriptDir,
	transcriptStamp,
	writeTranscript,
	type TranscriptWriteError,
} from '../../source/transcript/write-transcript.js';
import {english} from '../helpers/text.js';

const transcript: Transcript = {
	startedAt: '2025-03-04T05:06:07.000Z',
	entries: [
		{kind: 'session', at: '2025-03-04T05:06:07.000Z', toolVersion: '0.1.0', dir: '/src/app'},
		{kind: 'note', at: '2025-03-04T05:06:08.000Z', text: 'token=planted-secret-123 and https://u:planted-pw-456@h.example'},
	],
	walks: [],
};

async function temporaryDirectory(t: {after: (fn: () => Promise<void>) => void}): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'gomod-doctor-transcript-'));
	t.after(async () => rm(dir, {recursive: true, force: true}));
	return dir;
}

function write(dir: string) {
	return writeTranscript({
		dir,
		fs: nodeFileSystem,
		transcript,
		redactor: createRedactor(),
		diagrams: [{title: 't', mermaid: 'graph TD\n  a --> b'}],
		toolVersion: '0.1.0',
		tree: textTree('en'),
	});
}

describe('writeTranscript', () => {
	test('writes the Markdown and JSON pair, named after the start time, mode 0600, in a new directory', async (t) => {
		const base = await temporaryDirectory(t);
		const dir = join(base, 'state', 'transcripts');
		const written = await write(dir);
		assert.equal(written.markdownPath, join(dir, 'gomod-doctor-20250304-050607.md'));
		assert.equal(written.jsonPath, join(dir, 'gomod-doctor-20250304-050607.json'));
		for (const path of [written.markdownPath, written.jsonPath]) {
			const info = await stat(path);
			assert.equal(info.mode & 0o777, 0o600, path);
		}

		assert.equal((await stat(dir)).mode & 0o077, 0, 'the directory is private');
		const markdown = await readFile(written.markdownPath, 'utf8');
		const json = JSON.parse(await readFile(written.jsonPath, 'utf8')) as {schemaVersion: number};
		assert.match(markdown, /^# gomod-doctor transcript/);
		assert.equal(json.schemaVersion, 1);
		for (const text of [markdown, await readFile(written.jsonPath, 'utf8')]) {
			assert.ok(!text.includes('planted-secret-123'));
			assert.ok(!text.includes('planted-pw-456'));
		}
	});

	test('never overwrites: a second and third export get -2 and -3', async (t) => {
		const dir = await temporaryDirectory(t);
		const first = await write(dir);
		const second = await write(dir);
		const third = await write(dir);
		assert.equal(second.markdownPath, join(dir, 'gomod-doctor-20250304-050607-2.md'));
		assert.equal(second.jsonPath, join(dir, 'gomod-doctor-20250304-050607-2.json'));
		assert.equal(third.markdownPath, join(dir, 'gomod-doctor-20250304-050607-3.md'));
		assert.ok((await readFile(first.markdownPath, 'utf8')).startsWith('# gomod-doctor transcript'));
		assert.equal((await readdir(dir)).length, 6);
	});

	test('a stray JSON file of the same name moves the pair to the next suffix, and nothing is left half-written', async (t) => {
		const dir = await temporaryDirectory(t);
		await writeFile(join(dir, 'gomod-doctor-20250304-050607.json'), 'keep me');
		const written = await write(dir);
		assert.equal(written.markdownPath, join(dir, 'gomod-doctor-20250304-050607-2.md'));
		assert.equal(await readFile(join(dir, 'gomod-doctor-20250304-050607.json'), 'utf8'), 'keep me');
		assert.deepEqual((await readdir(dir)).toSorted(), [
			'gomod-doctor-20250304-050607-2.json',
			'gomod-doctor-20250304-050607-2.md',
			'gomod-doctor-20250304-050607.json',
		]);
	});

	test('a planted symlink is not followed', async (t) => {
		const dir = await temporaryDirectory(t);
		const target = join(dir, 'victim.txt');
		await writeFile(target, 'original');
		await symlink(target, join(dir, 'gomod-doctor-20250304-050607.md'));
		const written = await write(dir);
		assert.equal(written.markdownPath, join(dir, 'gomod-doctor-20250304-050607-2.md'));
		assert.equal(await readFile(target, 'utf8'), 'original');
	});

	test('the time stamp is UTC', () => {
		assert.equal(transcriptStamp(new Date('2024-12-31T23:59:58.999Z')), '20241231-235958');
	});
});

describe('defaultTranscriptDir', () => {
	test('GOMOD_DOCTOR_STATE_DIR first, then XDG_STATE_HOME, then HOME', () => {
		assert.equal(defaultTranscriptDir({GOMOD_DOCTOR_STATE_DIR: '/s', XDG_STATE_HOME: '/x', HOME: '/h'}, nodeFileSystem), '/s/transcripts');
		assert.equal(defaultTranscriptDir({XDG_STATE_HOME: '/x', HOME: '/h'}, nodeFileSystem), '/x/gomod-doctor/transcripts');
		assert.equal(defaultTranscriptDir({HOME: '/h'}, nodeFileSystem), '/h/.local/state/gomod-doctor/transcripts');
	});

	test('empty values count as unset, and a relative XDG_STATE_HOME is ignored', () => {
		assert.equal(
			defaultTranscriptDir({GOMOD_DOCTOR_STATE_DIR: '', XDG_STATE_HOME: 'relative', HOME: '/h'}, nodeFileSystem),
			'/h/.local/state/gomod-doctor/transcripts',
		);
	});
});

describe('a disk that fills up, a state directory that cannot be made (issue 14)', () => {
	const fullDisk =
		(failOn: string): FileSystem['open'] =>
		async (path: string, flags: string, mode?: number) => {
			const handle = await open(path, flags, mode);
			if (!path.endsWith(failOn)) {
				return handle;
			}

			// Some bytes reach the disk, then it is full: as ENOSPC arrives in the middle of a write.
			return Object.assign(Object.create(handle) as typeof handle, {
				async writeFile(data: string) {
					await handle.write(data.slice(0, 10));
					throw Object.assign(new Error('ENOSPC: no space left on device, write'), {code: 'ENOSPC'});
				},
				close: async () => handle.close(),
			});
		};

	for (const failOn of ['.md', '.json']) {
		test(`the ${failOn} file cannot be written: the error names it, and no file of the pair is left`, async (t) => {
			const dir = await temporaryDirectory(t);
			await assert.rejects(
				writeTranscript({
					dir,
					fs: {...nodeFileSystem, open: fullDisk(failOn)},
					transcript,
					redactor: createRedactor(),
					diagrams: [],
					toolVersion: '0.1.0',
					tree: textTree('en'),
				}),
				(error: TranscriptWriteError) => {
					assert.equal(error.name, 'TranscriptWriteError');
					assert.match(
						english(error.text),
						new RegExp(
							`cannot write the transcript ${dir}/gomod-doctor-[\\d-]+\\${failOn}: no space left on the device \\(ENOSPC\\); nothing was left half-written`,
						),
					);
					return true;
				},
			);
			assert.deepEqual(await readdir(dir), [], 'no empty or partial transcript');
		});
	}

	test('a state directory under a file: the directory is named, not "ENOENT mkdir"', async (t) => {
		const dir = await temporaryDirectory(t);
		await writeFile(join(dir, 'file'), '');
		await assert.rejects(
			writeTranscript({
				dir: join(dir, 'file', 'transcripts'),
				fs: nodeFileSystem,
				transcript,
				redactor: createRedactor(),
				diagrams: [],
				toolVersion: '0.1.0',
				tree: textTree('en'),
			}),
			(error: TranscriptWriteError) => {
				assert.match(
					english(error.text),
					/cannot create the transcript directory .*\/file\/transcripts: a directory on the way does not exist or is not a directory \(ENOTDIR\)/,
				);
				return true;
			},
		);
	});
});

test('an export made during the session is replaced by the whole session at the end: one session, one transcript', async (t) => {
	const dir = await temporaryDirectory(t);
	const early = await write(dir);
	const whole: Transcript = {
		...transcript,
		entries: [...transcript.entries, {kind: 'note', at: '2025-03-04T05:07:00.000Z', text: 'the last step'}],
	};
	const final = await writeTranscript({
		dir,
		fs: nodeFileSystem,
		transcript: whole,
		redactor: createRedactor(),
		diagrams: [],
		toolVersion: '0.1.0',
		tree: textTree('en'),
		replacing: early,
	});
	assert.deepEqual(final, early, 'at the path the wizard showed');
	assert.deepEqual((await readdir(dir)).toSorted(), ['gomod-doctor-20250304-050607.json', 'gomod-doctor-20250304-050607.md']);
	assert.match(await readFile(early.markdownPath, 'utf8'), /the last step/);
	assert.equal((await stat(early.markdownPath)).mode & 0o777, 0o600);
});
