import {defineFlowFor} from '../define-flow.js';

/** What the settings walk is about: the proxy variables of the environment go runs in, and where else they are written. */
export type ProxySettingsSubject = {
	/** `HTTP(S) proxy settings`. */
	readonly label: string;
};

/**
§3.2's other half: `HTTPS_PROXY`/`NO_PROXY` "in the environment that runs go". go reads HTTPS_PROXY, HTTP_PROXY and
NO_PROXY (upper case first) from the OS environment only: never ALL_PROXY, never the GOENV file (go env -w refuses
them), never a shell profile this shell has not read. And an internal host sent to a corporate proxy fails.
*/
export const proxySettingsFlow = defineFlowFor<ProxySettingsSubject>()({
	id: 'proxy-settings',
	source: '§3.2',
	title: 'Does go see the proxy settings you meant?',
	start: 'variables',
	nodes: {
		variables: {
			kind: 'probe',
			probe: 'proxy-vars',
			question: 'Which proxy variables does go read from its environment?',
			edges: {none: 'goenv', set: 'noProxy', 'all-proxy-only': 'allProxyIgnored', error: 'goenv'},
		},
		noProxy: {
			kind: 'probe',
			probe: 'no-proxy-coverage',
			question: 'Does NO_PROXY keep internal hosts away from the proxy?',
			edges: {covered: 'goenv', 'internal-proxied': 'internalProxied', error: 'goenv'},
		},
		goenv: {
			kind: 'probe',
			probe: 'goenv-proxy',
			question: 'Does the GOENV file try to set a proxy variable?',
			edges: {none: 'profile', ignored: 'goenvIgnored', error: 'profile'},
		},
		profile: {
			kind: 'probe',
			probe: 'shell-profile',
			question: 'Does the shell profile set the proxy variables this environment has?',
			edges: {same: 'asMeant', none: 'asMeant', differs: 'profileDiffers', error: 'asMeant'},
		},
		allProxyIgnored: {
			kind: 'end',
			verdict: 'http-proxy',
			summary: 'Only ALL_PROXY is set: go ignores it and connects directly.',
			offers: ['exportProxy'],
		},
		internalProxied: {
			kind: 'end',
			verdict: 'http-proxy',
			summary: 'An internal host goes through the proxy because NO_PROXY does not name it.',
			offers: ['bypass'],
		},
		goenvIgnored: {
			kind: 'end',
			verdict: 'http-proxy',
			summary: 'The GOENV file names a proxy, which go never reads from there.',
			offers: ['exportProxy'],
		},
		profileDiffers: {
			kind: 'end',
			verdict: 'http-proxy',
			summary: 'The shell profile sets the proxy differently from the environment go runs in.',
			offers: ['exportProxy'],
		},
		asMeant: {kind: 'end', verdict: 'healthy', summary: 'go sees the proxy settings as they are written.'},
		bypass: {kind: 'fix', title: 'Send the internal host direct: add it to NO_PROXY', fixes: ['proxy-no-proxy']},
		exportProxy: {kind: 'fix', title: 'Export the proxy in the environment go runs in', fixes: ['proxy-export']},
	},
});
