/**
The contracts of the only modules that touch the world.

Everything outside `source/system/` reaches processes, sockets and HTTP through a `System` value that is
passed in. Tests hand in fakes; the CLI hands in the real adapters from `create-system.ts`.
A failing command or request is an outcome (data), never an exception.
*/

/**
The environment a command sees, as an explicit record. Commands never inherit `process.env` implicitly:
the lab and the tests build hermetic environments and pass them here.
*/
export type Environment = Readonly<Record<string, string | undefined>>;

/** One external command, run without a shell. */
export type CommandSpec = {
	/** The program, e.g. `go`, `nc`. Looked up on `env.PATH`. */
	readonly file: string;
	/** Arguments, never joined into a shell line. */
	readonly args: readonly string[];
	/** The complete environment of the child (it does not extend `process.env`). */
	readonly env: Environment;
	readonly cwd?: string;
	/** Hard deadline: the child is killed (SIGTERM, then SIGKILL) when it passes. */
	readonly timeoutMs: number;
	readonly signal?: AbortSignal;
	/** Sets `LC_ALL=C` so that output can be parsed. @default false */
	readonly parseable?: boolean;
	/** Text written to stdin; stdin is closed (`ignore`) otherwise. */
	readonly input?: string;
};

/** What a command did. */
export type CommandResult = {
	/** `[file, ...args]`, as run. */
	readonly argv: readonly string[];
	/** Undefined when the process did not exit by itself (killed, timed out, missing). */
	readonly exitCode: number | undefined;
	readonly stdout: string;
	readonly stderr: string;
	/** The deadline passed and the child was killed. */
	readonly timedOut: boolean;
	/** The caller's signal aborted it. */
	readonly canceled: boolean;
	/** The program is not installed (ENOENT). */
	readonly missing: boolean;
	readonly durationMs: number;
	/** A short description when it failed to start or was killed. */
	readonly errorMessage?: string;
	/** It was killed for using more memory than this many bytes (a hostile server's endless or bombed body). */
	readonly memoryExceededBytes?: number;
};

export type CommandRunner = (spec: CommandSpec) => Promise<CommandResult>;

/** One HTTP request, made the way go would make it (same proxy rules). */
export type HttpRequest = {
	readonly url: string;
	/** Read for HTTP_PROXY, HTTPS_PROXY, NO_PROXY (both cases), exactly as go's net/http does. */
	readonly env: Environment;
	/** Deadline for the whole request, headers and body. */
	readonly timeoutMs: number;
	readonly signal?: AbortSignal;
	/** @default 'GET' */
	readonly method?: 'GET' | 'HEAD';
	/** Body bytes kept in `body`; the rest is read and counted but dropped. @default 65536 */
	readonly maxBodyBytes?: number;
	/** Also hand back the kept body as bytes (`bytes`), for binary bodies such as module zips. @default false */
	readonly binary?: boolean;
	/**
	Where the connection looks names up (Node's `lookup` form), instead of the system resolver: the addresses a run
	already found (see resolution-cache.ts), so that the request connects to them and does not look up again.
	*/
	readonly lookup?: PinnedLookup;
};

/** Node's `lookup` callback form (net.connect, tls.connect), answered from addresses already looked up. */
export type PinnedLookup = (
	hostname: string,
	options: {readonly family?: number | string; readonly all?: boolean},
	callback: (error: NodeJS.ErrnoException | null, address: string | Array<{address: string; family: number}>, family?: number) => void,
) => void;

export type HttpErrorCode = 'dns' | 'refused' | 'reset' | 'timeout' | 'unreachable' | 'tls' | 'proxy' | 'canceled' | 'other';

/** What an HTTP request did. Exactly one of `status` and `error` is set. */
export type HttpResult = {
	readonly url: string;
	readonly status?: number;
	/** Lower-case header names. */
	readonly headers: Readonly<Record<string, string>>;
	/** The body as text, cut at `maxBodyBytes`. */
	readonly body: string;
	/** The full body length in bytes (what was received). */
	readonly bodyBytes: number;
	/** The kept body as bytes, when the request asked for `binary`. */
	readonly bytes?: Uint8Array;
	readonly durationMs: number;
	/** The proxy the request went through, when one did (as a URL, userinfo included: redact before display). */
	readonly proxy?: string;
	readonly error?: {readonly code: HttpErrorCode; readonly message: string};
};

export type HttpClient = (request: HttpRequest) => Promise<HttpResult>;

export type ResolveResult = {
	readonly addresses: readonly string[];
	readonly durationMs: number;
	readonly error?: {readonly code: string; readonly message: string};
};

/** One host looked up during a diagnosis, and the answer every later step of it uses. */
export type RunLookup = {readonly host: string; readonly result: ResolveResult};

export type ConnectOutcome = 'open' | 'refused' | 'timeout' | 'unreachable' | 'error';

export type ConnectResult = {
	readonly outcome: ConnectOutcome;
	readonly durationMs: number;
	readonly message: string;
};

export type TlsResult = {
	readonly ok: boolean;
	readonly durationMs: number;
	readonly timedOut: boolean;
	/** The peer certificate chain, leaf first. */
	readonly chain: ReadonlyArray<{
		readonly subject: string;
		readonly issuer: string;
		readonly validFrom: string;
		readonly validTo: string;
		readonly altNames: readonly string[];
		/** The certificate, PEM, as the server sent it (absent where it could not be read). */
		readonly pem?: string;
	}>;
	/** Set when the chain does not verify against the trusted roots (e.g. `UNABLE_TO_GET_ISSUER_CERT_LOCALLY`). */
	readonly authorizationError?: string;
	readonly error?: string;
};

/** Node's own network primitives: the fallback when `ping`, `nc` or `openssl` are missing. */
export type NetClient = {
	readonly resolve: (host: string, options: {timeoutMs: number; signal?: AbortSignal}) => Promise<ResolveResult>;
	readonly connect: (host: string, port: number, options: {timeoutMs: number; signal?: AbortSignal}) => Promise<ConnectResult>;
	readonly tlsHandshake: (
		host: string,
		port: number,
		options: {servername: string; timeoutMs: number; signal?: AbortSignal},
	) => Promise<TlsResult>;
	/**
	Every host looked up so far in this diagnosis and its answer, where the resolver looks each host up once per
	diagnosis (resolution-cache.ts); absent otherwise.
	*/
	readonly lookups?: () => readonly RunLookup[];
};

/** What `stat` and `lstat` tell about a path (Node's `Stats` satisfies it). */
export type FileInfo = {
	readonly size: number;
	readonly mtimeMs: number;
	/** The type and permission bits, e.g. `0o40755`. */
	readonly mode: number;
	readonly uid: number;
	isFile(): boolean;
	isDirectory(): boolean;
	isSymbolicLink(): boolean;
};

/** One entry of a directory listing (Node's `Dirent` satisfies it). */
export type DirectoryEntry = {
	readonly name: string;
	/** The directory the entry is in (with `recursive`, a subdirectory of the one listed). */
	readonly parentPath: string;
	isFile(): boolean;
	isDirectory(): boolean;
	isSymbolicLink(): boolean;
};

/** An open file (Node's `FileHandle` satisfies it): read at a position, or write whole. */
export type OpenFile = {
	read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{bytesRead: number}>;
	writeFile(data: string, encoding: 'utf8'): Promise<void>;
	stat(): Promise<FileInfo>;
	/** The rest of the file as a stream (a FIFO or a device, which has no size to seek from). */
	createReadStream(options: {autoClose: false}): AsyncIterable<Uint8Array | string>;
	close(): Promise<void>;
};

/**
The files and directories the tool reads and writes, and where the machine keeps them. The narrow set of
operations the code uses, with Node's `fs/promises` meaning: a failure rejects with Node's errno error
(`NodeJS.ErrnoException`, its `code` e.g. `ENOENT`), which callers turn into outcomes.
*/
export type FileSystem = {
	readonly readFile: {
		(path: string, encoding: 'utf8'): Promise<string>;
		(path: string): Promise<Buffer>;
	};
	/** `flag: 'wx'` fails with `EEXIST` rather than replace a file; `flush` syncs the data before it resolves. */
	readonly writeFile: (
		path: string,
		data: string | Uint8Array,
		options?: {readonly mode?: number; readonly flag?: 'w' | 'wx'; readonly flush?: boolean},
	) => Promise<void>;
	/** Opens a file to read (`r`), or creates one that must not exist yet (`wx`: O_EXCL, no symlink followed). */
	readonly open: (path: string, flags: 'r' | 'wx', mode?: number) => Promise<OpenFile>;
	/** Replaces `to` by `from` atomically (the entry itself: never through a symlink). */
	readonly rename: (from: string, to: string) => Promise<void>;
	readonly copyFile: (from: string, to: string) => Promise<void>;
	readonly rm: (
		path: string,
		options?: {readonly recursive?: boolean; readonly force?: boolean; readonly maxRetries?: number; readonly retryDelay?: number},
	) => Promise<void>;
	/** Resolves to the first directory created, or undefined when none was (with `recursive`). */
	readonly mkdir: (path: string, options?: {readonly recursive?: boolean; readonly mode?: number}) => Promise<string | undefined>;
	/** Creates a fresh directory named `prefix` plus six random characters. */
	readonly mkdtemp: (prefix: string) => Promise<string>;
	readonly chmod: (path: string, mode: number) => Promise<void>;
	/** Follows symlinks. */
	readonly stat: (path: string) => Promise<FileInfo>;
	/** Does not follow a symlink: describes the link itself. */
	readonly lstat: (path: string) => Promise<FileInfo>;
	/** Rejects when the path does not exist, or this process may not do what `need` asks of it. @default {} (it exists) */
	readonly access: (path: string, need?: {readonly read?: boolean; readonly write?: boolean; readonly execute?: boolean}) => Promise<void>;
	/** The names in a directory. */
	readonly readdir: (path: string) => Promise<string[]>;
	/** The entries of a directory, with their types; `recursive` lists every level below it too. */
	readonly readdirEntries: (path: string, options?: {readonly recursive?: boolean}) => Promise<DirectoryEntry[]>;
	/** The bytes free to an unprivileged user on the file system that holds `path`. */
	readonly freeBytes: (path: string) => Promise<number>;
	/** The user's home directory, when `HOME` gives none (`os.homedir()`). */
	readonly homedir: () => string;
	/** Where temporary directories go (`os.tmpdir()`). */
	readonly tmpdir: () => string;
};

/** Everything that touches the world, in one value. */
export type System = {
	readonly run: CommandRunner;
	readonly http: HttpClient;
	readonly net: NetClient;
	/** Files, directories, and where the machine keeps them. */
	readonly fs: FileSystem;
	/** Milliseconds, monotonic enough for durations. */
	readonly now: () => number;
};
