import {defineFlowFor} from '../define-flow.js';

/** The project's go.sum, as the go.sum flowchart checks it. */
export type GoSumSubject = {
	/** `go.sum`. */
	readonly label: string;
	/** The Go module directory. */
	readonly dir: string;
};

/**
go.sum entries: `go mod download` can succeed while `go build` fails with `missing go.sum entry` (download records
only the go.mod hashes of the graph), and with -mod=readonly go refuses to add them itself. The check loads the
packages as a build does (`go list -deps ./...`); the remedies are `go mod download MOD` and `go mod tidy`.
*/
export const goSumFlow = defineFlowFor<GoSumSubject>()({
	id: 'go-sum',
	source: '§4.2',
	title: 'Does go.sum hold every line the build needs?',
	start: 'lines',
	nodes: {
		lines: {
			kind: 'probe',
			probe: 'go-sum-lines',
			question: 'Does go find every go.sum line the build needs (go list -deps ./...)?',
			edges: {complete: 'complete', missing: 'missing', error: 'cannotCheck'},
		},
		complete: {kind: 'end', verdict: 'healthy', summary: 'go.sum holds every line the packages of this module need.'},
		cannotCheck: {kind: 'end', verdict: 'healthy', summary: 'The packages could not be loaded for another reason; go.sum was not judged.'},
		missing: {
			kind: 'end',
			verdict: 'go-sum-missing',
			summary: 'go.sum lacks lines the build needs: go mod download succeeds, but go build and go test fail.',
			offers: ['download', 'tidy'],
		},
		download: {kind: 'fix', title: 'Record the missing lines (go mod download MOD…)', fixes: ['go-sum-download']},
		tidy: {kind: 'fix', title: 'Tidy go.mod and go.sum (go mod tidy)', fixes: ['go-sum-tidy']},
	},
});
