/*
The wizard's Conclusion says the verdict once: the headline in words (the concrete symptom), then only what the
walks above have not already said; the measured proxies show the symptom, not the category id.
*/
import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {Conclusion} from '../../source/diagnose/conclude.js';
import {parseGoproxyList} from '../../source/go/parse-goproxy-list.js';
import {createRedactor} from '../../source/redact/redact.js';
import {ConclusionPanel} from '../../source/ui/conclusion-panel.js';
import {UiContext} from '../../source/ui/ui-context.js';
import {render} from '../helpers/ink.js';

const walkSaid = 'http://127.0.0.1:4312 answers a gateway error even for example.com/lab/hello: the server behind it is down.';
const conclusion: Conclusion = {
	headline: 'proxy-bad-response: http://127.0.0.1:4312: a GOPROXY server is reached but answers wrongly',
	// Said at the edge: "GOPROXY entry 1 (http://127.0.0.1:4312) answers 502 Bad Gateway; go stops there.", then the entry's detail.
	verdict: {
		entries: parseGoproxyList('http://127.0.0.1:4312,http://127.0.0.1:4313').entries,
		goError: 'go: example.com/lab/hello@v1.0.0: reading http://127.0.0.1:4312/example.com/lab/hello/@v/v1.0.0.info: 502 Bad Gateway',
		goFailed: true,
		entryDetail: `${walkSaid} In GOPROXY, \`,\` makes go try the next entry only after a 404 or 410.`,
	},
	findings: [
		{
			category: 'proxy-bad-response',
			severity: 'error',
			subject: 'http://127.0.0.1:4312',
			summary: `${walkSaid} In GOPROXY, …`,
			evidence: [],
			fixes: [],
		},
	],
	fixes: [],
	exitCode: 1,
	health: [
		{url: 'http://127.0.0.1:4313', raw: 'http://127.0.0.1:4313', verdict: 'healthy', role: 'goproxy', listMs: 12, correct: true},
		{
			url: 'http://127.0.0.1:4312',
			raw: 'http://127.0.0.1:4312',
			verdict: 'proxy-bad-response',
			role: 'goproxy',
			symptom: {kind: 'status', status: 502, reason: 'Bad Gateway'},
		},
	],
	notWaitedFor: [],
};

test("the verdict in words first; the walk's own words are not said again; the table shows 502 Bad Gateway", (t) => {
	const rendered = render(
		t,
		<UiContext.Provider value={{redact: createRedactor({}).redact, staticSpinners: true}}>
			<ConclusionPanel conclusion={conclusion} said={[walkSaid]} />
		</UiContext.Provider>,
	);
	const frame = rendered.lastFrame();
	const flat = frame.replaceAll(/\s+/g, ' ');
	assert.match(
		flat,
		/Conclusion ✗ GOPROXY entry 1 \(http:\/\/127\.0\.0\.1:4312\) answers 502 Bad Gateway; go stops there\. In GOPROXY, `,` makes go/,
	);
	assert.doesNotMatch(flat, /gateway error even for/, 'said once, by the walk above');
	assert.match(frame, /✗ 502 Bad Gateway/);
	assert.doesNotMatch(frame, /proxy-bad-response/);
});
