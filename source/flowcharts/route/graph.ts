import type {Text} from '../../i18n/message.js';
import {defineGraph} from '../define-flowchart.js';
import {tracerouteProbe} from './probe-traceroute.js';

/** What the route walk is about: a host a connectivity walk could not reach. */
export type RouteSubject = {
	/** The host. */
	readonly label: string;
	readonly host: string;
	/** What go wanted from it, e.g. `GOPROXY entry 1`. */
	readonly role: Text;
};

/**
§2.1 "can you ping it? no → check local network and routing", with the guide's `traceroute`: only when the user
asks for it (`--traceroute`), since it is slow, and only for hosts that refused, did not answer or were unroutable.
*/
export const routeGraph = defineGraph<RouteSubject>()({
	source: '§2.1',
	start: 'trace',
	nodes: {
		trace: {
			kind: 'probe',
			probe: tracerouteProbe,
			edges: {reached: 'reached', stops: 'stops', unavailable: 'noTool', error: 'noTool'},
		},
		reached: {kind: 'end', verdict: 'healthy'},
		stops: {kind: 'end', verdict: 'refused'},
		noTool: {kind: 'end', verdict: 'healthy'},
	},
});
