/**
The whole wizard on a lab (or a hermetic project), rendered with the real session actions: what the wizard
integration tests start from.
*/
import type {TestContext} from 'node:test';
import type {UnfinishedChange} from '../../source/fixes/unfinished-changes.js';
import {textTree} from '../../source/flowcharts/texts.js';
import {App, type WizardResult} from '../../source/ui/app.js';
import {render, type Rendered} from './ink.js';
import {labInitialState, labSessionActions, type LabSessionOptions, type SessionSite} from './lab-session.js';

export type LabWizardOptions = Omit<LabSessionOptions, 'transcripts'> & {
	/** The terminal's width. @default ink-testing-library's 100 */
	readonly columns?: number;
	/** Changes an earlier run left unfinished, as the command finds them. */
	readonly earlier?: readonly UnfinishedChange[];
};

/** The rendered wizard, and what it handed back on each exit. */
export type LabWizard = {
	readonly ui: Rendered;
	readonly exits: readonly WizardResult[];
};

/** Renders the wizard on `site` (exports go to `<root>/transcripts`); it is unmounted when the test ends. */
export function renderLabWizard(t: TestContext, site: SessionSite, options: LabWizardOptions = {}): LabWizard {
	const actions = labSessionActions(site, {...options, transcripts: true});
	const exits: WizardResult[] = [];
	const ui = render(
		t,
		<App
			staticSpinners
			actions={actions}
			initialState={labInitialState(site)}
			toolVersion="test"
			tree={textTree(options.language ?? 'en')}
			{...(options.earlier === undefined ? {} : {earlier: options.earlier})}
			onExit={(result) => {
				exits.push(result);
			}}
		/>,
		options.columns === undefined ? {} : {columns: options.columns},
	);
	return {ui, exits};
}
