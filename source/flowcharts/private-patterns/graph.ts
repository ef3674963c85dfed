import type {Text} from '../../i18n/message.js';
import {defineGraph} from '../define-flowchart.js';

/** A GOPRIVATE (or GONOPROXY) value whose patterns cover public code hosts, and what go made of it. */
export type PrivatePatternsSubject = {
	/** The setting's name (said the same in every language). */
	readonly label: string;
	/** The setting go takes its direct patterns from: GONOPROXY when set, else GOPRIVATE. */
	readonly setting: 'GOPRIVATE' | 'GONOPROXY';
	readonly value: string;
	/** Where the value comes from, as a message. */
	readonly from: Text;
	/** The patterns that cover public code (`github.com/*`), joined. */
	readonly culprits: string;
	/** How many of go.mod's requirements the patterns send straight to their hosts. */
	readonly covered: number;
	/** The modules of go's failures that the patterns sent straight to their hosts (the first few, joined). */
	readonly failed: string;
	readonly failedCount: number;
	/** The networked GOPROXY entry whose connectivity walk served the version list, '' when none did. */
	readonly proxy: string;
	/** The value that keeps only the private-looking paths, '' when nothing looks private (then: remove it). */
	readonly narrowed: string;
	/** The private-looking requirements the narrowed value keeps, joined ('' when none). */
	readonly kept: string;
	/**
	The value with the main module's owner kept too (`github.com/acme` for github.com/acme/app), when other covered
	requirements share it and the narrowed value does not: the user's own organisation, if its code is private.
	*/
	readonly withOwner?: string;
};

/**
§3.3 (does the path match GONOPROXY? yes → fetched directly from its host; no → through GOPROXY) for patterns that
match far more than private code: `GOPRIVATE=github.com/*` sends every public GitHub module around the proxy. Read
with go's own result: go failed on modules the patterns sent to their hosts, while a GOPROXY entry serves public
modules, so the setting is the cause, not the host go could not reach.
*/
export const privatePatternsGraph = defineGraph<PrivatePatternsSubject>()({
	source: '§3.3',
	start: 'goFailed',
	nodes: {
		goFailed: {
			kind: 'decide',
			outcomes: ['failed', 'no'],
			decide: (subject) => (subject.failedCount > 0 ? 'failed' : 'no'),
			edges: {failed: 'proxyServes', no: 'coversPublic'},
		},
		proxyServes: {
			kind: 'decide',
			outcomes: ['served', 'none'],
			decide: (subject) => (subject.proxy === '' ? 'none' : 'served'),
			edges: {served: 'sendsPublicDirect', none: 'sendsDirectNoProxy'},
		},
		sendsPublicDirect: {kind: 'end', verdict: 'goproxy-config', offers: ['narrow']},
		sendsDirectNoProxy: {kind: 'end', verdict: 'goproxy-config', offers: ['narrow']},
		coversPublic: {kind: 'end', verdict: 'goproxy-config', offers: ['advice']},
		narrow: {kind: 'fix', fixes: ['settings-narrow-private']},
		advice: {kind: 'fix', fixes: ['settings-advice']},
	},
});
