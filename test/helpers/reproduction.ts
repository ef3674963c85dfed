/*
A `Reproduction` as `reproduceDownload` returns it, for tests of what is concluded from one: go ran
`go mod download -json` and exited 0 with `stderr` empty, or 1 with go's `stderr`.
*/
import type {Reproduction} from '../../source/go/reproduce-download.js';

export function reproductionOf(stderr: string, overrides: Partial<Reproduction> = {}): Reproduction {
	const ok = stderr === '';
	return {
		argv: ['go', 'mod', 'download', '-json'],
		exitCode: ok ? 0 : 1,
		timedOut: false,
		canceled: false,
		missing: false,
		durationMs: 40,
		stdout: '',
		stderr,
		records: [],
		failures: [],
		ok,
		headline: ok ? 'go mod download succeeded' : (stderr.split('\n')[0] ?? ''),
		...overrides,
	};
}
