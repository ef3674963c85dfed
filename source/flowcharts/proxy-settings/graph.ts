import {defineGraph} from '../define-flowchart.js';
import {goenvProxyProbe, noProxyCoverageProbe, proxyVarsProbe, shellProfileProbe} from './probe-proxy-settings.js';

/** What the settings walk is about: the proxy variables of the environment go runs in, and where else they are written. */
export type ProxySettingsSubject = {
	/** The variables it is about, named the same in every language (a label is no translated text). */
	readonly label: string;
};

/**
§3.2's other half: `HTTPS_PROXY`/`NO_PROXY` "in the environment that runs go". go reads HTTPS_PROXY, HTTP_PROXY and
NO_PROXY (upper case first) from the OS environment only: never ALL_PROXY, never the GOENV file (go env -w refuses
them), never a shell profile this shell has not read. And an internal host sent to a corporate proxy fails.
*/
export const proxySettingsGraph = defineGraph<ProxySettingsSubject>()({
	source: '§3.2',
	start: 'variables',
	nodes: {
		variables: {
			kind: 'probe',
			probe: proxyVarsProbe,
			edges: {none: 'goenv', set: 'noProxy', 'all-proxy-only': 'allProxyIgnored', error: 'goenv'},
		},
		noProxy: {
			kind: 'probe',
			probe: noProxyCoverageProbe,
			edges: {covered: 'goenv', 'internal-proxied': 'internalProxied', error: 'goenv'},
		},
		goenv: {
			kind: 'probe',
			probe: goenvProxyProbe,
			edges: {none: 'profile', ignored: 'goenvIgnored', error: 'profile'},
		},
		profile: {
			kind: 'probe',
			probe: shellProfileProbe,
			edges: {same: 'asMeant', none: 'asMeant', differs: 'profileDiffers', error: 'asMeant'},
		},
		allProxyIgnored: {kind: 'end', verdict: 'http-proxy', offers: ['exportProxy']},
		internalProxied: {kind: 'end', verdict: 'http-proxy', offers: ['bypass']},
		goenvIgnored: {kind: 'end', verdict: 'http-proxy', offers: ['exportProxy']},
		profileDiffers: {kind: 'end', verdict: 'http-proxy', offers: ['exportProxy']},
		asMeant: {kind: 'end', verdict: 'healthy'},
		bypass: {kind: 'fix', fixes: ['proxy-no-proxy']},
		exportProxy: {kind: 'fix', fixes: ['proxy-export']},
	},
});
