import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {classifyGoOutput} from '../../source/classify/classify-go-error.js';
import {isCategory, type Category} from '../../source/model/taxonomy.js';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

function fixture(name: string): Buffer {
	return readFileSync(`${fixtures}classify/${name}`);
}

function summary(input: string | Uint8Array) {
	const result = classifyGoOutput(input);
	return {
		result,
		items: result.items.map((item) => ({category: item.category, module: item.module, version: item.version, host: item.host})),
	};
}

describe('classifyGoOutput: whole CI logs', () => {
	test('GitHub Actions log with timestamps, three failing modules, one item per module and category', () => {
		const {result, items} = summary(fixture('github-actions-mixed.log'));
		assert.equal(result.kind, 'classified');
		assert.deepEqual(items, [
			{category: 'timeout', module: 'github.com/spf13/cobra', version: 'v1.8.0', host: 'proxy.golang.org'},
			{category: 'private-auth', module: 'gitlab.acme-corp.com/platform/authz', version: 'v0.4.0', host: 'gitlab.acme-corp.com'},
			{category: 'sumdb', module: 'golang.org/x/sync', version: 'v0.7.0', host: 'sum.golang.org'},
		]);
		// The proxy's own failure to resolve the private host (in its server response) is not this machine's DNS problem.
		assert.ok(!result.items.some((item) => item.category === 'dns'));
		assert.equal(result.items[2]?.cause, 'proxy-bad-response');
		assert.equal(result.primary?.category, 'timeout');
		assert.equal(result.truncated, false);
	});

	test('GitLab CI log: a private module behind terminal prompts disabled', () => {
		const {result, items} = summary(fixture('gitlab-private-auth.log'));
		assert.deepEqual(items, [
			{category: 'private-auth', module: 'gitlab.example.org/team/billing', version: 'v1.3.2', host: 'gitlab.example.org'},
		]);
		assert.ok(result.items[0]?.fixes.some((fix) => fix.argv?.join(' ') === 'go env -w GOPRIVATE=gitlab.example.org'));
	});

	test('BuildKit log with step prefixes: a TLS interception', () => {
		const {items} = summary(fixture('docker-buildkit-tls.log'));
		assert.deepEqual(items, [{category: 'tls', module: 'github.com/google/uuid', version: 'v1.6.0', host: 'proxy.golang.org'}]);
	});

	test('go -x trace lines (# get …) are not errors; the final error is', () => {
		const {items} = summary(fixture('go-x-trace.log'));
		assert.deepEqual(items, [
			{category: 'private-auth', module: 'git.internal.example/infra/lib', version: 'v2.1.0+incompatible', host: 'goproxy.corp.example'},
		]);
	});

	test('ANSI colours and CRLF line ends are ignored', () => {
		const {items} = summary(fixture('ansi-crlf.log'));
		assert.deepEqual(items, [{category: 'refused', module: 'example.com/colors', version: 'v1.0.0', host: 'proxy.golang.org'}]);
	});

	test('the same error repeated many times is one item', () => {
		const line =
			'go: github.com/a/b@v1.0.0: Get "https://proxy.golang.org/github.com/a/b/@v/v1.0.0.zip": dial tcp 1.2.3.4:443: i/o timeout\n';
		const {items} = summary(line.repeat(500));
		assert.equal(items.length, 1);
	});

	test('two modules with the same problem are two items; the environment-wide one is primary', () => {
		const {result, items} = summary(
			[
				'go: github.com/a/b@v1.0.0: invalid version: unknown revision v1.0.0',
				'go: github.com/c/d@v2.0.0: invalid version: unknown revision v2.0.0',
				'go: github.com/e/f@v1.1.0: Get "https://proxy.golang.org/github.com/e/f/@v/v1.1.0.info": dial tcp: lookup proxy.golang.org on 10.0.0.1:53: no such host',
			].join('\n'),
		);
		assert.deepEqual(
			items.map((item) => [item.category, item.module]),
			[
				['not-found', 'github.com/a/b'],
				['not-found', 'github.com/c/d'],
				['dns', 'github.com/e/f'],
			],
		);
		assert.equal(result.primary?.category, 'dns');
	});

	test('a successful run (downloads only) is no-error', () => {
		const {result} = summary('go: downloading github.com/a/b v1.0.0\ngo: downloading golang.org/x/text v0.14.0\n');
		assert.equal(result.kind, 'no-error');
		assert.deepEqual(result.items, []);
		assert.equal(result.primary, undefined);
	});
});

/** A lab capture: sections that start with `==> `, the output of one go command each. */
function labSections(text: string): Array<{command: string; output: string}> {
	const sections: Array<{command: string; output: string}> = [];
	let current: {command: string; output: string[]} | undefined;
	let capturing = false;
	for (const line of text.split('\n')) {
		if (line.startsWith('==> go ')) {
			if (current !== undefined) {
				sections.push({command: current.command, output: current.output.join('\n')});
			}

			current = {command: line.slice(4), output: []};
			capturing = false;
			continue;
		}

		if (line === '==> stdout' || line === '==> stderr') {
			capturing = true;
			continue;
		}

		if (line.startsWith('==> ')) {
			capturing = false;
			continue;
		}

		if (capturing && current !== undefined) {
			current.output.push(line);
		}
	}

	if (current !== undefined) {
		sections.push({command: current.command, output: current.output.join('\n')});
	}

	return sections;
}

/**
What the classifier alone can tell from each lab scenario's real go output. Where the lab's verdict needs a probe
(a 404 for every path, a proxy that hangs silently), the classifier says what the text says.
*/
const labExpectations: Readonly<Record<string, readonly Category[] | 'empty'>> = {
	'altered-zip.txt': ['checksum-mismatch'],
	'proxy-401.txt': ['private-auth'],
	'proxy-403.txt': ['private-auth'],
	// A proxy on loopback is a self-hosted one (an Athens): its 404 for a public module is likelier its own failed
	// fetch than a missing version (and here it is: it answers 404 for everything).
	'proxy-404-all.txt': ['proxy-bad-response'],
	'proxy-410-all.txt': ['proxy-bad-response'],
	'proxy-500.txt': ['proxy-bad-response'],
	'proxy-502.txt': ['proxy-bad-response'],
	'proxy-503.txt': ['proxy-bad-response'],
	'proxy-504.txt': ['proxy-bad-response'],
	'proxy-down.txt': ['refused'],
	'proxy-hang.txt': 'empty',
	// The captive portal's page is read as go.mod (checksum mismatch); -json reports the HTML.
	'proxy-html.txt': ['checksum-mismatch', 'proxy-bad-response'],
};

describe('classifyGoOutput: real go output from the lab (test/fixtures/go-output)', () => {
	let files: string[] = [];
	try {
		files = readdirSync(`${fixtures}go-output`).filter((name) => name.endsWith('.txt'));
	} catch {
		files = [];
	}

	test('the lab captures are there', () => {
		assert.ok(files.length >= 10, `found ${files.length}`);
	});

	for (const file of files) {
		test(file, () => {
			const text = readFileSync(`${fixtures}go-output/${file}`, 'utf8');
			const sections = labSections(text);
			assert.ok(sections.length > 0);
			const expected = labExpectations[file];
			const seen = new Set<string>();
			for (const section of sections) {
				const result = classifyGoOutput(section.output);
				if (expected === 'empty') {
					assert.equal(result.kind, 'empty', section.command);
					continue;
				}

				for (const item of result.items) {
					assert.ok(isCategory(item.category));
					seen.add(item.category);
					if (expected !== undefined) {
						assert.ok(expected.includes(item.category), `${file} ${section.command}: ${item.category} not in ${expected.join(', ')}`);
						assert.match(item.module ?? '', /^example\.com\/lab\//, `${file} ${section.command}: module`);
					}
				}

				if (expected !== undefined) {
					assert.equal(result.kind, 'classified', `${file} ${section.command}`);
				}
			}

			if (expected !== undefined && expected !== 'empty') {
				assert.deepEqual([...seen].toSorted(), [...expected].toSorted());
			}

			// The whole capture, headers and all, read as one log: the same categories.
			const whole = classifyGoOutput(text);
			if (expected !== undefined && expected !== 'empty') {
				assert.deepEqual([...new Set(whole.items.map((item) => item.category))].toSorted(), [...expected].toSorted());
			}
		});
	}
});
