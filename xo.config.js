/** @type {import('xo').FlatXoConfig} */
const xoConfig = [
	{
		ignores: ['dist/**', 'dist-tsc/**', 'field/**', 'test/corpus/**', 'test/field-fixtures/**'],
	},
	{
		prettier: true,
		linterOptions: {reportUnusedDisableDirectives: 'error'},
		rules: {
			// Functions stay under about 80 lines (issue 16); 100 is the hard limit.
			'max-lines-per-function': ['error', {max: 100, skipBlankLines: true, skipComments: true}],
			// The bound this project chose is max-lines-per-function; exhaustive switches and classifiers score high by construction.
			complexity: 'off',
			// Message functions and small private helpers take positional arguments; an options object would only wrap them.
			'max-params': 'off',
			// The regexes match go's ASCII output, URLs and protocol text; the u flag would change nothing they match.
			'require-unicode-regexp': 'off',
			// Env vars (GOPROXY), HTTP headers, go's JSON fields and lookalike characters are keys named by others.
			'@typescript-eslint/naming-convention': 'off',
			// `process` and `Buffer` are Node's globals, used as such throughout; importing them adds a line per file for nothing.
			'n/prefer-global/process': 'off',
			'n/prefer-global/buffer': 'off',
			// Catch clauses narrow unknown errors and tests narrow parsed JSON with `as`; tsc checks the rest.
			'@typescript-eslint/no-unsafe-type-assertion': 'off',
			// `(await import('./x.js')).fn` and `(await stat(file)).isFile()` read clearly as they are.
			'unicorn/no-await-expression-member': 'off',
			// Prettier owns line breaks; this stylistic rule disagrees with it on empty bodies (`{}`), and the two fixes loop.
			'@stylistic/curly-newline': 'off',
			// Its fix makes a function that returns a promise or undefined always return a promise (a fake resolver's "not mine").
			'@typescript-eslint/promise-function-async': 'off',
			// File modes and flag masks are bit operations.
			'no-bitwise': 'off',
			// Control characters are what the sanitizers look for: untrusted text is stripped of them on purpose.
			'no-control-regex': 'off',
			// Env maps lose a variable by `delete env[name]`.
			'@typescript-eslint/no-dynamic-delete': 'off',
			// Scanners test UTF-16 code units against ASCII classes; charCodeAt is exact there and never undefined.
			'unicorn/prefer-code-point': 'off',
			// An empty env var or stderr falls through to the next choice on purpose: `a || b` is meant for strings.
			'@typescript-eslint/prefer-nullish-coalescing': ['error', {ignorePrimitives: {string: true}}],
			// An exhaustive switch keeps its `default: assertNever(x)` (STYLE.md); the rule must not count that against it.
			'@typescript-eslint/switch-exhaustiveness-check': [
				'error',
				{allowDefaultCaseForExhaustiveSwitch: true, requireDefaultForNonUnion: true, considerDefaultExhaustiveForUnions: true},
			],
			// The JSON report says null where JSON has null; Buffer is what node:fs and child streams hand back; WeakMap keys
			// are `object` (a fix to Record<string, unknown> would not type-check).
			'@typescript-eslint/no-restricted-types': [
				'error',
				{
					types: {
						'[]': "Don't use the empty array type `[]`. Use `SomeType[]` instead.",
					},
				},
			],
		},
	},
	{
		files: ['test/**', 'scripts/**'],
		rules: {
			// The test() and describe() of node:test return promises the runner itself awaits.
			'@typescript-eslint/no-floating-promises': [
				'error',
				{
					checkThenables: true,
					ignoreVoid: true,
					ignoreIIFE: true,
					allowForKnownSafeCalls: [
						{
							from: 'package',
							package: 'node:test',
							name: ['test', 'describe', 'it', 'suite', 'before', 'after', 'beforeEach', 'afterEach'],
						},
					],
				},
			],
			// Tests and scripts run their steps one after the other on purpose: polling, one go or lab at a time.
			'no-await-in-loop': 'off',
			// Shell lines and generated source contain `${...}` on purpose.
			'no-template-curly-in-string': 'off',
			// Fake streams imitate Node's EventEmitter streams, with their no-op methods, because Ink expects those.
			'unicorn/prefer-event-target': 'off',
			'@typescript-eslint/no-empty-function': 'off',
			// Tests read parsed JSON directly; a wrong shape fails the assertion anyway.
			'@typescript-eslint/no-unsafe-member-access': 'off',
			// A test helper's default answer reads best in its signature.
			'unicorn/no-object-as-default-parameter': 'off',
		},
	},
	{
		// A line-by-line port of go's module.MatchPrefixPatterns (and the test's reference copy): labels and nesting as in go.
		files: ['source/go/match-prefix-patterns.ts', 'test/unit/match-prefix-patterns-properties.test.ts'],
		rules: {'no-labels': 'off', 'max-depth': 'off', '@typescript-eslint/prefer-string-starts-ends-with': 'off'},
	},
	{
		// Comments here quote lowercase names (yoga-layout, meow); on .js files the rule's fixer loops and garbles code.
		files: ['**/*.js'],
		rules: {'capitalized-comments': 'off'},
	},
	{
		files: ['**/*.tsx'],
		prettier: true,
		react: true,
		rules: {
			// The automatic JSX runtime (tsconfig jsx: react-jsx) needs no React in scope.
			'react/react-in-jsx-scope': 'off',
			// Lines of wrapped text and log entries have no identity but their position.
			'react/no-array-index-key': 'off',
			// Boolean props mirror Ink's own Text props (bold, dimColor).
			'react/boolean-prop-naming': 'off',
		},
	},
	{
		// The command line's entry and the lab's end set the process's exit status once Ink has unmounted.
		files: ['cli.tsx', 'source/commands/run-lab.tsx'],
		rules: {'unicorn/no-process-exit': 'off'},
	},
	{
		// The catalog's sections are Record<Category, string> so any category looks its text up; satisfies would key them literally.
		files: ['source/i18n/en/classify.ts'],
		rules: {'@typescript-eslint/consistent-type-assertions': 'off'},
	},
];

export default xoConfig;
