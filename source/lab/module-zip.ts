import {zipSync, strToU8, type Zippable} from 'fflate';

/** A Go module version as the lab serves it. */
export type LabModule = {
	/** The module path, e.g. `example.com/lab/hello`. May contain upper-case letters (served case-encoded). */
	readonly path: string;
	/** A canonical semantic version, e.g. `v1.0.0`. */
	readonly version: string;
	/** Files relative to the module root. A `go.mod` is added when missing. */
	readonly files: Readonly<Record<string, string>>;
	/** The commit time in the `.info` file. @default labModuleTime */
	readonly time?: string;
};

/** What a GOPROXY serves for one module version. */
export type ModuleArtifacts = {
	readonly path: string;
	readonly version: string;
	/** The `.info` JSON: `{"Version":..,"Time":..}`. */
	readonly info: string;
	/** The `.mod` file (the module's go.mod). */
	readonly mod: string;
	/** The module zip, every file under `module@version/`. */
	readonly zip: Uint8Array;
};

/** The fixed commit time of lab modules, so that `.info` files never change. */
export const labModuleTime = '2024-01-02T03:04:05Z';

/**
The fixed modification time of every zip entry. Zip stores local time and fflate reads the local fields of
the Date, so the date is built from local components, at each use (the time zone can change while running):
the bytes are the same in every time zone.
*/
function zipEntryTime(): Date {
	return new Date(2024, 0, 2, 3, 4, 6);
}

/** The go.mod of a module: the given one, or `module PATH` plus a `go` line. */
export function goModOf(module: LabModule): string {
	return module.files['go.mod'] ?? `module ${module.path}\n\ngo 1.22\n`;
}

/**
Builds the `.info`, `.mod` and `.zip` of a module version in the format of golang.org/x/mod/zip: files only
(no directory entries), each named `module@version/relative/path`, a go.mod at the root. The bytes are
deterministic (fixed times, sorted names), so hashes of the zip are stable between runs.
*/
export function buildModuleArtifacts(module: LabModule): ModuleArtifacts {
	const mod = goModOf(module);
	const files: Record<string, string> = {...module.files, 'go.mod': mod};
	const prefix = `${module.path}@${module.version}/`;
	const mtime = zipEntryTime();
	const entries: Zippable = {};
	for (const name of Object.keys(files).toSorted()) {
		const content = files[name] ?? '';
		entries[prefix + name] = [strToU8(content), {mtime}];
	}

	const zip = zipSync(entries, {level: 6, mtime});
	const info = JSON.stringify({Version: module.version, Time: module.time ?? labModuleTime});
	return {path: module.path, version: module.version, info, mod, zip};
}

/**
The same module version with different content: what a mirror that serves tampered or re-packed code
would return. The go.mod is unchanged (so the module graph loads), a source file gets an extra line.
*/
export function alterModule(module: LabModule): LabModule {
	const files: Record<string, string> = {...module.files};
	const target = Object.keys(files)
		.toSorted()
		.find((name) => name.endsWith('.go'));
	if (target === undefined) {
		files['ALTERED.txt'] = 'this file is not in the original module\n';
	} else {
		files[target] = `${files[target] ?? ''}\n// This line is not in the original module.\n`;
	}

	return {...module, files};
}
