import {dnsProbe, tcpProbe} from '../../probes/network-probes.js';
import {defineGraph} from '../define-flowchart.js';

/** A host go fetches modules from directly (GONOPROXY/GOPRIVATE, or GOPROXY=direct), with how many of go.mod's modules. */
export type DirectHostSubject = {
	readonly label: string;
	readonly host: string;
	readonly port: number;
	/** How many of go.mod's requirements go fetches from this host. */
	readonly count: number;
	/** The modules of go.mod fetched from it. */
	readonly modules: readonly string[];
};

/**
§3.3 and §2.1 for the modules go does not fetch through a proxy: a path that matches GONOPROXY (GOPRIVATE by
default) is cloned directly from its host, so that host must resolve and its HTTPS port answer. Each distinct
host is checked once, however many modules come from it, so that fifty failing modules on three hosts are
three findings, not fifty.
*/
export const directHostsGraph = defineGraph<DirectHostSubject>()({
	source: '§3.3, §2.1',
	start: 'resolve',
	nodes: {
		resolve: {
			kind: 'probe',
			probe: dnsProbe,
			edges: {resolved: 'port', slow: 'port', 'ip-literal': 'port', failed: 'dnsFails', timeout: 'dnsFails'},
		},
		port: {
			kind: 'probe',
			probe: tcpProbe,
			edges: {open: 'reachable', refused: 'portClosed', timeout: 'noAnswer', unreachable: 'unroutable'},
		},
		reachable: {kind: 'end', verdict: 'healthy'},
		dnsFails: {kind: 'end', verdict: 'dns'},
		portClosed: {kind: 'end', verdict: 'refused'},
		noAnswer: {kind: 'end', verdict: 'timeout'},
		unroutable: {kind: 'end', verdict: 'timeout'},
	},
});
