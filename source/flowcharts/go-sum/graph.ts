import {defineGraph} from '../define-flowchart.js';
import {goSumLinesProbe} from './probe-go-sum-lines.js';

/** The project's go.sum, as the go.sum flowchart checks it. */
export type GoSumSubject = {
	/** `go.sum`. */
	readonly label: string;
	/** The Go module directory. */
	readonly dir: string;
};

/**
Go.sum entries: `go mod download` can succeed while `go build` fails with `missing go.sum entry` (download records
only the go.mod hashes of the graph), and with -mod=readonly go refuses to add them itself. The check loads the
packages as a build does (`go list -deps ./...`); the remedies are `go mod download MOD` and `go mod tidy`.
*/
export const goSumGraph = defineGraph<GoSumSubject>()({
	source: '§4.2',
	start: 'lines',
	nodes: {
		lines: {kind: 'probe', probe: goSumLinesProbe, edges: {complete: 'complete', missing: 'missing', error: 'cannotCheck'}},
		complete: {kind: 'end', verdict: 'healthy'},
		cannotCheck: {kind: 'end', verdict: 'healthy'},
		missing: {kind: 'end', verdict: 'go-sum-missing', offers: ['download', 'tidy']},
		download: {kind: 'fix', fixes: ['go-sum-download']},
		tidy: {kind: 'fix', fixes: ['go-sum-tidy']},
	},
});
