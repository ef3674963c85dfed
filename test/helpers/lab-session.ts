/**
A wizard session on a lab (or any hermetic project), as the integration tests drive it without the UI: the real
session actions, and an `emit` that folds each event into the session state as the wizard does.
*/
import path from 'node:path';
import {createSessionActions} from '../../source/session/create-session-actions.js';
import {initialSession, reduceSession, type SessionEvent, type SessionState} from '../../source/session/reduce-session.js';
import type {SessionActions} from '../../source/session/session-actions.js';
import {createSystem} from '../../source/system/create-system.js';
import type {Environment, System} from '../../source/system/types.js';
import {textTree} from '../../source/flowcharts/texts.js';
import type {Language} from '../../source/i18n/index.js';

/** Where the session runs: a lab from `startLab`, or a hermetic project with the same fields. */
export type SessionSite = {
	readonly dir: string;
	readonly env: Environment;
	/** The temporary directory the site lives in; exports go to `transcripts/` below it. */
	readonly root: string;
	readonly candidates?: readonly string[];
};

export type LabSessionOptions = {
	/** The environment go and the probes see. @default site.env */
	readonly env?: Environment;
	/** The probes' deadline. @default 5000 */
	readonly timeoutMs?: number;
	/** @default createSystem() */
	readonly system?: System;
	/** Exports go to `<root>/transcripts` (else to the session's default, under the hermetic HOME). @default false */
	readonly transcripts?: boolean;
	/** The reader's language, which the exports are written in. @default 'en' */
	readonly language?: Language;
};

/** The real session actions for `site`, as the wizard's command creates them. */
export function labSessionActions(site: SessionSite, options: LabSessionOptions = {}): SessionActions {
	return createSessionActions(options.system ?? createSystem(), {
		dir: site.dir,
		env: options.env ?? site.env,
		timeoutMs: options.timeoutMs ?? 5000,
		candidates: site.candidates ?? [],
		toolVersion: 'test',
		tree: textTree(options.language ?? 'en'),
		...(options.transcripts ? {transcriptDir: path.join(site.root, 'transcripts')} : {}),
	});
}

/** A session's first state, as the wizard starts with it. */
export function labInitialState(site: SessionSite): SessionState {
	return initialSession({startedAt: new Date().toISOString(), dir: site.dir, toolVersion: 'test'});
}

/** A session driven by hand: its actions, an `emit` that reduces each event into `state()`, and the events so far. */
export type LabSession = {
	readonly actions: SessionActions;
	readonly emit: (event: SessionEvent) => void;
	readonly events: readonly SessionEvent[];
	readonly state: () => SessionState;
};

/** A session on `site` with the real actions; call `actions.diagnose(emit, signal)` and read `state()`. */
export function labSession(site: SessionSite, options: LabSessionOptions = {}): LabSession {
	const actions = labSessionActions(site, options);
	let state = labInitialState(site);
	const events: SessionEvent[] = [];
	const emit = (event: SessionEvent) => {
		events.push(event);
		state = reduceSession(state, event);
	};

	return {actions, emit, events, state: () => state};
}
