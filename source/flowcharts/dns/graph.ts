import {defineGraph} from '../define-flowchart.js';
import {resolvConfProbe} from './probe-resolv-conf.js';
import {resolveHostsProbe} from './probe-resolve-hosts.js';

/** What the name-resolution walk is about: every host go needs, looked up once each. */
export type DnsSubject = {
	/** `DNS`: said the same in every language (a label is no translated text). */
	readonly label: string;
	/** The hosts, comma-separated, for the questions. */
	readonly hosts: string;
};

/**
The guide's §2.3, "module source unreachable → is the local network fine? no → DNS and routing", for every host
that matters to go at once: each GOPROXY entry, the GOSUMDB host, and the VCS host of a path go fetches directly.
One name that fails while the others resolve is that name (a typo, a retired host, a split-horizon name); all of
them failing is the local resolver, and then the nameservers of /etc/resolv.conf say which one.
*/
export const dnsGraph = defineGraph<DnsSubject>()({
	source: '§2.3',
	start: 'hosts',
	nodes: {
		hosts: {
			kind: 'probe',
			probe: resolveHostsProbe,
			edges: {'all-resolve': 'resolved', 'some-fail': 'someResolver', 'all-fail': 'allResolver', error: 'notChecked'},
		},
		someResolver: {
			kind: 'probe',
			probe: resolvConfProbe,
			edges: {ok: 'nameFails', unusable: 'nameFails', none: 'nameFails', unreadable: 'nameFails', error: 'nameFails'},
		},
		allResolver: {
			kind: 'probe',
			probe: resolvConfProbe,
			edges: {
				ok: 'nameserversFail',
				unusable: 'resolverBroken',
				none: 'resolverBroken',
				unreadable: 'resolverBroken',
				error: 'nameserversFail',
			},
		},
		resolved: {kind: 'end', verdict: 'healthy'},
		notChecked: {kind: 'end', verdict: 'healthy'},
		nameFails: {kind: 'end', verdict: 'dns', offers: ['switchEntry']},
		resolverBroken: {kind: 'end', verdict: 'dns', offers: ['fixResolver', 'switchEntry']},
		nameserversFail: {kind: 'end', verdict: 'dns', offers: ['fixResolver', 'switchEntry']},
		fixResolver: {kind: 'fix', fixes: ['net-fix-resolver']},
		switchEntry: {kind: 'fix', fixes: ['goproxy-use-working', 'goproxy-fallback-on-error']},
	},
});
