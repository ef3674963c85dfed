import {constants} from 'node:fs';
import {
	access,
	chmod,
	copyFile,
	lstat,
	mkdir,
	mkdtemp,
	open,
	readdir,
	readFile,
	rename,
	rm,
	stat,
	statfs,
	writeFile,
} from 'node:fs/promises';
import {homedir, tmpdir} from 'node:os';
import type {FileSystem} from './types.js';

/** The machine's own files, through Node's `fs/promises`. */
export const nodeFileSystem: FileSystem = {
	readFile,
	async writeFile(path, data, options) {
		await writeFile(path, data, options);
	},
	open,
	rename,
	copyFile: async (from, to) => copyFile(from, to),
	rm,
	mkdir,
	mkdtemp: async (prefix) => mkdtemp(prefix),
	chmod,
	stat: async (path) => stat(path),
	lstat: async (path) => lstat(path),
	async access(path, need = {}) {
		const mode = (need.read ? constants.R_OK : 0) | (need.write ? constants.W_OK : 0) | (need.execute ? constants.X_OK : 0);
		await access(path, mode === 0 ? constants.F_OK : mode);
	},
	readdir: async (path) => readdir(path),
	readdirEntries: async (path, options) => readdir(path, {withFileTypes: true, recursive: options?.recursive ?? false}),
	async freeBytes(path) {
		const info = await statfs(path);
		return info.bavail * info.bsize;
	},
	homedir,
	tmpdir,
};
