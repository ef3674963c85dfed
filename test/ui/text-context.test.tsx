/*
The wizard is an edge (issue 16, item 5): it says its texts in the language of the tree it is given, never in the
process-wide one, and its reducer records messages, not sentences already translated.
*/
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {textTree} from '../../source/flowcharts/texts.js';
import {t as catalogOf} from '../../source/i18n/index.js';
import {createRedactor} from '../../source/redact/redact.js';
import {initialSession} from '../../source/session/reduce-session.js';
import {App} from '../../source/ui/app.js';
import {initialWizardState, reduceWizard} from '../../source/ui/use-wizard-state.js';
import {render, waitForFrame} from '../helpers/ink.js';
import {proxyDownScenario, scriptedActions} from '../helpers/session-script.js';
import {chinese, english} from '../helpers/text.js';

const at = '2026-11-25T15:00:00.000Z';

test('the wizard speaks the language of its tree, in a process that chose no language', async (t) => {
	const zh = catalogOf('zh').wizard;
	const en = catalogOf('en').wizard;
	const scenario = await proxyDownScenario();
	const script = scriptedActions({batches: scenario.batches, redact: createRedactor({}).redact});
	const ui = render(
		t,
		<App
			staticSpinners
			actions={script.actions}
			initialState={initialSession({startedAt: at, dir: '/home/dev/hello', toolVersion: '0.1.0'})}
			toolVersion="0.1.0"
			tree={textTree('zh')}
		/>,
	);
	const frame = await waitForFrame(ui, (text) => text.includes(zh.choices.quit) && text.includes(zh.keys.quit));
	for (const said of [zh.settingsTitle, zh.conclusionTitle, zh.choices.evidence, zh.choices.export]) {
		assert.ok(frame.includes(said), `"${said}" on the screen:\n${frame}`);
	}

	for (const word of [en.settingsTitle, en.conclusionTitle, en.choices.evidence, en.keys.quit]) {
		assert.ok(!frame.includes(word), `no English "${word}" on a Chinese screen:\n${frame}`);
	}
});

test('the reducer records messages: a choice reads in English in JSON and in Chinese on a Chinese screen', () => {
	const state = initialWizardState({session: initialSession({startedAt: at, dir: '/m', toolVersion: 't'})});
	const quit = reduceWizard(state, {type: 'quit', at});
	const choice = quit.session.transcript.find((entry) => entry.kind === 'choice');
	assert.ok(choice?.kind === 'choice');
	assert.equal(english(choice.question), catalogOf('en').wizard.questions.next);
	assert.equal(english(choice.answer), catalogOf('en').wizard.choices.quit);
	assert.equal(chinese(choice.question), catalogOf('zh').wizard.questions.next);
	assert.equal(chinese(choice.answer), catalogOf('zh').wizard.choices.quit);
	// Quitting while the diagnosis runs says so, in a note that is a message too.
	const note = quit.session.transcript.find((entry) => entry.kind === 'note');
	assert.ok(note?.kind === 'note');
	assert.equal(chinese(note.text), catalogOf('zh').robust.interrupted(catalogOf('zh').robust.steps.diagnosis));
});
