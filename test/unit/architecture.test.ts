/*
The boundaries of the architecture, checked: only source/system/ touches processes and HTTP, the UI holds no
I/O, the logic holds no UI, and nothing runs a shell.
*/
import assert from 'node:assert/strict';
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {test} from 'node:test';

const root = path.resolve(import.meta.dirname, '../..');

async function sourceFiles(): Promise<Array<{file: string; text: string}>> {
	const entries = await readdir(path.join(root, 'source'), {recursive: true, withFileTypes: true});
	const files = entries
		.filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
		.map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
	return Promise.all([...files, 'cli.tsx'].map(async (file) => ({file, text: await readFile(path.join(root, file), 'utf8')})));
}

function imports(text: string): string[] {
	return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
		(match) => match[1] ?? match[2] ?? '',
	);
}

test('only source/system/ imports execa, undici or node:child_process', async () => {
	for (const {file, text} of await sourceFiles()) {
		const offending = imports(text).filter((specifier) => /^(execa|undici|node:child_process|child_process)$/.test(specifier));
		if (!file.startsWith('source/system/')) {
			assert.deepEqual(offending, [], `${file} must reach processes and HTTP through the System adapters`);
		}
	}
});

test('only source/ui/ and the commands that render it import ink or react', async () => {
	for (const {file, text} of await sourceFiles()) {
		const offending = imports(text).filter((specifier) => /^(ink|react|ink-.*)$/.test(specifier));
		if (!file.startsWith('source/ui/') && file !== 'source/commands/run-wizard.tsx') {
			assert.deepEqual(offending, [], `${file} holds logic, not UI`);
		}
	}
});

test('nothing runs a shell', async () => {
	for (const {file, text} of await sourceFiles()) {
		// Shell lines shown to the user as advice are fine; running one is not.
		assert.doesNotMatch(text, /shell:\s*true|execaCommand|\bfile:\s*['"](?:ba|da|z)?sh['"]|['"](?:ba|da|z)?sh['"],\s*\[\s*['"]-c['"]/, file);
	}
});
