/*
A go.mod that go cannot parse ends the diagnosis before any network check: every go command stops at it
(`go: errors parsing go.mod:`), so no proxy, DNS or port tells the user anything, and probing candidates would
only delay go's own message. `go mod edit -json` reads go.mod alone (no module graph, no network) and prints
that message with the file and line; its run stands in for the reproduction.
*/
import type {Environment, System} from '../system/types.js';
import {parseGoMod} from './parse-go-mod.js';
import type {Reproduction} from './reproduce-download.js';

/** The command that checks go.mod: it never downloads anything. */
export const goModCheckArgv = ['go', 'mod', 'edit', '-json'] as const;

export type GoModSyntaxOptions = {
	readonly env: Environment;
	/** The module directory (go.mod is read there). */
	readonly cwd: string;
	/** Go.mod's text, as read. */
	readonly text: string;
	readonly timeoutMs: number;
	readonly signal?: AbortSignal;
};

/**
The run of `go mod edit -json` when go cannot parse go.mod, as a failed reproduction whose headline is go's own
message (`go: errors parsing go.mod: /path/go.mod:3: unknown directive: foo`); undefined when go.mod parses.
go is asked only when gomod-doctor's own parser (`parseGoMod`) finds a problem: a well-formed go.mod costs no
extra go run, and a problem go does not see does not stop anything.
*/
export async function checkGoModSyntax(system: System, options: GoModSyntaxOptions): Promise<Reproduction | undefined> {
	if (parseGoMod(options.text).errors.length === 0) {
		return undefined;
	}

	const result = await system.run({
		file: 'go',
		args: goModCheckArgv.slice(1),
		env: options.env,
		cwd: options.cwd,
		timeoutMs: Math.min(options.timeoutMs, 10_000),
		signal: options.signal,
		parseable: true,
	});
	const error = parseErrorOf(result.stderr);
	if (result.exitCode === 0 || result.exitCode === undefined || error === undefined) {
		return undefined;
	}

	return {
		argv: result.argv,
		exitCode: result.exitCode,
		timedOut: false,
		canceled: false,
		missing: false,
		durationMs: result.durationMs,
		stdout: '',
		stderr: result.stderr,
		records: [],
		failures: [],
		ok: false,
		headline: `go: errors parsing go.mod: ${error}`,
	};
}

/**
Go's parse errors in its output (`/path/go.mod:3: unknown directive: foo`, several joined by `; `), when it says
`errors parsing go.mod`; undefined for any other failure.
*/
export function parseErrorOf(stderr: string): string | undefined {
	const lines = stderr.split('\n').map((line) => line.trim());
	const start = lines.findIndex((line) => /^go: errors parsing go\.mod:?$/.test(line));
	if (start === -1) {
		return undefined;
	}

	const errors = lines.slice(start + 1).filter((line) => line !== '');
	return errors.length === 0 ? undefined : errors.slice(0, 5).join('; ').slice(0, 600);
}

/**
Go's parse error, when `reproduction` is the run of {@link checkGoModSyntax} (the diagnosis stopped at go.mod), or
a reproduction that go stopped at go.mod itself (a rule gomod-doctor's parser does not know): either way go
downloaded nothing, and its message is the verdict.
*/
export function goModSyntaxError(reproduction: Reproduction): string | undefined {
	return reproduction.ok ? undefined : parseErrorOf(reproduction.stderr);
}

/** Whether `reproduction` is the run of {@link checkGoModSyntax}, made before any network check. */
export function isGoModCheck(reproduction: Reproduction): boolean {
	return reproduction.argv.length === goModCheckArgv.length && reproduction.argv.every((part, index) => part === goModCheckArgv[index]);
}

/** Whether go's parse error is a version whose major does not fit the module path (a missing `/vN` suffix). */
export function isMajorVersionError(error: string): boolean {
	return /: version "[^"]*" invalid: should be v\d+(?: or v1)?, not v\d+/.test(error);
}
