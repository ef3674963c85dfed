import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {lintFixes} from '../../source/flowcharts/settings-lint/lint-fixes.js';
import {settingsLintFlowchart} from '../../source/flowcharts/settings-lint/index.js';
import {validateFlow} from '../../source/flow/validate-flow.js';
import {cleanPastedList, lintSettings, unmatchablePattern, type SettingLint} from '../../source/go/lint-settings.js';
import type {Setting, SettingSource} from '../../source/model/report.js';
import {chinese, english} from '../helpers/text.js';

function lint(
	values: Record<string, string>,
	sources: Record<string, SettingSource> = {},
	shadowed: Record<string, string> = {},
): SettingLint[] {
	const settings: Setting[] = Object.entries(values).map(([name, value]) => ({
		name,
		value,
		source: sources[name] ?? 'goenv-file',
		...(shadowed[name] === undefined ? {} : {shadowed: {source: 'goenv-file' as const, value: shadowed[name]}}),
	}));
	return lintSettings(settings, values);
}

const kinds = (lints: readonly SettingLint[]) => lints.map((item) => `${item.kind} ${item.setting}`);

describe('GOPROXY (go help goproxy)', () => {
	test('the documented forms are clean: the default, a mirror then direct, `|`, a bare host, a trailing slash', () => {
		for (const value of [
			'https://proxy.golang.org,direct',
			'https://goproxy.cn,direct',
			'https://a.example|https://b.example|direct',
			'goproxy.cn,direct',
			'https://goproxy.cn/,direct',
			'direct',
			'file:///srv/goproxy',
		]) {
			assert.deepEqual(kinds(lint({GOPROXY: value})), [], value);
		}
	});

	test('off: go may download nothing (module lookup disabled by GOPROXY=off); the repair needs a working proxy', () => {
		const [found] = lint({GOPROXY: 'off'});
		assert.equal(found?.kind, 'goproxy-off');
		assert.equal(found?.severity, 'error');
		assert.equal(found?.needsWorkingProxy, true);
	});

	test('only separators: "GOPROXY list is not the empty string, but contains no entries"', () => {
		assert.deepEqual(kinds(lint({GOPROXY: ','})), ['goproxy-empty GOPROXY']);
		assert.deepEqual(kinds(lint({GOPROXY: ' | , '})), ['goproxy-empty GOPROXY']);
	});

	test('an entry without a scheme that is one word, or another scheme: invalid proxy URL; the valid entries are kept', () => {
		const [found] = lint({GOPROXY: 'goproxy,https://goproxy.cn,direct'});
		assert.equal(found?.kind, 'goproxy-invalid');
		assert.deepEqual(found?.culprits, ['goproxy']);
		assert.equal(found?.repaired, 'https://goproxy.cn,direct');
		const [only] = lint({GOPROXY: 'ftp://mirror.example'});
		assert.equal(only?.needsWorkingProxy, true);
	});

	test('pasted from markdown, with backticks, quotes or spaces: the URL inside is recovered', () => {
		const [markdown] = lint({GOPROXY: '[https://goproxy.cn](https://goproxy.cn),direct'});
		assert.equal(markdown?.kind, 'goproxy-pasted');
		assert.equal(markdown?.repaired, 'https://goproxy.cn,direct');
		assert.equal(cleanPastedList('`https://goproxy.cn`'), 'https://goproxy.cn');
		assert.equal(cleanPastedList('"https://goproxy.cn,direct"'), 'https://goproxy.cn,direct');
		assert.equal(cleanPastedList('<https://a.example>|https://b.example'), 'https://a.example|https://b.example');
		assert.equal(cleanPastedList('``'), undefined);
	});

	test('direct before a mirror: go never reaches the mirror; the repair moves direct last', () => {
		const [found] = lint({GOPROXY: 'direct,https://goproxy.cn'});
		assert.equal(found?.kind, 'direct-first');
		assert.deepEqual(found?.culprits, ['https://goproxy.cn']);
		assert.equal(found?.repaired, 'https://goproxy.cn,direct');
	});

	test('set empty in the GOENV file: a warning (every module comes directly from its VCS); unset is fine', () => {
		assert.deepEqual(kinds(lint({GOPROXY: ''})), ['goproxy-empty GOPROXY']);
		assert.equal(lint({GOPROXY: ''})[0]?.severity, 'warning');
		assert.deepEqual(kinds(lint({GOPROXY: ''}, {GOPROXY: 'default'})), []);
	});
});

describe('GONOPROXY, GOPRIVATE, GONOSUMDB, GOINSECURE (go help module-private)', () => {
	test('the documented patterns are clean', () => {
		for (const value of [
			'*.corp.example.com,rsc.io/private',
			'git.corp.example',
			'github.com/acme',
			'github.com/acme/*',
			'example.com/*/private',
		]) {
			assert.deepEqual(kinds(lint({GOPRIVATE: value, GONOSUMDB: value, GOINSECURE: value})), [], value);
		}
	});

	test('a URL with a scheme, a space after the comma or a malformed glob can match no module path', () => {
		assert.equal(unmatchablePattern('https://git.corp.example/team'), 'scheme');
		assert.equal(unmatchablePattern(' github.com/acme'), 'space');
		assert.equal(unmatchablePattern('git.corp.[example'), 'malformed');
		assert.equal(unmatchablePattern('git.corp.example'), undefined);
		const [found] = lint({GOPRIVATE: 'https://git.corp.example/team, github.com/acme'});
		assert.equal(found?.kind, 'pattern-never-matches');
		assert.deepEqual(found?.culprits, ['https://git.corp.example/team', ' github.com/acme']);
		assert.equal(found?.repaired, 'git.corp.example/team,github.com/acme');
	});

	test('`*`, `*.*`, `*.com` or a whole code host cover public modules: too broad', () => {
		for (const [setting, value] of [
			['GOPRIVATE', '*'],
			['GONOSUMDB', '*.*'],
			['GOINSECURE', '*.com'],
			['GONOSUMDB', 'github.com'],
			['GONOPROXY', 'golang.org'],
		] as const) {
			const found = lint({[setting]: value});
			assert.deepEqual(kinds(found), [`too-broad ${setting}`], `${setting}=${value}`);
			assert.ok((found[0]?.covers ?? []).length > 0);
		}

		assert.deepEqual(lint({GONOSUMDB: 'github.com'})[0]?.covers, ['github.com/gomod-doctor-sample/module']);
	});
});

describe('GOFLAGS and shadowed values', () => {
	test('a leftover -insecure: go get says "-insecure flag is no longer supported"; the other flags are kept', () => {
		const [found] = lint({GOFLAGS: '-mod=mod -insecure'});
		assert.equal(found?.kind, 'insecure-flag');
		assert.equal(found?.repaired, '-mod=mod');
		assert.equal(lint({GOFLAGS: '-insecure'})[0]?.unset, true);
		assert.deepEqual(kinds(lint({GOFLAGS: '-mod=mod'})), []);
	});

	test('an OS variable hiding a different go env -w value; the same value hidden is no problem', () => {
		const found = lint({GOPROXY: 'http://127.0.0.1:1'}, {GOPROXY: 'environment'}, {GOPROXY: 'https://goproxy.cn,direct'});
		assert.deepEqual(kinds(found), ['shadowed GOPROXY']);
		assert.equal(found[0]?.hidden?.value, 'https://goproxy.cn,direct');
		assert.deepEqual(kinds(lint({GOPROXY: 'https://goproxy.cn'}, {GOPROXY: 'environment'}, {GOPROXY: 'https://goproxy.cn'})), []);
	});

	test('errors come before warnings', () => {
		assert.deepEqual(kinds(lint({GOPRIVATE: '*', GOPROXY: 'off'})), ['goproxy-off GOPROXY', 'too-broad GOPRIVATE']);
	});
});

describe('fixes', () => {
	test('a GOENV-file value: go env -w with the repaired value; GOPROXY=off: the measured proxy, then direct', () => {
		const [off] = lint({GOPROXY: 'off'});
		const [fix] = lintFixes(off!, 'http://127.0.0.1:4000');
		assert.equal(fix?.kind, 'go-env');
		assert.deepEqual(fix?.argv, ['go', 'env', '-w', 'GOPROXY=http://127.0.0.1:4000,direct']);
		// Two sentences, each in the reader's language.
		assert.equal(
			english(fix?.detail ?? ''),
			'GOPROXY comes from the GOENV file: go env -w changes it there, and go env -u can undo it. http://127.0.0.1:4000 serves the module (measured); direct stays last for private modules.',
		);
		assert.match(chinese(fix?.detail ?? ''), /^GOPROXY 来自 GOENV 文件.*http:\/\/127\.0\.0\.1:4000 能提供该模块/);
		assert.equal(lintFixes(off!)[0]?.kind, 'info', 'no measured proxy: advice, not a guess');
		const [flags] = lint({GOFLAGS: '-insecure'});
		assert.deepEqual(lintFixes(flags!)[0]?.argv, ['go', 'env', '-u', 'GOFLAGS']);
	});

	test('an OS-environment value: a shell line and the env of the verifying run, never go env -w', () => {
		const [pasted] = lint({GOPROXY: '`https://goproxy.cn`'}, {GOPROXY: 'environment'});
		const [fix] = lintFixes(pasted!);
		assert.equal(fix?.kind, 'shell');
		assert.deepEqual(fix?.shell, ["export GOPROXY='https://goproxy.cn'"]);
		assert.deepEqual(fix?.env, {GOPROXY: 'https://goproxy.cn'});
		const [shadow] = lint({GOPROXY: 'http://127.0.0.1:1'}, {GOPROXY: 'environment'}, {GOPROXY: 'https://goproxy.cn'});
		const [unset] = lintFixes(shadow!);
		assert.deepEqual(unset?.shell, ['unset GOPROXY']);
		assert.ok(Object.hasOwn(unset?.env ?? {}, 'GOPROXY') && unset?.env?.['GOPROXY'] === undefined);
	});

	test('too broad: advice only (only the user knows the private paths)', () => {
		const [broad] = lint({GONOSUMDB: '*'});
		assert.equal(lintFixes(broad!)[0]?.kind, 'info');
	});
});

test('the settings-lint flowchart validates', () => {
	assert.deepEqual(validateFlow(settingsLintFlowchart.flow), []);
});

test('too broad patterns: the detail names hosts and real paths, and only GOINSECURE means plain HTTP', () => {
	const details = Object.fromEntries(
		['GOPRIVATE', 'GONOPROXY', 'GONOSUMDB', 'GOINSECURE'].map((name) => {
			const found = lint({[name]: 'github.com,golang.org'}).find((item) => item.kind === 'too-broad');
			return [name, english(lintFixes(found!)[0]?.detail ?? '')];
		}),
	);
	for (const [name, detail] of Object.entries(details)) {
		assert.doesNotMatch(detail, /gomod-doctor-sample/, name);
		assert.match(detail, /every module on github\.com, golang\.org\/x\/mod/, name);
		assert.equal(detail.includes('plain HTTP'), name === 'GOINSECURE', `${name}: ${detail}`);
	}

	assert.match(details['GOPRIVATE']!, /directly from their version control hosts.*checksum database/);
	assert.doesNotMatch(details['GONOSUMDB']!, /directly/);
});
