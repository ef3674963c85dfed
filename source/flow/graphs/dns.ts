import {defineFlowFor} from '../define-flow.js';

/** What the name-resolution walk is about: every host go needs, looked up once each. */
export type DnsSubject = {
	/** `name resolution`. */
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
export const dnsFlow = defineFlowFor<DnsSubject>()({
	id: 'dns',
	source: '§2.3',
	title: 'Do the hosts go needs resolve?',
	start: 'hosts',
	nodes: {
		hosts: {
			kind: 'probe',
			probe: 'resolve-hosts',
			question: 'Do {hosts} resolve?',
			edges: {'all-resolve': 'resolved', 'some-fail': 'someResolver', 'all-fail': 'allResolver', error: 'notChecked'},
		},
		someResolver: {
			kind: 'probe',
			probe: 'resolv-conf',
			question: 'Which nameservers answer the lookups (/etc/resolv.conf)?',
			edges: {ok: 'nameFails', unusable: 'nameFails', none: 'nameFails', unreadable: 'nameFails', error: 'nameFails'},
		},
		allResolver: {
			kind: 'probe',
			probe: 'resolv-conf',
			question: 'Which nameservers answer the lookups (/etc/resolv.conf)?',
			edges: {ok: 'nameserversFail', unusable: 'resolverBroken', none: 'resolverBroken', unreadable: 'resolverBroken', error: 'nameserversFail'},
		},
		resolved: {kind: 'end', verdict: 'healthy', summary: 'Every host go needs resolves.'},
		notChecked: {kind: 'end', verdict: 'healthy', summary: 'The names could not be looked up here.'},
		nameFails: {
			kind: 'end',
			verdict: 'dns',
			summary: 'Some names do not resolve while the resolver answers for others: those names are wrong, retired or only known to another network.',
			offers: ['switchEntry'],
		},
		resolverBroken: {
			kind: 'end',
			verdict: 'dns',
			summary: 'No host resolves, and /etc/resolv.conf names no nameserver that can answer: local DNS is broken.',
			offers: ['fixResolver', 'switchEntry'],
		},
		nameserversFail: {
			kind: 'end',
			verdict: 'dns',
			summary: 'No host resolves: the nameservers of /etc/resolv.conf do not answer, or this network blocks DNS.',
			offers: ['fixResolver', 'switchEntry'],
		},
		fixResolver: {kind: 'fix', title: 'Repair name resolution (the nameservers in /etc/resolv.conf)', fixes: ['net-fix-resolver']},
		switchEntry: {
			kind: 'fix',
			title: 'Switch to a GOPROXY entry that resolves, or let go fall back past this one',
			fixes: ['goproxy-use-working', 'goproxy-fallback-on-error'],
		},
	},
});

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
