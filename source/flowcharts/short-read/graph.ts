import {defineGraph} from '../define-flowchart.js';
import {fileLengthProbe} from './probe-file-length.js';

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
export const shortReadGraph = defineGraph<ShortReadSubject>()({
	source: '§2.2',
	start: 'again',
	nodes: {
		again: {
			kind: 'probe',
			probe: fileLengthProbe,
			edges: {short: 'cutShort', complete: 'cameAndWent', 'no-length': 'unannounced', error: 'unchecked'},
		},
		cutShort: {kind: 'end', verdict: 'proxy-bad-response', offers: ['useWorking']},
		cameAndWent: {kind: 'end', verdict: 'proxy-bad-response', offers: ['useWorking']},
		unannounced: {kind: 'end', verdict: 'proxy-bad-response', offers: ['useWorking']},
		unchecked: {kind: 'end', verdict: 'healthy'},
		useWorking: {kind: 'fix', fixes: ['goproxy-use-working']},
	},
});
