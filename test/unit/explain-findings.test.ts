/*
Findings declare what they explain (issue 16), and conclude applies one rule set to every declaration: go's report
of an explained failure is dropped; another finding becomes a warning, joins its explainer or leaves the list, as
the explanation says; only an error explains. The categories here are chosen to belong to no rule of conclude's
own: whatever happens, the declaration made it happen.
*/
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {covers, failureOfGoItem, goExplained} from '../../source/diagnose/apply-explanations.js';
import {conclude, type WalkView} from '../../source/diagnose/conclude.js';
import type {Subject} from '../../source/flow/define-flow.js';
import type {Walk} from '../../source/flow/walk.js';
import type {GoSnapshot} from '../../source/go/read-go-settings.js';
import type {ExplainingFinding} from '../../source/model/explanation.js';
import type {Evidence} from '../../source/model/report.js';
import {reproductionOf} from '../helpers/reproduction.js';

const snapshot: GoSnapshot = {
	kind: 'ok',
	goVersion: 'go1.26.8 linux/amd64',
	goroot: '/usr/local/go',
	goenvFile: '/home/dev/.config/go/env',
	goMod: '/home/dev/app/go.mod',
	settings: [{name: 'GOPROXY', value: 'off', source: 'goenv-file'}],
	proxyVariables: [],
	values: {GOPROXY: 'off'},
	goenvFileValues: {GOPROXY: 'off'},
};

/** Go failed to look up `host` while fetching `module`. */
function lookupFailed(module: string, host: string) {
	return reproductionOf(`go: ${module}@v1.0.0: dial tcp: lookup ${host} on 10.0.0.1:53: no such host\n`, {headline: 'failed'});
}

function evidence(command: string): Evidence {
	return {probe: 'check', tool: 'test', command, outcome: 'ok', summary: command, durationMs: 1};
}

/** A finished check walk whose findings are `findings`. */
function check(id: string, findings: readonly ExplainingFinding[]): WalkView {
	const walk = {
		phase: 'done',
		id,
		flow: 'toy',
		subject: {label: id},
		visits: [],
		current: 'end',
		verdict: findings[0]?.category ?? 'healthy',
		summary: '',
		offers: [],
	} as const satisfies Walk<Subject>;
	return {walk, role: 'check', investigation: 'toy', findings};
}

function finding(overrides: Partial<ExplainingFinding> & Pick<ExplainingFinding, 'category' | 'subject'>): ExplainingFinding {
	return {severity: 'error', summary: `${overrides.category} ${overrides.subject}`, evidence: [], fixes: [], ...overrides};
}

/** The module (category `vcs`) a check blames, explaining a failure to reach `host` as the declaration says. */
function explainer(explains: ExplainingFinding['explains'], severity: 'error' | 'warning' = 'error'): ExplainingFinding {
	return finding({
		category: 'vcs',
		subject: 'git.corp.test/x@v1.0.0',
		severity,
		evidence: [evidence('explainer')],
		...(explains ? {explains} : {}),
	});
}

const refusedOnCorp = finding({category: 'refused', subject: 'git.corp.test', evidence: [evidence('consequence')]});
const refusedElsewhere = finding({category: 'refused', subject: 'other.test'});

function severities(walks: readonly WalkView[]): string[] {
	const {findings} = conclude({snapshot, reproduction: reproductionOf('go: boom\n'), walks});
	return findings.map((item) => `${item.category} ${item.subject} ${item.severity}`);
}

describe('a finding that explains another', () => {
	test('makes a consequence on the host it names a warning; one on another host stays an error', () => {
		const becomesWarning = [{of: 'finding', categories: ['refused'], hosts: ['git.corp.test'], becomes: 'warning'}] as const;
		const said = severities([check('a', [explainer(becomesWarning)]), check('b', [refusedOnCorp, refusedElsewhere])]);
		assert.ok(said.includes('refused git.corp.test warning'), said.join('; '));
		assert.ok(said.includes('refused other.test error'), said.join('; '));
	});

	test('that declares nothing, or only as a warning, leaves the other as it is', () => {
		for (const first of [explainer(undefined), explainer([{of: 'finding', hosts: ['git.corp.test'], becomes: 'warning'}], 'warning')]) {
			const said = severities([check('a', [first]), check('b', [refusedOnCorp])]);
			assert.ok(said.includes('refused git.corp.test error'), said.join('; '));
		}
	});

	test('joins one that says the same again: one finding, with the evidence of both', () => {
		const joins = [{of: 'finding', categories: ['refused'], hosts: ['GIT.corp.test'], becomes: 'joined'}] as const;
		const {findings} = conclude({
			snapshot,
			reproduction: reproductionOf('go: boom\n'),
			walks: [check('a', [explainer(joins)]), check('b', [refusedOnCorp])],
		});
		assert.deepEqual(
			findings.map((item) => item.category),
			['vcs', 'other'],
		);
		assert.deepEqual(
			findings[0]?.evidence.map((item) => item.command),
			['explainer', 'consequence'],
		);
	});

	test('drops one that is no failure of its own, whatever its severity; a warning drops nothing', () => {
		const drops = [{of: 'finding', categories: ['module-path'], becomes: 'dropped'}] as const;
		const info = finding({category: 'module-path', subject: 'git.corp.test/x', severity: 'info'});
		assert.ok(!severities([check('a', [explainer(drops)]), check('b', [info])]).some((line) => line.startsWith('module-path')));
		assert.ok(severities([check('a', [explainer(drops, 'warning')]), check('b', [info])]).includes('module-path git.corp.test/x info'));
	});

	test("drops go's report of the failures it names (by module or by host), and only those", () => {
		const reproduction = lookupFailed('example.com/y', 'mirror.corp.test');
		const goSays = (explains: ExplainingFinding['explains']) =>
			conclude({snapshot, reproduction, walks: [check('a', [explainer(explains)])]}).findings.map(
				(item) => `${item.category} ${item.subject}`,
			);
		assert.ok(goSays(undefined).includes('dns example.com/y@v1.0.0'), goSays(undefined).join('; '));
		assert.ok(!goSays([{of: 'go', hosts: ['mirror.corp.test']}]).some((line) => line.startsWith('dns')));
		assert.ok(!goSays([{of: 'go', modules: ['example.com/y']}]).some((line) => line.startsWith('dns')));
		assert.ok(goSays([{of: 'go', modules: ['example.com/z']}]).includes('dns example.com/y@v1.0.0'));
		assert.ok(goSays([{of: 'go', categories: ['timeout'], hosts: ['mirror.corp.test']}]).includes('dns example.com/y@v1.0.0'));
		assert.ok(goSays([{of: 'finding', hosts: ['mirror.corp.test'], becomes: 'warning'}]).includes('dns example.com/y@v1.0.0'));
	});

	test('the concluded findings do not carry what they explain (the report never shows it)', () => {
		const {findings} = conclude({
			snapshot,
			reproduction: reproductionOf('go: boom\n'),
			walks: [check('a', [explainer([{of: 'go', categories: ['other']}])])],
		});
		assert.ok(findings.length > 0);
		assert.ok(findings.every((item) => !('explains' in item)));
	});
});

describe('what an explanation covers', () => {
	test('hosts in any case, modules exactly, and the hosts that module-path patterns send go to directly', () => {
		assert.ok(covers({hosts: ['Git.Corp.Test']}, {category: 'dns', host: 'git.corp.test'}));
		assert.ok(!covers({hosts: ['git.corp.test']}, {category: 'dns'}));
		assert.ok(covers({modules: ['example.com/x']}, {category: 'dns', module: 'example.com/x'}));
		assert.ok(!covers({modules: ['example.com/x']}, {category: 'dns', module: 'example.com/x/v2'}));
		assert.ok(covers({sentDirectBy: 'github.com,*.corp.test'}, {category: 'refused', host: 'github.com'}));
		assert.ok(covers({sentDirectBy: 'github.com,*.corp.test'}, {category: 'refused', host: 'git.corp.test'}));
		assert.ok(!covers({sentDirectBy: 'github.com'}, {category: 'refused', host: 'gitlab.com'}));
		assert.ok(!covers({sentDirectBy: ''}, {category: 'refused', host: 'github.com'}));
		assert.ok(!covers({categories: ['dns'], hosts: ['github.com']}, {category: 'tls', host: 'github.com'}));
	});

	test("go's name for a host that holds a look-alike character is the name it looked up", () => {
		const failure = failureOfGoItem({category: 'dns', line: 'dial tcp: lookup localhost，direct: no such host'});
		assert.equal(failure.host, 'localhost，direct');
		assert.ok(
			goExplained(
				[finding({category: 'goproxy-config', subject: 'GOPROXY', explains: [{of: 'go', hosts: ['localhost，direct']}]})],
				failure,
			),
		);
		assert.ok(
			!goExplained(
				[
					finding({
						category: 'goproxy-config',
						subject: 'GOPROXY',
						severity: 'warning',
						explains: [{of: 'go', hosts: ['localhost，direct']}],
					}),
				],
				failure,
			),
		);
	});
});
