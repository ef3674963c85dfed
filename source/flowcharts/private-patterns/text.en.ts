import type {Messages} from '../../i18n/message.js';
import type {FlowchartText} from '../define-flowchart.js';
import type {privatePatternsGraph} from './graph.js';

/** The flowchart's English text; text.zh.ts has the same shape. */
export const en = {
	title: 'Do the private-path patterns send public modules around the proxy?',
	nodes: {
		goFailed: {question: 'Did go fail on modules that {setting}={culprits} sends straight to their hosts ({covered} of go.mod)?'},
		proxyServes: {question: 'Does a GOPROXY entry serve public modules instead? ({proxy})'},
		sendsPublicDirect: {
			summary:
				"{setting}={value} ({from}) sends {covered} of go.mod's requirements straight to their hosts instead of through {proxy}, which serves public modules, and go could not fetch them there ({failed}): the patterns {culprits} are the cause. Name only your private paths.",
		},
		sendsDirectNoProxy: {
			summary:
				"{setting}={value} ({from}) sends {covered} of go.mod's requirements straight to their hosts, and go could not fetch them there ({failed}); no GOPROXY entry was measured serving public modules either: narrow {setting}, and see the proxy's findings.",
		},
		coversPublic: {
			summary:
				'{setting} ({from}) covers public modules too ({culprits}): go fetches them from their hosts, not through the proxy. Name only your private paths.',
		},
		narrow: {title: 'Keep only the private paths in the setting (or remove it)'},
		advice: {title: 'Advice: name only your private paths'},
	},
	messages: {},
} satisfies FlowchartText<typeof privatePatternsGraph.nodes, unknown>;

/** The flowchart's own messages, said in the reader's language where shown (none: its fixes' words are the settings check's). */
export type PrivatePatternsMessages = Messages<typeof en.messages>;
