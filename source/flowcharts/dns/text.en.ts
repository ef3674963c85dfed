import type {Messages} from '../../i18n/message.js';
import type {FlowchartText} from '../define-flowchart.js';
import type {dnsGraph} from './graph.js';

/** The flowchart's English text; text.zh.ts has the same shape. */
export const en = {
	title: 'Do the hosts go needs resolve?',
	nodes: {
		hosts: {question: 'Do {hosts} resolve?'},
		someResolver: {question: 'Which nameservers answer the lookups (/etc/resolv.conf)?'},
		allResolver: {question: 'Which nameservers answer the lookups (/etc/resolv.conf)?'},
		resolved: {summary: 'Every host go needs resolves.'},
		notChecked: {summary: 'The names could not be looked up here.'},
		nameFails: {
			summary:
				'Some names do not resolve while the resolver answers for others: those names are wrong, retired or only known to another network.',
		},
		resolverBroken: {summary: 'No host resolves, and /etc/resolv.conf names no nameserver that can answer: local DNS is broken.'},
		nameserversFail: {summary: 'No host resolves: the nameservers of /etc/resolv.conf do not answer, or this network blocks DNS.'},
		fixResolver: {title: 'Repair name resolution (the nameservers in /etc/resolv.conf)'},
		switchEntry: {title: 'Switch to a GOPROXY entry that resolves, or let go fall back past this one'},
	},
	messages: {},
} satisfies FlowchartText<typeof dnsGraph.nodes, unknown>;

/** The flowchart's own messages, as code states them: said in the reader's language where they are shown. */
export type DnsMessages = Messages<typeof en.messages>;
