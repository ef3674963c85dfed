import assert from 'node:assert/strict';
import {tmpdir} from 'node:os';
import {test} from 'node:test';
import {resolveCommonOptions, sessionOptions} from '../../source/commands/options.js';
import {routeFlowchart as routeInvestigation} from '../../source/flowcharts/route/index.js';
import type {AfterContext} from '../../source/diagnose/investigation.js';
import {english} from '../helpers/text.js';

test('--traceroute reaches the diagnosis; without it the route flowchart is never walked', async () => {
	const asked = await resolveCommonOptions({traceroute: true}, {}, tmpdir());
	assert.equal(sessionOptions(asked, {}).traceroute, true);
	const not = await resolveCommonOptions({}, {}, tmpdir());
	assert.equal('traceroute' in sessionOptions(not, {}), false);

	const context = {
		env: {},
		connectivity: [{url: 'http://10.9.9.9:3000', label: 'http://10.9.9.9:3000', role: 'goproxy', entryIndex: 0, verdict: 'timeout'}],
	} as unknown as AfterContext;
	assert.deepEqual(await routeInvestigation.subjects(context), []);
	const subjects = await routeInvestigation.subjects({...context, traceroute: true});
	assert.deepEqual(
		subjects.map((subject) => ({...subject, role: english(subject.role)})),
		[{label: '10.9.9.9', host: '10.9.9.9', role: 'GOPROXY entry 1'}],
	);
});
