/*
The boundaries of the architecture, checked: only source/system/ touches processes, HTTP and files, the UI holds
no I/O, the logic holds no UI, nothing runs a shell, and no module imports itself back through others.
*/
import assert from 'node:assert/strict';
import {access, readdir, readFile} from 'node:fs/promises';
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

/** Every module a file imports: `import`, `import type`, `export … from`, a bare `import '…'`, and `import(…)`. */
function imports(text: string): string[] {
	return [
		...text.matchAll(
			/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|(?:^|\n)\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
		),
	].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
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
		assert.doesNotMatch(
			text,
			/shell:\s*true|execaCommand|\bfile:\s*['"](?:ba|da|z)?sh['"]|['"](?:ba|da|z)?sh['"],\s*\[\s*['"]-c['"]/,
			file,
		);
	}
});

/*
Files and the machine's directories (node:fs, node:os) are the world too: outside source/system/ they are reached
through `System.fs` (or, before any System exists, system/'s own small helpers).

source/lab/ is exempt, as system/ is: it is the simulated world the tool is tested against (GOPROXY, sumdb and
private servers on loopback through node:http, net and tls, and the project and module files it sets up), not
part of the tool. It must build real files and real servers whatever System the tool under test is handed (a
test may give the tool a fake file system; go, run by the lab's scenarios, still reads the real one), and it
runs only in tests and in the `lab` command, never while the user's machine is diagnosed.
*/
const filesAllowed = ['source/system/', 'source/lab/'];

test('only source/system/ (and the lab) imports node:fs or node:os', async () => {
	for (const {file, text} of await sourceFiles()) {
		const offending = imports(text).filter((specifier) => /^(?:node:)?(?:fs|fs\/promises|os)$/.test(specifier));
		if (!filesAllowed.some((allowed) => file.startsWith(allowed))) {
			assert.deepEqual(offending, [], `${file} must reach files through System.fs`);
		}
	}
});

/** The source file a relative specifier names (`./x.js` is `./x.ts` or `./x.tsx`); undefined for a package. */
async function resolveImport(from: string, specifier: string): Promise<string | undefined> {
	if (!specifier.startsWith('.')) {
		return undefined;
	}

	const base = path.join(path.dirname(from), specifier).replace(/\.js$/, '');
	for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
		if (
			await access(path.join(root, candidate)).then(
				() => true,
				() => false,
			)
		) {
			return candidate;
		}
	}

	return undefined;
}

/** Every cycle of the import graph, one path each (`a → b → a`), found from each strongly connected component. */
function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
	let next = 0;
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const components: string[][] = [];
	const connect = (node: string): void => {
		index.set(node, next);
		low.set(node, next++);
		stack.push(node);
		onStack.add(node);
		for (const target of graph.get(node) ?? []) {
			if (!index.has(target)) {
				connect(target);
				low.set(node, Math.min(low.get(node)!, low.get(target)!));
			} else if (onStack.has(target)) {
				low.set(node, Math.min(low.get(node)!, index.get(target)!));
			}
		}

		if (low.get(node) === index.get(node)) {
			const component: string[] = [];
			let member: string;
			do {
				member = stack.pop()!;
				onStack.delete(member);
				component.push(member);
			} while (member !== node);

			if (component.length > 1 || graph.get(node)?.includes(node) === true) {
				components.push(component);
			}
		}
	};

	for (const node of graph.keys()) {
		if (!index.has(node)) {
			connect(node);
		}
	}

	// One concrete cycle per component: a breadth-first path from its first file back to itself, inside it.
	return components.map((component) => {
		const members = new Set(component);
		const start = component.toSorted()[0]!;
		const cameFrom = new Map<string, string>();
		const queue = [start];
		while (queue.length > 0) {
			const node = queue.shift()!;
			for (const target of graph.get(node) ?? []) {
				if (target === start) {
					const cycle = [start];
					for (let at: string | undefined = node; at !== undefined && at !== start; at = cameFrom.get(at)) {
						cycle.splice(1, 0, at);
					}

					return [...cycle, start];
				}

				if (members.has(target) && !cameFrom.has(target)) {
					cameFrom.set(target, node);
					queue.push(target);
				}
			}
		}

		return [...component, component[0]!];
	});
}

test('no import cycles in source/ and cli.tsx, not even type-only ones', async () => {
	const graph = new Map<string, string[]>();
	for (const {file, text} of await sourceFiles()) {
		const targets = await Promise.all(imports(text).map(async (specifier) => resolveImport(file, specifier)));
		graph.set(file, [...new Set(targets.filter((target) => target !== undefined))]);
	}

	const cycles = importCycles(graph);
	assert.deepEqual(
		cycles.map((cycle) => cycle.join(' → ')),
		[],
		`import cycles:\n${cycles.map((cycle) => `  ${cycle.join(' → ')}`).join('\n')}`,
	);
});

/*
Text is said at the edges (issue 16): the diagnosis, its probes, checks, fixes and session state hold messages
(`say.…`: a key and its parameters), and only what shows them — the screen, the text report, the transcript, the
command line, classify's text output — takes a catalog (`t(language)`) for the reader's language, which it is
given. Nothing else may import `t`.
*/
const edges = [
	'cli.tsx',
	'source/ui/',
	'source/report/',
	'source/transcript/',
	'source/commands/',
	'source/i18n/',
	// The text tree the edges are given: the catalog of a language with every flowchart module's text.
	'source/flowcharts/texts.ts',
	// `classify`'s text report, and the verdict line said from a finding (a sentence of its summary).
	'source/classify/render-classify-text.ts',
	'source/diagnose/verdict-line.ts',
];

test('only the edges that show text take a catalog (t) from i18n', async () => {
	const offending: string[] = [];
	for (const {file, text} of await sourceFiles()) {
		const takesCatalog = /import\s*(?:type\s*)?{[^}]*\bt\b[^}]*}\s*from\s*['"][./]*(?:\.\.\/)*i18n\/index\.js['"]/.test(text);
		if (takesCatalog && !edges.some((edge) => file.startsWith(edge))) {
			offending.push(file);
		}
	}

	assert.deepEqual(offending, [], 'these files say text themselves: hold a message (say.…) and let the edge say it');
});
