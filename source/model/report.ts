import type {Text} from '../i18n/message.js';
import type {Category} from './taxonomy.js';

/** Which setting a value came from, in go's order of precedence. */
export type SettingSource =
	/** The OS environment of the process (wins over everything; `go env -w` cannot change it). */
	| 'environment'
	/** The per-user GOENV file written by `go env -w`. */
	| 'goenv-file'
	/** `$GOROOT/go.env`, the defaults shipped with the toolchain. */
	| 'goroot-env'
	/** Go's built-in default (or unset). */
	| 'default';

export type Setting = {
	readonly name: string;
	/** The effective value as `go env` reports it (empty string when unset). Redact before display. */
	readonly value: string;
	readonly source: SettingSource;
	/** Where a lower-precedence source also sets it, what it says there (e.g. a GOENV value shadowed by the environment). */
	readonly shadowed?: {readonly source: SettingSource; readonly value: string};
};

/** One real check that ran: the command, the result, the time. */
/**
A candidate's walk the diagnosis stopped waiting for, `waitedMs` after the walks began: `chosen`, another proxy,
had answered and passed the checks, so this one (slower) could not be the mirror recommended.
*/
export type SetAside = {readonly waitedMs: number; readonly chosen: string};

export type Evidence = {
	/**
	The kind of check: the network probes, a `go` or `git` command, a file read (`file`), a reading of go's
	settings (`config`), or another check of gomod-doctor's own (`check`, e.g. a hash comparison).
	*/
	readonly probe: 'dns' | 'ping' | 'tcp' | 'tls' | 'http' | 'go' | 'git' | 'file' | 'config' | 'check';
	/** What ran it: `ping`, `nc`, `openssl`, `go`, `undici`, `node:dns`, `node:net`, `node:tls`. */
	readonly tool: string;
	/** The command as a user would type it (an argv joined for display) or `GET <url>`. */
	readonly command: string;
	/** The argument array, when an external program ran. */
	readonly argv?: readonly string[];
	/** The outcome label that chose the flowchart edge, e.g. `open`, `refused`, `timeout`, `status-502`. */
	readonly outcome: string;
	/** One line, what happened. */
	readonly summary: Text;
	readonly exitCode?: number;
	readonly durationMs: number;
	/** Trimmed raw output, when there was any. */
	readonly output?: string;
};

/** A remediation a user can choose. */
export type Fix = {
	/** Stable within a report, e.g. `goproxy-reorder`. */
	readonly id: string;
	readonly title: Text;
	/** Why this fix, in a sentence. */
	readonly detail?: Text;
	/**
	`go-env`: `go env -w`/`-u` changes in `changes` (argv given);
	`shell`: lines for the user's shell profile (`shell`); `env` is what they change, applied to the wizard's
	own re-run of go to verify them;
	`command`: a command (`argv`) run once after confirmation, e.g. `go clean -modcache`, `go mod tidy -v`;
	`info`: nothing to run;
	`netrc`: a `.netrc` entry for `netrc.machine`, written after the wizard asks for the token (typed hidden, never
	part of the fix, never recorded), then checked by running go again.
	*/
	readonly kind: 'go-env' | 'shell' | 'command' | 'info' | 'netrc';
	/** For `shell` fixes: the variables the lines set (a string) or unset (undefined), for the verifying re-run. */
	readonly env?: Readonly<Record<string, string | undefined>>;
	/** The exact command, for `go-env` fixes. */
	readonly argv?: readonly string[];
	/** Shell lines, for `shell` fixes. */
	readonly shell?: readonly string[];
	/**
	The same fix as commands to run by hand, every step, when `argv` alone is not all the wizard does (go.sum lines
	removed first; a run in an empty directory with an empty module cache). Shown in place of `argv` where a user copies.
	*/
	readonly byHand?: readonly string[];
	/** For `go-env` fixes: each key and its new value (`undefined` means `go env -u`). */
	readonly changes?: ReadonlyArray<{readonly key: string; readonly value: string | undefined}>;
	/**
	For `command` fixes: a go command that must also succeed afterwards for the fix to count as working (e.g.
	`go list -deps ./...` after go.sum lines were added), besides the download the wizard always re-runs.
	*/
	readonly verify?: readonly string[];
	/**
	For `command` fixes: exact go.sum lines removed before the command runs (after go.sum is copied into the journal,
	so undo puts them back), e.g. a wrong line that `go mod download MOD@VER` then writes again, verified.
	*/
	readonly goSumRemove?: readonly string[];
	/** For `netrc` fixes: which machine, which file, the login when known. Never the secret. */
	readonly netrc?: {
		/** The machine name go looks up (the host, with `:port` when the URL has one). */
		readonly machine: string;
		readonly login?: string;
		/** The `.netrc` file go reads ($NETRC or ~/.netrc). */
		readonly file: string;
		/** An entry for the machine exists and is replaced. */
		readonly replaces: boolean;
	};
	/**
	For `shell` fixes: files the lines need (e.g. the CA bundle SSL_CERT_FILE names), written only after the user
	confirms, before the verifying re-run. `withSystemRoots`: the roots go trusts now (system-roots.ts; SSL_CERT_FILE and
	SSL_CERT_DIR as go reads them) are written first and `content` after them, so the file is a complete CA bundle.
	*/
	readonly files?: ReadonlyArray<{
		readonly path: string;
		readonly content: string;
		readonly mode: number;
		readonly withSystemRoots?: boolean;
	}>;
	/**
	For `command` fixes that write a configuration file outside the project (`git config --global`): that file, as
	the environment of the diagnosis names it, shown on the confirm screen. Undefined when it could not be named.
	*/
	readonly configFile?: string;
	/** `persistent` writes the user's settings; `session` affects one run only. */
	readonly scope: 'persistent' | 'session';
	readonly weakensSecurity: boolean;
};

export type Severity = 'error' | 'warning' | 'info';

export type Finding = {
	readonly category: Category;
	readonly severity: Severity;
	/** The host, GOPROXY entry or module it blames. Redact before display. */
	readonly subject: string;
	readonly summary: Text;
	readonly evidence: readonly Evidence[];
	readonly fixes: readonly Fix[];
};
