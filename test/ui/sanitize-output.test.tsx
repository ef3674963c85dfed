/*
Issue 14, item 2: one sanitiser (source/model/sanitize-text.ts) at every edge where text leaves the process.
Random text, bytes included, goes through the sanitiser, the wizard's text component, and the built CLI's
`classify` (text and --json); none of them lets a control or bidi character through.
*/
import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import {execa} from 'execa';
import {render} from 'ink-testing-library';
import {hasUnsafeText, sanitizeText} from '../../source/model/sanitize-text.js';
import {WrappedText} from '../../source/ui/wrapped-text.js';
import {cliPath} from '../helpers/cli.js';

/** Text made of random bytes read as UTF-8 and Latin-1 (C1 controls), and of the escapes a hostile server sends. */
const hostile = fc.oneof(
	fc.uint8Array({maxLength: 64}).map((bytes) => Buffer.from(bytes).toString('utf8') + Buffer.from(bytes).toString('latin1')),
	fc
		.array(
			fc.constantFrom(
				'\u001B]0;title\u0007',
				'\u001B]52;c;aGk=\u0007',
				'\u001B[2J',
				'\u009B31m',
				'\u009D0;x\u009C',
				'\u202E',
				'\u2066',
				'\u200F',
				'\r',
				'\u007F',
				'go: ',
				'\n',
				'\t',
				'ok',
			),
			{maxLength: 12},
		)
		.map((parts) => parts.join('')),
	fc.string({unit: 'binary', maxLength: 40}),
);

test('sanitizeText: no control or bidi character survives; newline, tab and everything else are kept', () => {
	fc.assert(
		fc.property(hostile, (text) => {
			const safe = sanitizeText(text);
			assert.equal(hasUnsafeText(safe), false, JSON.stringify(safe));
			assert.equal(safe.split('\n').length, text.replaceAll(/\r(?!\n)/g, '').split('\n').length, 'lines are kept');
		}),
		{numRuns: 300},
	);
	assert.equal(sanitizeText('a\u001B]0;t\u0007b\u202Ec\td\r\n'), String.raw`a\u001b]0;t\u0007b\u202ec` + '\td\r\n');
	assert.equal(JSON.parse(`"${sanitizeText('\u009B\u202E')}"`), '\u009B\u202E', 'the escapes are JSON escapes: JSON stays valid');
});

test('the wizard text component draws any text without a control character (Ink styling aside)', () => {
	fc.assert(
		fc.property(hostile, (text) => {
			const {lastFrame, unmount} = render(<WrappedText indent={0}>{text}</WrappedText>);

			const frame = (lastFrame() ?? '').replaceAll(/\u001B\[[\d;]*m/g, '');
			unmount();
			assert.equal(hasUnsafeText(frame), false, JSON.stringify(frame));
		}),
		{numRuns: 100},
	);
});

test('classify (text and --json) of random bytes prints no control character', async () => {
	await fc.assert(
		fc.asyncProperty(hostile, hostile, async (before, after) => {
			const input = `${before}\ngo: example.com/m@v1.0.0: reading https://proxy.example/m/@v/v1.0.0.info: 502 Bad Gateway ${after}\n`;
			for (const args of [['classify'], ['classify', '--json']]) {
				const run = await execa(process.execPath, [cliPath, ...args], {
					input,
					reject: false,
					env: {CI: 'true', PATH: process.env['PATH'] ?? ''},
					extendEnv: false,
				});
				assert.equal(hasUnsafeText(run.stdout + run.stderr), false, JSON.stringify(run.stdout));
				if (args.includes('--json')) {
					JSON.parse(run.stdout);
				}
			}
		}),
		{numRuns: 8},
	);
});
