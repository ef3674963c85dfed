import {defineFlowFor} from '../define-flow.js';

/** A file go could not read to its end: `read "URL": unexpected EOF`. */
export type ShortReadSubject = {
	/** The GOPROXY entry the file came from, as written (redact before display); the host when no entry matches. */
	readonly label: string;
	/** The GOPROXY entry's URL; the file's origin when no entry matches. */
	readonly url: string;
	/** The file's URL, as go printed it. */
	readonly fileUrl: string;
	/** `host:port` of the URL. */
	readonly host: string;
	/** What the file is: `example.com/m@v1.0.0 (zip)`. */
	readonly file: string;
};

/**
§2.2, a server that answers wrongly: the answer announced its length (Content-Length) and the connection closed
before that many bytes came. The file is asked for again, counting the bytes, to tell a server or a proxy on the
way that always cuts it from a cut that came and went.
*/
export const shortReadFlow = defineFlowFor<ShortReadSubject>()({
	id: 'short-read',
	source: '§2.2',
	title: 'Does the server send the whole file go asked for?',
	start: 'again',
	nodes: {
		again: {
			kind: 'probe',
			probe: 'file-length',
			question: 'Asked again for {file}, does {host} send as many bytes as it announces?',
			edges: {short: 'cutShort', complete: 'cameAndWent', 'no-length': 'unannounced', error: 'unchecked'},
		},
		cutShort: {
			kind: 'end',
			verdict: 'proxy-bad-response',
			summary: '{label} announces the length of {file} and closes the connection before sending all of it: go gets a file cut short (unexpected EOF).',
			offers: ['useWorking'],
		},
		cameAndWent: {
			kind: 'end',
			verdict: 'proxy-bad-response',
			summary: 'Asked again, {host} sent all of {file}: the cut go met came and went (an unstable link, or a proxy or server that drops long transfers).',
			offers: ['useWorking'],
		},
		unannounced: {
			kind: 'end',
			verdict: 'proxy-bad-response',
			summary: '{host} sends {file} without announcing its length, so its end cannot be checked; go read it as cut short (unexpected EOF).',
			offers: ['useWorking'],
		},
		unchecked: {kind: 'end', verdict: 'healthy', summary: 'Could not ask {host} for {file} again; go\'s own message stands.'},
		useWorking: {kind: 'fix', title: 'Use a proxy that sends whole files', fixes: ['goproxy-use-working']},
	},
});
