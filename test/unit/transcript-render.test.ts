import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {renderTranscriptJson} from '../../source/transcript/render-json.js';
import {renderTranscriptMarkdown} from '../../source/transcript/render-markdown.js';
import {createRedactor} from '../../source/redact/redact.js';
import type {Transcript} from '../../source/transcript/types.js';
import {trimOutput} from '../../source/transcript/format-markdown.js';
import {textTree} from '../../source/flowcharts/texts.js';
import {t} from '../../source/i18n/index.js';

const words = t('en').transcript;

/** Secrets planted in every kind of field; none may appear in an export. */
const secrets = {
	proxyPassword: 'Pr0xyPassw0rd',
	envToken: 'env-token-value-31337',
	githubToken: 'ghp_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789',
	bearer: 'bearer-secret-zzz',
	netrc: 'netrc-secret-pw',
	urlPassword: 'url-pass-424242',
	queryToken: 'query-token-555',
} as const;

const env = {
	HOME: '/home/dev',
	HTTPS_PROXY: `http://dev:${secrets.proxyPassword}@proxy.corp.example:3128`,
	GITLAB_TOKEN: secrets.envToken,
};

const longOutput = Array.from({length: 120}, (_, index) => `go: downloading example.com/m${index} v1.0.${index}`).join('\n');

const transcript: Transcript = {
	startedAt: '2025-03-04T05:06:07.000Z',
	entries: [
		{kind: 'session', at: '2025-03-04T05:06:07.000Z', toolVersion: '0.1.0', dir: '/home/dev/src/app', module: 'example.com/lab/greet'},
		{
			kind: 'settings',
			at: '2025-03-04T05:06:07.100Z',
			goVersion: 'go1.26.8 linux/amd64',
			settings: [
				{
					name: 'GOPROXY',
					value: `https://ci:${secrets.urlPassword}@athens.corp.example,direct`,
					source: 'environment',
					shadowed: {source: 'goenv-file', value: 'https://goproxy.cn|direct'},
				},
				{name: 'GOPRIVATE', value: '', source: 'default'},
				{name: 'GITLAB_TOKEN', value: secrets.envToken, source: 'environment'},
				{name: 'GOFLAGS', value: '-mod=mod|weird', source: 'goenv-file'},
			],
		},
		{
			kind: 'command',
			at: '2025-03-04T05:06:08.000Z',
			title: 'Reproduce the failure',
			argv: ['go', 'mod', 'download', '-x'],
			exitCode: 1,
			timedOut: false,
			durationMs: 1234,
			output: `# get https://dev:${secrets.urlPassword}@git.corp.example/team/x?go-get=1&private_token=${secrets.queryToken}\n${longOutput}\ngo: example.com/lab/greet@v1.2.0: reading http://127.0.0.1:4312/example.com/lab/greet/@v/v1.2.0.mod: 502 Bad Gateway`,
		},
		{
			kind: 'step',
			at: '2025-03-04T05:06:09.000Z',
			flow: 'connectivity',
			subject: 'http://127.0.0.1:4312',
			node: 'tcp',
			question: 'Is the port open?',
			evidence: {
				probe: 'tcp',
				tool: 'nc',
				command: 'nc -zv -w 5 127.0.0.1 4312',
				argv: ['nc', '-zv', '-w', '5', '127.0.0.1', '4312'],
				outcome: 'open',
				summary: 'Connection to 127.0.0.1 4312 port [tcp/*] succeeded!',
				exitCode: 0,
				durationMs: 12,
				output: 'Connection to 127.0.0.1 4312 port [tcp/*] succeeded!',
			},
			branch: 'open',
			next: 'http',
		},
		{
			kind: 'step',
			at: '2025-03-04T05:06:09.500Z',
			flow: 'connectivity',
			subject: 'http://127.0.0.1:4312',
			node: 'http',
			question: 'Does the proxy answer the GOPROXY protocol?',
			evidence: {
				probe: 'http',
				tool: 'undici',
				command: 'GET http://127.0.0.1:4312/example.com/lab/greet/@v/list',
				outcome: 'status-502',
				summary: `502 Bad Gateway (sent Authorization: Bearer ${secrets.bearer})`,
				durationMs: 45,
			},
			branch: 'status-502',
			next: 'bad-response',
		},
		{
			kind: 'conclusion',
			at: '2025-03-04T05:06:10.000Z',
			findings: [
				{
					category: 'proxy-bad-response',
					severity: 'error',
					subject: 'http://127.0.0.1:4312',
					summary: 'GOPROXY entry 1 answers 502 Bad Gateway for every path.',
					evidence: [],
					fixes: [
						{
							id: 'goproxy-skip-entry',
							title: 'Skip the failing entry',
							kind: 'go-env',
							argv: ['go', 'env', '-w', 'GOPROXY=https://goproxy.cn|direct'],
							changes: [{key: 'GOPROXY', value: 'https://goproxy.cn|direct'}],
							scope: 'persistent',
							weakensSecurity: false,
						},
						{
							id: 'gosumdb-off',
							title: 'Turn checksum verification off',
							kind: 'go-env',
							argv: ['go', 'env', '-w', 'GOSUMDB=off'],
							changes: [{key: 'GOSUMDB', value: 'off'}],
							scope: 'persistent',
							weakensSecurity: true,
						},
					],
				},
			],
		},
		{kind: 'choice', at: '2025-03-04T05:06:11.000Z', question: 'Apply which fix?', answer: 'goproxy-skip-entry'},
		{
			kind: 'fix',
			at: '2025-03-04T05:06:12.000Z',
			fixId: 'goproxy-skip-entry',
			title: 'Skip the failing entry',
			status: 'applied',
			detail: `go env -w GOPROXY=https://goproxy.cn|direct (token ${secrets.githubToken})`,
		},
		{kind: 'verify', at: '2025-03-04T05:06:13.000Z', ok: true, summary: 'go mod download succeeded (exit 0).'},
		{kind: 'undo', at: '2025-03-04T05:06:14.000Z', ok: true, summary: 'Restored GOPROXY; the GOENV file is byte for byte as before.'},
		{kind: 'note', at: '2025-03-04T05:06:15.000Z', text: `~/.netrc has machine git.corp.example login dev password ${secrets.netrc}`},
	],
	walks: [
		{flow: 'connectivity', subject: 'http://127.0.0.1:4312', path: ['dns', 'tcp', 'http', 'bad-response'], verdict: 'proxy-bad-response'},
	],
};

const diagrams = [
	{
		title: 'http://127.0.0.1:4312: proxy-bad-response',
		mermaid: `graph TD\n    tcp{"Is port 4312 open on 127.0.0.1?"}\n    http["GET @v/list via http://dev:${secrets.proxyPassword}@proxy.corp.example:3128"]\n    tcp -->|open| http\n    linkStyle 0 stroke:#d33,stroke-width:3px`,
	},
];

function render() {
	const redactor = createRedactor({env});
	const options = {redactor, diagrams, toolVersion: '0.1.0', tree: textTree('en')};
	return {markdown: renderTranscriptMarkdown(transcript, options), json: renderTranscriptJson(transcript, options)};
}

describe('renderTranscriptMarkdown', () => {
	const {markdown} = render();

	documentSectionTests(markdown);
	conclusionAndHygieneTests(markdown);
	unusualTranscriptTests();
});

/** The sample's document: its head, settings table, reproduction, walk steps and diagram. */
function documentSectionTests(markdown: string): void {
	test('title, time, directory, module and go version', () => {
		assert.match(markdown, /^# gomod-doctor transcript\n/);
		assert.ok(markdown.includes('- Started: `2025-03-04T05:06:07.000Z`'));
		assert.ok(markdown.includes('- Directory: `/home/dev/src/app`'));
		assert.ok(markdown.includes('- Module: `example.com/lab/greet`'));
		assert.ok(markdown.includes('- Go: `go1.26.8 linux/amd64`'));
	});

	test('a settings table with name, value and source (credentials redacted, | escaped)', () => {
		assert.ok(markdown.includes('| Name | Value | Source |'));
		assert.ok(
			markdown.includes(
				'| `GOPROXY` | `https://***@athens.corp.example,direct` | environment (shadows goenv-file: `https://goproxy.cn\\|direct`) |',
			),
		);
		assert.ok(markdown.includes('| `GOPRIVATE` | (unset) | default |'));
		assert.ok(markdown.includes('| `GITLAB_TOKEN` | `***` | environment |'));
		assert.ok(markdown.includes('| `GOFLAGS` | `-mod=mod\\|weird` | goenv-file |'));
	});

	test('the reproduction: command, exit code, duration and trimmed output in a fence', () => {
		assert.ok(markdown.includes('### Reproduce the failure'));
		assert.ok(markdown.includes('- Command: `go mod download -x`'));
		assert.ok(markdown.includes('- Exit code: 1'));
		assert.ok(markdown.includes('- Duration: 1.2 s'));
		assert.ok(markdown.includes('```text\n# get https://***@git.corp.example/team/x?go-get=1&private_token=***\n'));
		assert.match(markdown, /… \d+ lines \([\d.]+ KB\) cut …/);
		assert.ok(
			markdown.includes(
				'go: example.com/lab/greet@v1.2.0: reading http://127.0.0.1:4312/example.com/lab/greet/@v/v1.2.0.mod: 502 Bad Gateway\n```',
			),
			'the end of the output, where the error is, is kept',
		);
		const fence = /```text\n([\s\S]*?)\n```/.exec(markdown)?.[1] ?? '';
		assert.ok(fence.split('\n').length <= 41, `at most 40 lines and the cut marker, got ${fence.split('\n').length}`);
		assert.ok(fence.length <= 4096 + 100);
	});

	test('each step of the walk: question, command, result, duration, branch and next node', () => {
		assert.ok(markdown.includes('### connectivity: `http://127.0.0.1:4312`'));
		assert.ok(markdown.includes('- Path: `dns` → `tcp` → `http` → `bad-response`'));
		assert.ok(markdown.includes('- Verdict: `proxy-bad-response`'));
		assert.ok(markdown.includes('#### Step 1: Is the port open?'));
		assert.ok(markdown.includes('- Check: `nc -zv -w 5 127.0.0.1 4312` (nc)'));
		assert.ok(markdown.includes('- Result: `open`: Connection to 127.0.0.1 4312 port \\[tcp/\\*\\] succeeded! (exit 0, 12 ms)'));
		assert.ok(markdown.includes('- Branch: `open` → `http`'));
		assert.ok(markdown.includes('#### Step 2: Does the proxy answer the GOPROXY protocol?'));
		assert.ok(markdown.includes('- Result: `status-502`: 502 Bad Gateway (sent Authorization: Bearer \\*\\*\\*) (45 ms)'));
		assert.ok(markdown.includes('- Branch: `status-502` → `bad-response`'));
	});

	test('the path through the flowchart as a mermaid block', () => {
		assert.ok(markdown.includes('## Path through the flowcharts'));
		assert.ok(markdown.includes('### http://127.0.0.1:4312: proxy-bad-response'));
		assert.ok(
			markdown.includes(
				'```mermaid\ngraph TD\n    tcp{"Is port 4312 open on 127.0.0.1?"}\n    http["GET @v/list via http://***@proxy.corp.example:3128"]\n    tcp -->|open| http\n    linkStyle 0 stroke:#d33,stroke-width:3px\n```',
			),
		);
	});
}

/** The sample's conclusion and fixes; no secret and no double blank line anywhere in it. */
function conclusionAndHygieneTests(markdown: string): void {
	test('the conclusion, the choices, the fixes and their outcome, verification, undo, notes', () => {
		assert.ok(markdown.includes('### 1. `http://127.0.0.1:4312` (`proxy-bad-response`)'));
		assert.ok(markdown.includes('GOPROXY entry 1 answers 502 Bad Gateway for every path.'));
		assert.ok(markdown.includes("  - Skip the failing entry: `go env -w 'GOPROXY=https://goproxy.cn|direct'`"));
		assert.ok(markdown.includes('  - Turn checksum verification off: `go env -w GOSUMDB=off` **(weakens security)**'));
		assert.ok(markdown.includes('- Apply which fix? → `goproxy-skip-entry`'));
		assert.ok(
			markdown.includes(
				'- Skip the failing entry (`goproxy-skip-entry`): **applied**: go env -w GOPROXY=https://goproxy.cn\\|direct (token \\*\\*\\*)',
			),
		);
		assert.ok(markdown.includes('## Verification\n\n- Passed: go mod download succeeded (exit 0).'));
		assert.ok(markdown.includes('## Undo\n\n- Done: Restored GOPROXY; the GOENV file is byte for byte as before.'));
		assert.ok(markdown.includes('## Notes\n\n- ~/.netrc has machine git.corp.example login \\*\\*\\* password \\*\\*\\*'));
	});

	test('no planted secret survives anywhere', () => {
		for (const [name, secret] of Object.entries(secrets)) {
			assert.ok(!markdown.includes(secret), `${name} survived`);
		}
	});

	test('no more than one blank line in a row outside fences', () => {
		let inFence = false;
		let blanks = 0;
		for (const line of markdown.split('\n')) {
			if (line.startsWith('```')) {
				inFence = !inFence;
			}

			blanks = !inFence && line === '' ? blanks + 1 : 0;
			assert.ok(blanks < 2, 'two blank lines in a row');
		}
	});
}

/** Transcripts other than the sample: empty, a check that ran nothing, output holding a code fence. */
function unusualTranscriptTests(): void {
	test('an empty transcript still renders a document', () => {
		const text = renderTranscriptMarkdown(
			{startedAt: '2025-01-01T00:00:00Z', entries: [], walks: []},
			{redactor: createRedactor(), diagrams: [], toolVersion: '9.9.9', tree: textTree('en')},
		);
		assert.match(text, /^# gomod-doctor transcript\n/);
		assert.ok(text.includes('gomod-doctor `9.9.9`'));
	});

	test('a check that ran nothing (an IP address needs no lookup) is said so, not shown as an empty command', () => {
		const evidence = {
			probe: 'dns',
			tool: 'node:dns',
			command: '',
			outcome: 'ip-literal',
			summary: '127.0.0.1 is an IP address: no lookup needed.',
			durationMs: 0,
		} as const;
		const text = renderTranscriptMarkdown(
			{
				startedAt: '2025-01-01T00:00:00Z',
				entries: [
					{
						kind: 'step',
						at: 'x',
						flow: 'connectivity',
						subject: 'http://127.0.0.1:1',
						node: 'resolve',
						question: 'Does 127.0.0.1 resolve?',
						evidence,
						branch: 'ip-literal',
						next: 'ping',
					},
					{
						kind: 'conclusion',
						at: 'x',
						findings: [
							{category: 'refused', severity: 'error', subject: 'http://127.0.0.1:1', summary: 's', evidence: [evidence], fixes: []},
						],
					},
				],
				walks: [],
			},
			{redactor: createRedactor(), diagrams: [], toolVersion: '1', tree: textTree('en')},
		);
		assert.match(text, /- Check: none needed \(node:dns\)/);
		assert.match(text, / {2}- no command: `ip-literal`/);
		assert.doesNotMatch(text, /`\s*`:/, 'no empty code span');
	});

	test('output holding a code fence gets a longer fence', () => {
		const text = renderTranscriptMarkdown(
			{
				startedAt: '2025-01-01T00:00:00Z',
				entries: [
					{
						kind: 'command',
						at: 'x',
						title: 'T',
						argv: ['go'],
						exitCode: 0,
						timedOut: false,
						durationMs: 5,
						output: 'before\n```\ninjected\n```\nafter',
					},
				],
				walks: [],
			},
			{redactor: createRedactor(), diagrams: [], toolVersion: '1', tree: textTree('en')},
		);
		assert.ok(text.includes('````text\nbefore\n```\ninjected\n```\nafter\n````'));
	});
}

describe('renderTranscriptJson', () => {
	const {json} = render();
	const parsed = JSON.parse(json) as {
		schemaVersion: number;
		language: string;
		entries: Array<{kind: string}>;
		walks: unknown[];
		diagrams: Array<{title: string; mermaid: string}>;
		toolVersion: string;
	};

	test('schemaVersion 1, entries, walks and diagrams', () => {
		assert.equal(parsed.schemaVersion, 1);
		assert.equal(parsed.toolVersion, '0.1.0');
		assert.equal(parsed.language, 'en', 'the language of the free text is said');
		assert.deepEqual(
			parsed.entries.map((entry) => entry.kind),
			transcript.entries.map((entry) => entry.kind),
		);
		assert.deepEqual(parsed.walks, transcript.walks);
		assert.equal(parsed.diagrams.length, 1);
		assert.ok(parsed.diagrams[0]?.mermaid.includes('http://***@proxy.corp.example:3128'));
	});

	test('no planted secret survives, and values are redacted, not dropped', () => {
		for (const [name, secret] of Object.entries(secrets)) {
			assert.ok(!json.includes(secret), `${name} survived`);
		}

		const settings = parsed.entries.find((entry) => entry.kind === 'settings') as unknown as {
			settings: Array<{name: string; value: string}>;
		};
		assert.deepEqual(
			settings.settings.map((setting) => [setting.name, setting.value]),
			[
				['GOPROXY', 'https://***@athens.corp.example,direct'],
				['GOPRIVATE', ''],
				['GITLAB_TOKEN', '***'],
				['GOFLAGS', '-mod=mod|weird'],
			],
		);
	});
});

describe('trimOutput', () => {
	test('short output is left as it is', () => {
		assert.equal(trimOutput('a\nb\n', words), 'a\nb');
	});

	test('long output keeps the start and the end and says how much was cut', () => {
		const text = Array.from({length: 100}, (_, index) => `line ${index}`).join('\n');
		const out = trimOutput(text, words).split('\n');
		assert.equal(out.length, 41);
		assert.equal(out[0], 'line 0');
		assert.equal(out.at(-1), 'line 99');
		assert.match(out[10] ?? '', /^… 60 lines \(\d+ characters\) cut …$/);
	});

	test('few but huge lines are cut to 4 KB', () => {
		const text = Array.from({length: 30}, () => 'x'.repeat(1000)).join('\n');
		const out = trimOutput(text, words);
		assert.ok(out.length <= 4096 + 200, String(out.length));
		assert.match(out, /more characters\)/);
		assert.match(out, /lines \([\d.]+ KB\) cut …/);
	});
});

test('the Markdown reads top-down: the conclusion and what was done first; walks folded; each distinct diagram once', () => {
	const redactor = createRedactor({env});
	const markdown = renderTranscriptMarkdown(transcript, {
		redactor,
		diagrams: [...diagrams, {...diagrams[0]!, title: 'another walk, the same path'}],
		toolVersion: '0.1.0',
		tree: textTree('en'),
	});
	const at = (text: string) => {
		const index = markdown.indexOf(text);
		assert.ok(index !== -1, `${text} is in the transcript`);
		return index;
	};

	assert.ok(at('## Conclusion') < at('## Fixes'), 'the verdict first, then what was applied');
	assert.ok(at('## Fixes') < at('## Settings'));
	assert.ok(at('## Settings') < at('## Flowchart walks'));
	assert.ok(at('## Flowchart walks') < at('## Path through the flowcharts'));
	assert.match(
		markdown,
		/<details><summary>connectivity: http:\/\/127\.0\.0\.1:4312 \(proxy-bad-response\)<\/summary>\n\n### connectivity/,
	);
	assert.equal(markdown.split('```mermaid').length - 1, 1, 'two walks with the same graph: one diagram');
	assert.ok(markdown.includes('### http://127.0.0.1:4312: proxy-bad-response; another walk, the same path'));
});
