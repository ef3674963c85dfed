// Bundles cli.tsx into one ESM file, dist/cli.js, for a fast start-up:
// one file to read instead of hundreds in node_modules, React in production mode.
import {build} from 'esbuild';

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

await build({
	entryPoints: ['cli.tsx'],
	outfile: 'dist/cli.js',
	bundle: true,
	platform: 'node',
	target: 'node20',
	format: 'esm',
	minify: false,
	sourcemap: false,
	legalComments: 'none',
	logLevel: 'warning',
	// Ink and its dependencies are CommonJS in places; give them a require().
	banner: {
		js: "#!/usr/bin/env node\nimport {createRequire as __gmdCreateRequire} from 'node:module';\nconst require = __gmdCreateRequire(import.meta.url);",
	},
	define: {
		'process.env.NODE_ENV': '"production"',
	},
	plugins: [withoutDevtools],
});
