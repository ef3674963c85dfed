// Bundles cli.tsx into dist/cli.js (ESM, React in production mode) for a fast start-up: one small entry file
// instead of hundreds in node_modules, and the heavy parts in chunks of their own. Every `await import()` in
// cli.tsx is a split point (esbuild `splitting`), so `--version` reads only the entry, `classify` only the
// classifier, and Ink, React and yoga, execa, undici and the lab load only for the commands that
// use them. `bin` points at dist/cli.js; the chunks live in dist/chunks/.
import {readdir, rm, stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outdir = path.join(root, 'dist');
const chunksDir = path.join(outdir, 'chunks');

/**
Ink imports react-devtools-core (an optional peer, not installed) from its devtools module, which it only
loads when DEV=true. Bundled, that import would run at start-up and fail; an empty stand-in keeps it inert.
*/
const withoutDevtools = {
	name: 'without-devtools',
	setup(build) {
		build.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'react-devtools-core', namespace: 'stub'}));
		build.onLoad({filter: /.*/, namespace: 'stub'}, () => ({
			contents: 'export default {initialize() {}, connectToDevTools() {}};',
			loader: 'js',
		}));
	},
};

/**
yoga-layout (Ink's layout engine) embeds its WebAssembly as a base64 `data:` URL and, whenever a global
`fetch` exists, loads it with `fetch(dataUrl)`. In Node that first `fetch` loads Node's own bundled undici,
about 40 ms of the wizard's first frame, to decode a string. Emscripten's other path decodes the same base64
in place; this makes the loader take it. Checked: the bundle test renders the wizard (yoga included).
*/
const yogaWithoutFetch = {
	name: 'yoga-without-fetch',
	setup(build) {
		build.onLoad({filter: /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/}, async (arguments_) => {
			const {readFile} = await import('node:fs/promises');
			const source = await readFile(arguments_.path, 'utf8');
			const fetchTest = '"function"!=typeof fetch';
			if (!source.includes(fetchTest)) {
				// A new yoga-layout: build without the shortcut rather than fail (it still works, only slower).
				return {
					contents: source,
					loader: 'js',
					warnings: [{text: 'yoga-layout no longer tests `typeof fetch`: the wasm is loaded through fetch'}],
				};
			}

			return {contents: source.replaceAll(fetchTest, '!0'), loader: 'js'};
		});
	},
};

/**
The entry, dist/cli.js: `--version` alone (the only form meow answers; it prints the version and exits 0) is
answered here, before cli.tsx and what it imports statically (the message catalogs of every language) are
read; everything else is cli.tsx.
*/
const entry = {
	name: 'entry',
	setup(build) {
		build.onResolve({filter: /^gomod-doctor:entry$/}, () => ({path: 'entry', namespace: 'gomod-doctor'}));
		build.onLoad({filter: /.*/, namespace: 'gomod-doctor'}, () => ({
			contents: [
				"import process from 'node:process';",
				"import {toolVersion} from './source/version.js';",
				'const argv = process.argv.slice(2);',
				"if (argv.length === 1 && argv[0] === '--version') {",
				'\tprocess.stdout.write(`${toolVersion}\\n`);',
				'} else {',
				"\tawait import('./cli.tsx');",
				'}',
			].join('\n'),
			loader: 'ts',
			resolveDir: root,
		}));
	},
};

/**
meow's prebuilt dependencies run two libraries at import that it only uses later, if ever:
normalize-package-data (with semver, hosted-git-info and the SPDX license lists; meow calls it only when
`cli.pkg` is read, which gomod-doctor never does) and @babel/code-frame (only to show where package.json
fails to parse). Called on first use instead, they cost nothing at start-up (about 10 ms less per command).
*/
const meowLazyDependencies = {
	name: 'meow-lazy-dependencies',
	setup(build) {
		build.onLoad({filter: /meow[\\/]build[\\/]dependencies\.js$/}, async (arguments_) => {
			const {readFile} = await import('node:fs/promises');
			let source = await readFile(arguments_.path, 'utf8');
			const replacements = [
				[
					'var libExports = requireLib$1();',
					'var libExports = {codeFrameColumns: (...arguments_) => requireLib$1().codeFrameColumns(...arguments_)};',
				],
				[
					'var normalizeExports = requireNormalize();\nconst normalizePackageData = getDefaultExportFromCjs(normalizeExports);',
					'const normalizePackageData = (...arguments_) => getDefaultExportFromCjs(requireNormalize())(...arguments_);',
				],
			];
			const warnings = [];
			for (const [from, to] of replacements) {
				if (source.includes(from)) {
					source = source.replace(from, () => to);
				} else {
					warnings.push({text: `meow changed: ${from.split('\n')[0]} not found, left as it is (start-up is slower, nothing breaks)`});
				}
			}

			return {contents: source, loader: 'js', warnings};
		});
	},
};

const result = await build({
	absWorkingDir: root,
	entryPoints: {cli: 'gomod-doctor:entry'},
	outdir,
	chunkNames: 'chunks/[name]-[hash]',
	bundle: true,
	splitting: true,
	platform: 'node',
	target: 'node20',
	format: 'esm',
	minify: true,
	sourcemap: false,
	legalComments: 'none',
	logLevel: 'warning',
	metafile: true,
	// Ink and its dependencies are CommonJS in places; give every chunk a require().
	banner: {
		js: "#!/usr/bin/env node\nimport {createRequire as __gmdCreateRequire} from 'node:module';\nconst require = __gmdCreateRequire(import.meta.url);",
	},
	define: {
		'process.env.NODE_ENV': '"production"',
	},
	plugins: [entry, withoutDevtools, yogaWithoutFetch, meowLazyDependencies],
});

await removeStaleChunks(new Set(Object.keys(result.metafile.outputs).map((file) => path.resolve(root, file))));

/**
Chunk names carry a content hash, so each build may leave the previous build's chunks behind. Remove them,
but only once they are a few minutes old: a CLI started from the previous build (a test running while the
project is rebuilt) may still be about to import one.
*/
async function removeStaleChunks(current) {
	const files = await readdir(chunksDir).catch(() => []);
	const now = Date.now();
	await Promise.all(
		files.map(async (name) => {
			const file = path.join(chunksDir, name);
			if (current.has(file)) {
				return;
			}

			const info = await stat(file).catch(() => undefined);
			if (info !== undefined && now - info.mtimeMs > 5 * 60_000) {
				await rm(file, {force: true});
			}
		}),
	);
}

// What each output file is made of and what it imports (statically or not): test/unit/bundle.test.ts checks
// with it that --version and the wizard's first frame load nothing they do not need. Also readable at
// https://esbuild.github.io/analyze/. Not shipped: package.json's `files` lists dist/cli.js and dist/chunks only.
await writeFile(path.join(outdir, 'metafile.json'), `${JSON.stringify(result.metafile)}\n`);

if (process.argv.includes('--analyze')) {
	// `node scripts/build.js --analyze`: what each output file is made of, biggest first.
	const {analyzeMetafile} = await import('esbuild');
	process.stdout.write(await analyzeMetafile(result.metafile));
}
