import {defineFlowFor} from '../define-flow.js';

/** What the route walk is about: a host a connectivity walk could not reach. */
export type RouteSubject = {
	/** The host. */
	readonly label: string;
	readonly host: string;
	/** What go wanted from it, e.g. `GOPROXY entry 1`. */
	readonly role: string;
};

/**
§2.1 "can you ping it? no → check local network and routing", with the guide's `traceroute`: only when the user
asks for it (`--traceroute`), since it is slow, and only for hosts that refused, did not answer or were unroutable.
*/
export const routeFlow = defineFlowFor<RouteSubject>()({
	id: 'route',
	source: '§2.1',
	title: 'Where do packets to this host stop?',
	start: 'trace',
	nodes: {
		trace: {
			kind: 'probe',
			probe: 'traceroute',
			question: 'Where does the route to {host} ({role}) stop?',
			edges: {reached: 'reached', stops: 'stops', unavailable: 'noTool', error: 'noTool'},
		},
		reached: {kind: 'end', verdict: 'healthy', summary: 'Packets reach {host}: the route is there, so the port check decides (a closed port or a firewall on the host).'},
		stops: {kind: 'end', verdict: 'refused', summary: 'Packets to {host} stop on the way: a router or firewall between here and {host} drops them.'},
		noTool: {kind: 'end', verdict: 'healthy', summary: 'The route to {host} could not be traced here.'},
	},
});
