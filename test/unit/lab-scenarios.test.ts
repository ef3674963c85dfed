import assert from 'node:assert/strict';
import {test} from 'node:test';
import {parseGoproxyList} from '../../source/go/parse-goproxy-list.js';
import {isCategory} from '../../source/model/taxonomy.js';
import type {GoproxyFault} from '../../source/lab/goproxy-server.js';
import {findScenario, formatScenarioList, listScenarios, renderGoproxy, type Scenario} from '../../source/lab/scenarios.js';

/** Fake URLs, one per server, so that GOPROXY entries can be traced back to servers. */
function urlsOf(scenario: Scenario): Map<string, string> {
	return new Map(scenario.servers.map((server, index) => [server.name, `http://127.0.0.1:${40_000 + index}`]));
}

function serverAt(scenario: Scenario, url: string): {name: string; fault: GoproxyFault} | undefined {
	const index = Number(new URL(url).port) - 40_000;
	return scenario.servers[index];
}

/**
Walks GOPROXY the way go does for one request: a working server ends the walk; 404/410 falls through to the
next entry after `,` or `|`; any other error falls through only after `|`. Returns where the walk stopped
(after the last entry: the entry whose error go reports).
*/
function walk(scenario: Scenario): {stoppedAt: number; reason: 'served' | 'error' | 'direct'} {
	const {entries} = parseGoproxyList(renderGoproxy(scenario.goproxy, urlsOf(scenario)));
	for (const [index, entry] of entries.entries()) {
		if (entry.kind === 'direct') {
			return {stoppedAt: index, reason: 'direct'};
		}

		assert.equal(entry.kind, 'url', `${scenario.id}: only lab URLs and direct`);
		if (entry.kind !== 'url') {
			return {stoppedAt: index, reason: 'error'};
		}

		const server = serverAt(scenario, entry.url);
		assert.ok(server, `${scenario.id}: ${entry.url} is a lab server`);
		const {fault} = server;
		if (fault.kind === 'none' || fault.kind === 'slow' || fault.kind === 'altered-zip' || fault.kind === 'html') {
			// Html and altered-zip answer 200: go takes the answer and fails on its content, at this entry.
			return {stoppedAt: index, reason: fault.kind === 'none' || fault.kind === 'slow' ? 'served' : 'error'};
		}

		const notFound = fault.kind === 'status' && (fault.status === 404 || fault.status === 410);
		if (!notFound && !entry.fallBackOnError) {
			return {stoppedAt: index, reason: 'error'};
		}
	}

	return {stoppedAt: entries.length - 1, reason: 'error'};
}

test('the required scenarios exist', () => {
	for (const id of ['healthy', 'proxy-down', 'proxy-hang', 'proxy-502']) {
		assert.ok(findScenario(id), id);
	}

	assert.equal(findScenario('no-such-scenario'), undefined);
	const ids = listScenarios().map((scenario) => scenario.id);
	assert.equal(new Set(ids).size, ids.length, 'ids are unique');
});

test('the required scenarios expect the verdicts of the brief', () => {
	assert.deepEqual(findScenario('healthy')?.expected, {category: 'healthy'});
	assert.deepEqual(findScenario('proxy-down')?.expected, {entryIndex: 0, category: 'refused'});
	assert.deepEqual(findScenario('proxy-hang')?.expected, {entryIndex: 0, category: 'timeout'});
	assert.deepEqual(findScenario('proxy-502')?.expected, {entryIndex: 0, category: 'proxy-bad-response'});
	assert.equal(findScenario('proxy-down')?.servers[0]?.fault.kind, 'closed');
	assert.equal(findScenario('proxy-hang')?.servers[0]?.fault.kind, 'hang');
	assert.deepEqual(findScenario('proxy-502')?.servers[0]?.fault, {kind: 'status', status: 502});
});

for (const scenario of listScenarios()) {
	test(`${scenario.id}: a consistent table entry`, () => {
		assert.ok(isCategory(scenario.expected.category), scenario.expected.category);
		assert.ok(scenario.description.length > 20 && !scenario.description.includes('\n'));
		assert.ok(/^[a-z\d-]+$/.test(scenario.id));
		if (scenario.setup !== undefined) {
			// A scenario with its own setup (a sumdb, a private host through the lab's proxy, a damaged cache…)
			// changes GOPROXY, the candidates or the project there; its own integration test runs it with the real go
			// (and `go mod download` may even succeed there, as when only go.sum lacks lines).
			return;
		}

		const parsed = parseGoproxyList(renderGoproxy(scenario.goproxy, urlsOf(scenario)));
		assert.deepEqual(parsed.invalid, []);
		assert.deepEqual(parsed.ignored, []);

		assert.ok(scenario.candidates.length > 0, 'the wizard has somewhere to switch to');
		for (const name of scenario.candidates) {
			const server = scenario.servers.find((item) => item.name === name);
			assert.ok(server, `candidate ${name} is a server`);
			assert.ok(server.fault.kind === 'none' || server.fault.kind === 'slow', `candidate ${name} works`);
		}

		const stop = walk(scenario);
		assert.notEqual(stop.reason, 'direct', 'go must never reach direct: the lab module host is not to be contacted');
		if (scenario.expected.category === 'healthy') {
			assert.equal(stop.reason, 'served');
			assert.equal(scenario.expected.entryIndex, undefined);
		} else {
			assert.equal(stop.stoppedAt, scenario.expected.entryIndex, 'go fails at the entry the verdict names');
			assert.ok(scenario.goSays !== undefined || scenario.goHangs === true, 'the table says what go prints');
		}
	});
}

test('renderGoproxy replaces every placeholder and rejects unknown ones', () => {
	const urls = new Map([
		['a', 'http://127.0.0.1:1'],
		['b', 'http://127.0.0.1:2'],
	]);
	assert.equal(renderGoproxy('{a},{b}|direct', urls), 'http://127.0.0.1:1,http://127.0.0.1:2|direct');
	assert.throws(() => renderGoproxy('{a},{c}', urls), /{c}/);
});

test('formatScenarioList pads ids into one column', () => {
	const lines = formatScenarioList('en');
	assert.equal(lines.length, listScenarios().length);
	const width = Math.max(...listScenarios().map((scenario) => scenario.id.length));
	for (const [index, line] of lines.entries()) {
		const scenario = listScenarios()[index]!;
		assert.equal(line, `${scenario.id.padEnd(width)}  ${scenario.description}`);
	}

	assert.ok(lines.some((line) => line.startsWith('proxy-down ')));
});
