import type {Messages} from '../../i18n/message.js';
import type {SettingSource} from '../../model/report.js';
import type {FlowchartText} from '../define-flowchart.js';
import type {vendorGraph} from './graph.js';

/** The flowchart's English text; text.zh.ts has the same shape. */
export const en = {
	title: 'Does go accept the vendor tree GOFLAGS asks for?',
	nodes: {
		tree: {question: 'GOFLAGS ({from}) holds {culprits}: does go accept the vendor tree of this module (go list -m)?'},
		consistent: {summary: 'GOFLAGS ({from}) holds {culprits}, and vendor/modules.txt matches go.mod: go builds from the vendor tree.'},
		unchecked: {summary: 'GOFLAGS ({from}) holds {culprits}; go could not be asked about the vendor tree, so it was not judged.'},
		missing: {
			summary:
				'GOFLAGS ({from}) holds {culprits}, but this module has no vendor/modules.txt: go build, go test and go list fail with "inconsistent vendoring" (go mod download does not use the flag). Remove the flag.',
		},
		stale: {
			summary:
				'GOFLAGS ({from}) holds {culprits}, and vendor/modules.txt does not match go.mod: go build, go test and go list fail with "inconsistent vendoring". Bring the vendor tree up to date (go mod vendor), or stop using it.',
		},
		sync: {title: 'Bring the vendor tree up to date (go mod vendor)'},
		dropFlag: {title: 'Remove -mod=vendor from GOFLAGS where it is set'},
	},
	messages: {
		from: {
			environment: 'the OS environment',
			'goenv-file': 'the GOENV file',
			'goroot-env': '$GOROOT/go.env',
			default: "go's default",
		} satisfies Record<SettingSource, string>,
		setting: (value: string, from: string) => `GOFLAGS=${value} (from ${from})`,
		tree: {
			consistent: 'go list -m accepts the vendor tree: vendor/modules.txt matches go.mod.',
			missing: (line: string) => `go list -m fails, and this module has no vendor/modules.txt: ${line}`,
			inconsistent: (line: string) => `go list -m fails: vendor/modules.txt does not match go.mod: ${line}`,
			late: 'it did not finish in time',
			other: (why: string) => `go list -m failed for another reason: ${why}`,
		},
		sync: {
			title: 'Bring the vendor tree in line with go.mod (go mod vendor)',
			detail:
				'The module vendors its dependencies (vendor/modules.txt exists): go mod vendor rewrites vendor/ from go.mod and go.sum (it downloads the modules it copies). Commit the result.',
		},
		drop: {
			set: (rest: string) => `Set GOFLAGS=${rest}`,
			unset: 'Remove GOFLAGS',
			goEnvDetail: 'GOFLAGS comes from the GOENV file: go env -w changes it there, and go env -u can undo it.',
			shellDetail:
				'GOFLAGS is set in the OS environment, which wins over go env -w: change the line of your shell profile (or CI configuration) that sets it.',
		},
	},
} satisfies FlowchartText<typeof vendorGraph.nodes, unknown>;

/** The flowchart's own messages (evidence summaries, fix titles), said in the reader's language where shown. */
export type VendorMessages = Messages<typeof en.messages>;
