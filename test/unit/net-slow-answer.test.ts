import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {AfterContext} from '../../source/diagnose/investigation.js';
import {validateFlow} from '../../source/flow/validate-flow.js';
import {startWalk} from '../../source/flow/walk.js';
import {slowAnswerFlowchart as slowAnswerInvestigation, slowListMs} from '../../source/flowcharts/slow-answer/index.js';
import {english} from '../helpers/text.js';

const slowAnswerFlow = slowAnswerInvestigation.flow;

const context = (listMs: number[]) =>
	({
		connectivity: listMs.map((ms, index) => ({
			url: `http://127.0.0.1:${4000 + index}`,
			label: `http://127.0.0.1:${4000 + index}`,
			role: index === 0 ? 'goproxy' : 'candidate',
			verdict: 'healthy',
			listMs: ms,
		})),
	}) as unknown as AfterContext;

test('an entry that answers, but over 2 s, is a slow-answer warning; the faster proxy is offered', async () => {
	assert.deepEqual(validateFlow(slowAnswerFlow as never), []);
	assert.deepEqual(await slowAnswerInvestigation.subjects(context([1500])), [], 'under the threshold: nothing');
	const [subject] = await slowAnswerInvestigation.subjects(context([slowListMs + 1200, 80]));
	assert.ok(subject);
	assert.equal(subject.faster, 'yes');
	const walk = startWalk(slowAnswerFlow, 'w', subject);
	assert.equal(walk.phase, 'done');
	if (walk.phase !== 'done') {
		return;
	}

	assert.deepEqual(walk.offers, ['goproxy-use-working']);
	const [finding] = await slowAnswerInvestigation.findings!(walk, context([]));
	assert.equal(finding?.category, 'timeout');
	assert.equal(finding?.severity, 'warning');
	assert.match(
		english(finding?.summary ?? ''),
		/answers slowly \(3200 ms for the version list, over 2000 ms\), and another proxy is faster/,
	);
	const [alone] = await slowAnswerInvestigation.subjects(context([slowListMs + 500]));
	assert.equal(alone?.faster, 'no');
});
