/**
What undo checks before it believes the journal. The journal is read back from disk, and whoever can write it
could make undo write or delete any file, or set `GOFLAGS=-toolexec=…`: so undo acts only on a journal that
only this user can write, and only on entries that name what a fix of this tool could have written:

- the journal file and its directory belong to this user and are not writable by group or others (a shared
  directory with the sticky bit excepted);
- every target is the GOENV file go uses, the `.netrc` go reads, a global git config file, or the go.mod and
  go.sum of the project undo runs in; a `.netrc` backup lies in one of the tool's backup directories;
- a file undo would overwrite or remove (go.mod, go.sum, `.netrc`) is still the file the entry recorded after
  its change (`afterSha256`; an applied entry without it is refused): undo never destroys what changed since
  (`go env` and `git config` entries are undone key by key, by go and git);
- the values it would restore are of keys a fix sets, and hold nothing a fix could not have written: no
  GOFLAGS that runs or replaces programs (`-toolexec`, `-exec`, `-overlay`, `-modfile`, the compiler and linker
  flags) and no GOAUTH `command`.

Each check answers with a sentence saying what is wrong, or undefined.
*/
import path from 'node:path';
import {netrcPath} from '../go/netrc.js';
import {goenvFilePath} from '../go/parse-goenv-file.js';
import type {Environment, FileSystem} from '../system/types.js';
import {hashFiles, type JournalEntry} from './journal.js';

/** The go env keys a fix of this tool sets (source/classify/category-fixes.ts, source/fixes/). */
const fixKeys = new Set([
	'GOPROXY',
	'GOSUMDB',
	'GOPRIVATE',
	'GONOSUMDB',
	'GONOPROXY',
	'GOINSECURE',
	'GOMODCACHE',
	'GOFLAGS',
	'GOTOOLCHAIN',
	'GOAUTH',
]);

/** GOFLAGS flags that run, replace or redirect what go builds with: never written by a fix. */
const dangerousFlags = /(?:^|\s)--?(?:toolexec|exec|overlay|modfile|gcflags|ldflags|asmflags|gccgoflags|compiler|pkgdir|C)(?:[=\s]|$)/;

/** Whether the journal file and its directory are this user's and writable by no one else. */
export async function checkJournalOwnership(fs: FileSystem, journalFile: string): Promise<string | undefined> {
	const uid = process.getuid?.();
	for (const [what, file] of [
		['directory', path.dirname(journalFile)],
		['file', journalFile],
	] as const) {
		// eslint-disable-next-line no-await-in-loop -- two files, in order
		const info = await fs.stat(file).catch((error: unknown) => error as NodeJS.ErrnoException);
		if (info instanceof Error) {
			if (info.code === 'ENOENT') {
				continue;
			}

			return `the journal ${what} ${file} cannot be checked (${info.code ?? 'error'})`;
		}

		if (uid !== undefined && info.uid !== uid) {
			return `the journal ${what} ${file} belongs to another user (uid ${info.uid})`;
		}

		// A shared directory with the sticky bit (/tmp-like) is fine: no one else can rename or remove our file there.
		if ((info.mode & 0o022) !== 0 && !(what === 'directory' && (info.mode & 0o1000) !== 0)) {
			return `the journal ${what} ${file} can be written by others (mode ${(info.mode & 0o7777).toString(8)})`;
		}
	}

	return undefined;
}

export type TrustContext = {
	readonly fs: FileSystem;
	readonly env: Environment;
	/** The project directory undo runs in: the only go.mod and go.sum it writes back. */
	readonly cwd: string;
	readonly journalFile: string;
};

/** The global git config files git may write (`$GIT_CONFIG_GLOBAL`, `~/.gitconfig`, the XDG one). */
function gitConfigFiles(env: Environment, cwd: string): string[] {
	const home = env['HOME'];
	const files: string[] = [];
	if (env['GIT_CONFIG_GLOBAL']) {
		files.push(path.resolve(cwd, env['GIT_CONFIG_GLOBAL']));
	}

	if (home) {
		files.push(
			path.resolve(cwd, home, '.gitconfig'),
			path.resolve(cwd, env['XDG_CONFIG_HOME'] || path.join(home, '.config'), 'git', 'config'),
		);
	}

	return files;
}

function same(a: string | undefined, b: string | undefined): boolean {
	return a !== undefined && b !== undefined && path.resolve(a) === path.resolve(b);
}

/** Why `entry` is not something this tool wrote (undefined: it may be undone). */
export async function checkEntryTrust(entry: JournalEntry, context: TrustContext): Promise<string | undefined> {
	const {env, cwd} = context;
	const targets: string[] = [];
	if (entry.files !== undefined) {
		const project = path.resolve(cwd);
		for (const copy of entry.files) {
			if (
				typeof copy.path !== 'string' ||
				!['go.mod', 'go.sum'].includes(path.basename(copy.path)) ||
				path.dirname(path.resolve(copy.path)) !== project
			) {
				return `it would write ${String(copy.path).slice(0, 200)}, which is not the go.mod or go.sum of ${project} (run undo in the project the change was made in)`;
			}

			targets.push(copy.path);
		}
	} else if (entry.netrc !== undefined) {
		const record = entry.netrc;
		if (!same(record.file, netrcPath(env))) {
			return `it would write ${String(record.file).slice(0, 200)}, which is not the .netrc go reads (${netrcPath(env) ?? 'none'})`;
		}

		const backupDirs = [
			path.join(path.dirname(context.journalFile), 'netrc-backups'),
			path.join(path.dirname(path.resolve(record.file)), '.gomod-doctor-netrc-backups'),
		];
		if (record.backup !== undefined && !backupDirs.includes(path.dirname(path.resolve(record.backup)))) {
			return `its backup ${String(record.backup).slice(0, 200)} is not in a backup directory of gomod-doctor`;
		}

		targets.push(record.file);
	} else if (entry.gitConfig === undefined) {
		if (!same(entry.goenvFile, goenvFilePath(env))) {
			return `it would write ${entry.goenvFile.slice(0, 200)}, which is not the GOENV file go uses (${goenvFilePath(env) ?? 'none'})`;
		}

		for (const change of entry.changes) {
			const value = change.before.value ?? '';
			if (!fixKeys.has(change.key)) {
				return `it would set ${change.key.slice(0, 60)}, which no fix of gomod-doctor changes`;
			}

			if (change.key === 'GOFLAGS' && dangerousFlags.test(value)) {
				return `it would set GOFLAGS to a value that runs or replaces programs (${value.slice(0, 120)})`;
			}

			if (change.key === 'GOAUTH' && /(?:^|;)\s*command\b/.test(value)) {
				return 'it would set GOAUTH to run a command';
			}
		}
	} else {
		const {file} = entry.gitConfig;
		if (!gitConfigFiles(env, cwd).some((allowed) => same(allowed, file))) {
			return `it would write ${String(file).slice(0, 200)}, which is not a global git config file`;
		}

		// Undone key by key with git, which checks the key's own values: other keys changed since are no obstacle.
	}

	// Unchanged since the change: undo must not overwrite what the user (or anyone) wrote since.
	const recorded = entry.afterSha256;
	if (recorded === undefined && entry.status === 'applied' && targets.length > 0) {
		return 'it records no hash of the files it changed (written by hand, or by an older gomod-doctor): restore them by hand';
	}

	if (recorded !== undefined && entry.status === 'applied') {
		const now = await hashFiles(context.fs, targets);
		for (const [file, hash] of Object.entries(now)) {
			if (Object.hasOwn(recorded, file) && recorded[file] !== hash) {
				return `${file} changed after gomod-doctor wrote it; undoing would overwrite those changes`;
			}
		}
	}

	return undefined;
}
