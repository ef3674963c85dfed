import assert from 'node:assert/strict';
import {test} from 'node:test';
import {conclude, type WalkView} from '../../source/diagnose/conclude.js';
import type {AfterContext, CheckRun, Investigation} from '../../source/diagnose/investigation.js';
import {allFlows} from '../../source/diagnose/investigations.js';
import type {DiagnosisEvent} from '../../source/diagnose/run-diagnosis.js';
import {runInvestigations} from '../../source/diagnose/run-investigations.js';
import {defineGraph, flowOf} from '../../source/flowcharts/define-flowchart.js';
import {dnsProbe} from '../../source/probes/network-probes.js';
import {validateFlow} from '../../source/flow/validate-flow.js';
import type {ProbeResult} from '../../source/flow/define-probe.js';
import type {PendingProbe, Walk} from '../../source/flow/walk.js';
import type {GoSnapshot} from '../../source/go/read-go-settings.js';
import {fakeAfterContext} from '../helpers/after-context.js';
import {reproductionOf} from '../helpers/reproduction.js';
import {english} from '../helpers/text.js';

type HostSubject = {readonly label: string; readonly host: string};

const toyGraph = defineGraph<HostSubject>()({
	source: '§2.3',
	start: 'resolve',
	nodes: {
		resolve: {
			kind: 'probe',
			probe: dnsProbe,
			edges: {resolved: 'fine', slow: 'fine', 'ip-literal': 'fine', failed: 'broken', timeout: 'broken'},
		},
		fine: {kind: 'end', verdict: 'healthy'},
		broken: {kind: 'end', verdict: 'dns'},
	},
});
const toyText = {
	title: 'Does the host resolve?',
	nodes: {resolve: {question: 'Does {host} resolve?'}, fine: {summary: '{host} resolves.'}, broken: {summary: '{host} does not resolve.'}},
	messages: {},
};
const toyFlow = flowOf('toy', toyGraph, {en: toyText, zh: toyText});

function toyInvestigation(outcomes: Readonly<Record<string, string>>, phase: 'start' | 'after' = 'start'): Investigation<HostSubject> {
	return {
		id: 'toy',
		flow: toyFlow,
		phase,
		subjects: () => Object.keys(outcomes).map((host) => ({label: host, host})),
		async check(_pending: PendingProbe, subject: HostSubject, run: CheckRun): Promise<ProbeResult> {
			assert.ok(run.timeoutMs > 0, 'every check gets a deadline');
			const outcome = outcomes[subject.host]!;
			if (outcome === 'throw') {
				throw new Error('bug in the check');
			}

			return {
				evidence: {
					probe: 'dns',
					tool: 'test',
					command: `resolve ${subject.host}`,
					outcome,
					summary: `${subject.host}: ${outcome}`,
					durationMs: 1,
				},
			};
		},
	};
}

const snapshot = {kind: 'ok', goVersion: 'go1.26.8', goenvFile: '', settings: [], values: {}} as unknown as GoSnapshot;

function context(): AfterContext {
	return fakeAfterContext();
}

test('an investigation is walked once per subject, with the walk events of the connectivity walks and its findings at the end', async () => {
	const events: DiagnosisEvent[] = [];
	await runInvestigations([toyInvestigation({'a.test': 'resolved', 'b.test': 'failed'})], context(), {
		budgetEndsAt: Number.POSITIVE_INFINITY,
		emit(event) {
			events.push(event);
		},
		idPrefix: 'check-',
	});

	const started = events.filter((event) => event.type === 'walk-started');
	assert.deepEqual(
		started.map((event) => [event.role, event.walk.subject.label]),
		[
			['check', 'a.test'],
			['check', 'b.test'],
		],
	);
	const concluded = events.filter((event) => event.type === 'check-concluded');
	assert.equal(concluded.length, 2);
	const broken = concluded.find((event) => event.walkId === 'check-toy-1');
	assert.equal(broken?.findings[0]?.category, 'dns');
	assert.equal(english(broken?.findings[0]?.summary), 'b.test does not resolve.');
	assert.equal(broken?.findings[0]?.evidence[0]?.command, 'resolve b.test');
	assert.deepEqual(concluded.find((event) => event.walkId === 'check-toy-0')?.findings, [], 'a healthy walk finds nothing');
});

test('a check that throws does not end the diagnosis: the walk stops with a note', async () => {
	const events: DiagnosisEvent[] = [];
	await runInvestigations([toyInvestigation({'c.test': 'throw'})], context(), {
		budgetEndsAt: Number.POSITIVE_INFINITY,
		emit(event) {
			events.push(event);
		},
		idPrefix: 'check-',
	});
	const notes = events.filter((event) => event.type === 'note');
	assert.equal(notes.length, 1);
	assert.match(notes[0]!.type === 'note' ? english(notes[0]!.text) : '', /no edge for the outcome "error"/);
});

test('conclude: a flowchart that explains go’s failure comes before go’s own message of the same category, which it replaces', () => {
	const walk = {
		phase: 'done',
		id: 'check-toy-0',
		flow: 'toy',
		subject: {label: 'git.corp.test', host: 'git.corp.test'},
		visits: [],
		current: 'broken',
		verdict: 'dns',
		summary: 'git.corp.test does not resolve.',
		offers: [],
	} as const satisfies Walk<HostSubject>;
	const view: WalkView = {
		walk,
		role: 'check',
		investigation: 'toy',
		findings: [
			{category: 'dns', severity: 'error', subject: 'git.corp.test', summary: 'git.corp.test does not resolve.', evidence: [], fixes: []},
		],
	};
	const reproduction = reproductionOf('go: git.corp.test/x@v1.0.0: dial tcp: lookup git.corp.test on 10.0.0.1:53: no such host\n', {
		headline: 'failed',
	});
	const conclusion = conclude({snapshot, reproduction, walks: [view]});
	assert.equal(conclusion.findings[0]?.summary, 'git.corp.test does not resolve.');
	assert.equal(conclusion.findings.filter((finding) => finding.category === 'dns').length, 1, 'go’s own dns message is not repeated');
	assert.equal(conclusion.exitCode, 1);
});

test('every flowchart the diagnosis walks is well formed', () => {
	for (const flow of allFlows()) {
		assert.deepEqual(validateFlow(flow), [], flow.id);
	}
});
