// Bundles cli.tsx into one ESM file, dist/cli.js, for a fast start-up:
// one file to read instead of hundreds in node_modules, React in production mode.
import {build} from 'esbuild';

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
	// Optional peer of ink, only used when DEV=true.
	external: ['react-devtools-core'],
});
