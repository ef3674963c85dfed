/**
§4.4, the minimal reproduction: a temporary module that requires only the failing `module@version`, downloaded
with the same go settings and an empty module cache. If it still fails, the environment (network, proxy,
settings) or the module itself is at fault; if it works, the project is, and what in the project can make the
difference is listed: replace and exclude directives, vendor/modules.txt, go.sum's lines for the module.
*/
import path from 'node:path';
import {en} from '../i18n/en/index.js';
import {renderText, type Text} from '../i18n/index.js';
import type {Environment, FileSystem, System} from '../system/types.js';
import type {ParsedGoMod} from './parse-go-mod.js';
import {reproduceDownload, validateModuleQuery, type Reproduction} from './reproduce-download.js';
import {removeStaleScratchDirsOnce, withScratchCache} from './scratch-cache.js';
import {isValidVersion} from './versions.js';

/** The module path of the temporary module (a reserved name: never fetched). */
export const minimalModulePath = 'gomod-doctor.invalid/minimal';

/**
Thrown for a `module@version` that cannot become go's argument: `reason` says why, as a message; the error's own
message says it in English (an exception's words, like Node's own).
*/
export class ModuleQueryError extends Error {
	readonly reason: Text;

	constructor(reason: Text) {
		super(renderText(reason, {language: 'en', tables: [en]}));
		this.name = 'ModuleQueryError';
		this.reason = reason;
	}
}

/** The go.mod of the temporary module: it requires only `module@version` (a canonical version; a query is downloaded as is). */
export function minimalGoMod(module: string, version: string): string {
	return `module ${minimalModulePath}\n${isValidVersion(version) ? `\nrequire ${module} ${version}\n` : ''}`;
}

/**
Downloads `module@version` from a temporary module with an empty temporary module cache and `env` otherwise
(GOWORK off, so no workspace file of the user's is picked up). Removes both afterwards.
*/
export async function runMinimalRepro(
	system: System,
	options: {module: string; version: string; env: Environment; timeoutMs: number; signal?: AbortSignal},
): Promise<{reproduction: Reproduction; goMod: string}> {
	const query = validateModuleQuery(`${options.module}@${options.version}`);
	const goMod = minimalGoMod(options.module, options.version);
	if (!query.ok) {
		throw new ModuleQueryError(query.reason);
	}

	await removeStaleScratchDirsOnce(system.fs);
	const dir = await system.fs.mkdtemp(path.join(system.fs.tmpdir(), 'gomod-doctor-minimal-'));
	try {
		await system.fs.writeFile(path.join(dir, 'go.mod'), goMod);
		const reproduction = await withScratchCache(system, {env: {...options.env, GOWORK: 'off'}, cwd: dir}, async (env) =>
			reproduceDownload(system, {
				env,
				cwd: dir,
				module: query.argument,
				timeoutMs: options.timeoutMs,
				...(options.signal === undefined ? {} : {signal: options.signal}),
			}),
		);
		return {reproduction, goMod};
	} finally {
		await system.fs.rm(dir, {recursive: true, force: true, maxRetries: 3, retryDelay: 100});
	}
}

/**
What in the project can make `module` behave differently than in an empty module: its replace and exclude
directives, vendor/modules.txt naming it, and go.sum's lines for it. One sentence each; empty when none.
*/
export async function projectDifferences(fs: FileSystem, dir: string, goMod: ParsedGoMod | undefined, module: string): Promise<string[]> {
	const facts: string[] = [];
	for (const replace of goMod?.replaces ?? []) {
		if (replace.oldPath === module) {
			facts.push(
				`go.mod line ${replace.line} replaces it: ${replace.oldPath}${replace.oldVersion === undefined ? '' : ` ${replace.oldVersion}`} => ${replace.newPath}${replace.newVersion === undefined ? '' : ` ${replace.newVersion}`}`,
			);
		}
	}

	for (const exclude of goMod?.excludes ?? []) {
		if (exclude.path === module) {
			facts.push(`go.mod line ${exclude.line} excludes ${exclude.path} ${exclude.version}`);
		}
	}

	const vendor = await fs.readFile(path.join(dir, 'vendor', 'modules.txt'), 'utf8').catch(() => undefined);
	if (vendor !== undefined) {
		const listed = vendor.split('\n').find((line) => line.startsWith(`# ${module} `));
		facts.push(
			listed === undefined
				? `vendor/modules.txt exists and does not list ${module} (go builds from vendor/ when it exists)`
				: `vendor/modules.txt lists it: ${listed.slice(2)}`,
		);
	}

	const sum = await fs.readFile(path.join(dir, 'go.sum'), 'utf8').catch(() => undefined);
	if (sum === undefined) {
		facts.push('there is no go.sum');
	} else {
		const lines = sum.split('\n').filter((line) => line.startsWith(`${module} `));
		facts.push(lines.length === 0 ? `go.sum has no line for ${module}` : `go.sum records: ${lines.slice(0, 4).join(' · ')}`);
	}

	return facts;
}
