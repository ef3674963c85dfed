import type {SettingSource} from '../../model/report.js';
import type {Text} from '../../i18n/message.js';
import {defineGraph} from '../define-flowchart.js';
import {vendorTreeProbe} from './probe-vendor-tree.js';

/** GOFLAGS holding -mod=vendor, as the flowchart checks it. */
export type VendorSubject = {
	/** `GOFLAGS`. */
	readonly label: string;
	/** GOFLAGS as go reads it. */
	readonly value: string;
	readonly source: SettingSource;
	/** Where the value comes from, as a message. */
	readonly from: Text;
	/** The -mod=vendor flags, joined for display. */
	readonly culprits: string;
	/** GOFLAGS without them; empty when nothing is left. */
	readonly rest: string;
	/** The Go module directory (where go reads vendor/). */
	readonly dir: string;
};

/**
GOFLAGS=-mod=vendor: go mod download ignores the flag and succeeds, but go build, go test and go list fail with
"inconsistent vendoring" when the module has no vendor tree or a stale one. go is asked (`go list -m`, offline).
*/
export const vendorGraph = defineGraph<VendorSubject>()({
	source: '§3.3, §5',
	start: 'tree',
	nodes: {
		tree: {
			kind: 'probe',
			probe: vendorTreeProbe,
			edges: {consistent: 'consistent', missing: 'missing', inconsistent: 'stale', error: 'unchecked'},
		},
		consistent: {kind: 'end', verdict: 'healthy'},
		unchecked: {kind: 'end', verdict: 'healthy'},
		missing: {kind: 'end', verdict: 'goproxy-config', offers: ['dropFlag']},
		stale: {kind: 'end', verdict: 'goproxy-config', offers: ['sync', 'dropFlag']},
		sync: {kind: 'fix', fixes: ['settings-vendor-sync']},
		dropFlag: {kind: 'fix', fixes: ['settings-mod-vendor-goflags']},
	},
});
