import {defineFlowFor} from '../define-flow.js';

/** A host go fetches modules from directly (GONOPROXY/GOPRIVATE, or GOPROXY=direct), with how many of go.mod's modules. */
export type DirectHostSubject = {
	readonly label: string;
	readonly host: string;
	readonly port: number;
	/** How many of go.mod's requirements go fetches from this host. */
	readonly count: number;
};

/**
§3.3 and §2.1 for the modules go does not fetch through a proxy: a path that matches GONOPROXY (GOPRIVATE by
default) is cloned directly from its host, so that host must resolve and its HTTPS port answer. Each distinct
host is checked once, however many modules come from it, so that fifty failing modules on three hosts are
three findings, not fifty.
*/
export const directHostsFlow = defineFlowFor<DirectHostSubject>()({
	id: 'direct-hosts',
	source: '§3.3, §2.1',
	title: 'Can go reach the host it fetches these modules from directly?',
	start: 'resolve',
	nodes: {
		resolve: {
			kind: 'probe',
			probe: 'dns',
			question: 'Does {host} resolve?',
			edges: {resolved: 'port', slow: 'port', 'ip-literal': 'port', failed: 'dnsFails', timeout: 'dnsFails'},
		},
		port: {
			kind: 'probe',
			probe: 'tcp',
			question: 'Is port {port} on {host} reachable?',
			edges: {open: 'reachable', refused: 'portClosed', timeout: 'noAnswer', unreachable: 'unroutable'},
		},
		reachable: {kind: 'end', verdict: 'healthy', summary: '{host} answers on port {port}: go can fetch its {count} module(s) from it.'},
		dnsFails: {kind: 'end', verdict: 'dns', summary: '{host} does not resolve: go cannot fetch the {count} module(s) it serves directly.'},
		portClosed: {
			kind: 'end',
			verdict: 'refused',
			summary: '{host} refuses connections on port {port}: the service is down or a firewall rejects it; {count} module(s) of go.mod come from it directly.',
		},
		noAnswer: {
			kind: 'end',
			verdict: 'timeout',
			summary: '{host}:{port} does not answer (network policy, or the host is down); {count} module(s) of go.mod come from it directly.',
		},
		unroutable: {
			kind: 'end',
			verdict: 'timeout',
			summary: 'There is no route to {host} from here; {count} module(s) of go.mod come from it directly.',
		},
	},
});
