/**
The checks of the missing-module flowchart: which versions the GOPROXY entries have for a module (the
`@v/list` of the first entry that has the module, as go would ask), whether a requested version exists there,
and whether a `replace` directive points at something that exists.
*/
import path from 'node:path';
import {defineProbe} from '../../flow/define-probe.js';
import {escapeModulePath, escapeVersion} from '../../go/escape-module-path.js';
import {parseGoproxyList} from '../../go/parse-goproxy-list.js';
import {joinProxyUrl} from '../../go/proxy-url.js';
import {isValidVersion, sampleVersionList, summarizeVersions} from '../../go/versions.js';
import {say} from '../../i18n/index.js';
import {redactUserinfo} from '../../model/format.js';
import type {Evidence} from '../../model/report.js';
import {fromModule} from '../../probes/network-probes.js';
import {asksForCredentials, statusLine} from '../../probes/probe-http-list.js';
import type {Environment, HttpResult, System} from '../../system/types.js';
import type {Text} from '../../i18n/message.js';

/** The most of a version list kept: 100,000 versions of aws-sdk-go's length fit; the rest is counted, not kept. */
const listBytes = 4 * 1024 * 1024;

export type VersionListInput = {
	readonly module: string;
	/** The version or query go asked for (`v1.3.0`, `latest`). */
	readonly version: string;
	/** Go's GOPROXY value. */
	readonly goproxy: string;
	readonly env: Environment;
	readonly timeoutMs: number;
	readonly signal?: AbortSignal;
};

/** What the version list says, besides the evidence. */
export type VersionListResult = {
	readonly evidence: Evidence;
	/**
	The versions listed (sorted) when an entry answered: a sample when there are many (the ends and every version
	`nearestVersions` can pick for the requested one; see `sampleVersionList`).
	*/
	readonly versions?: readonly string[];
	/** The entry that answered. */
	readonly entry?: string;
	/** What the entry answered for the version's `.info` when the version is not listed (its body shows why). */
	readonly info?: HttpResult;
};

/** What a GOPROXY entry that lists the module says of the version: listed, served unlisted, untagged or missing. */
async function answerFromList(entry: {
	readonly base: string;
	readonly list: HttpResult;
	readonly shown: string;
	readonly input: VersionListInput;
	readonly escaped: string;
	readonly get: (url: string) => Promise<HttpResult>;
	readonly evidence: (outcome: string, summary: Text, command: string, output?: string) => Evidence;
}): Promise<VersionListResult> {
	const {base, list, shown, input, escaped, get, evidence} = entry;
	let infoAnswer: HttpResult | undefined;
	// A list longer than `listBytes` is cut: its last line may be a piece of a version, and is dropped.
	const complete = list.bodyBytes <= listBytes;
	const body = complete ? list.body : list.body.slice(0, list.body.lastIndexOf('\n') + 1);
	// A proxy may list 100,000 versions: they are sampled in one pass, and the evidence names the count, both
	// ends and the nearest to the one asked for, never all of them.
	const sample = sampleVersionList(body, input.version);
	const {versions} = sample;
	const summary = summarizeVersions(sample, input.version);
	const listed = summary === '' ? say.probes.versions.none : say.probes.versions.summary(sample.count, summary, complete);
	if (versions.includes(input.version)) {
		return {
			versions,
			entry: base,
			evidence: evidence('has-version', say.probes.versions.lists(redactUserinfo(base), input.module, input.version, listed), shown),
		};
	}

	if (isValidVersion(input.version)) {
		const infoUrl = joinProxyUrl(base, `${escaped}/@v/${escapeVersion(input.version)}.info`);
		const info = await get(infoUrl);
		infoAnswer = info;
		if (info.status === 200) {
			return {
				versions,
				entry: base,
				evidence: evidence(
					'has-version',
					say.probes.versions.servesUnlisted(redactUserinfo(base), input.module, input.version, listed),
					`${shown} · GET ${redactUserinfo(infoUrl)}`,
				),
			};
		}
	}

	if (sample.count === 0) {
		return {
			versions,
			entry: base,
			evidence: evidence('no-tags', say.probes.versions.noTags(redactUserinfo(base), input.module, input.version), shown),
		};
	}

	// What the entry said for the version itself (a 404's "unknown revision", a 403's "not available").
	const said =
		infoAnswer?.status === undefined
			? ''
			: `\nGET …/@v/${escapeVersion(input.version)}.info: ${statusLine(infoAnswer.status)} ${infoAnswer.body.trim().slice(0, 300)}`;
	return {
		versions,
		entry: base,
		...(infoAnswer === undefined ? {} : {info: infoAnswer}),
		evidence: evidence(
			'missing-version',
			say.probes.versions.missing(redactUserinfo(base), input.module, input.version, listed),
			shown,
			said.trimStart(),
		),
	};
}

/**
Asks the GOPROXY entries, in order, for `<entry>/<module>/@v/list` (moving on after 404/410, as go does with `,`),
then, when the version is not listed, for its `.info` (pseudo-versions are never listed). Outcomes: `has-version`,
`missing-version` (other versions exist), `no-tags` (the module answers but lists no version), `no-module` (every
entry answers 404/410), `refused` (an entry answers 403 and asks for no credentials: go stops there, and so does
this check), `auth` (an entry asks for credentials: 401 or WWW-Authenticate), `unreachable` (no entry answered
at all), `error` (nothing to ask: no proxy entry).
*/
export async function probeVersionList(system: System, input: VersionListInput): Promise<VersionListResult> {
	const started = system.now();
	const urls = parseGoproxyList(input.goproxy).entries.flatMap((entry) =>
		entry.kind === 'url' && (entry.scheme === 'http' || entry.scheme === 'https') ? [entry.url.replace(/\/+$/, '')] : [],
	);
	const escaped = escapeModulePath(input.module);
	const evidence = (outcome: string, summary: Text, command: string, output?: string): Evidence => ({
		probe: 'http',
		tool: 'undici',
		command,
		outcome,
		summary,
		durationMs: Math.round(system.now() - started),
		...(output === undefined || output === '' ? {} : {output}),
	});
	if (urls.length === 0) {
		return {evidence: evidence('error', say.probes.versions.noProxy(input.goproxy || say.probes.versions.empty, input.module), 'GOPROXY')};
	}

	const deadline = started + input.timeoutMs;
	const get = async (url: string): Promise<HttpResult> =>
		system.http({
			url,
			env: input.env,
			timeoutMs: Math.floor(Math.max(200, deadline - system.now())),
			...(input.signal === undefined ? {} : {signal: input.signal}),
			maxBodyBytes: listBytes,
		});
	const missing: string[] = [];
	const failures: string[] = [];
	// What each entry that lacks the module said (proxy.golang.org's "not found: …" names the reason).
	const answers: string[] = [];
	for (const base of urls) {
		const listUrl = joinProxyUrl(base, `${escaped}/@v/list`);
		// eslint-disable-next-line no-await-in-loop -- go asks the entries one after the other
		const list = await get(listUrl);
		const shown = `GET ${redactUserinfo(listUrl)}`;
		if (list.status === 404 || list.status === 410) {
			missing.push(`${redactUserinfo(base)}: ${list.status}`);
			answers.push(`GET ${redactUserinfo(listUrl)}: ${statusLine(list.status)} ${list.body.trim().slice(0, 300)}`);
			continue;
		}

		if (list.status !== undefined && asksForCredentials(list)) {
			return {
				entry: base,
				evidence: evidence(
					'auth',
					say.probes.versions.asksCredentials(redactUserinfo(base), input.module, statusLine(list.status)),
					shown,
					list.body.slice(0, 500),
				),
			};
		}

		if (list.status === 403) {
			const body = list.body
				.replaceAll(/[\u0000-\u001F\u007F]+/g, ' ')
				.trim()
				.slice(0, 200);
			return {
				entry: base,
				evidence: evidence(
					'refused',
					say.probes.versions.refused(redactUserinfo(base), input.module, statusLine(list.status), body),
					shown,
					list.body.slice(0, 500),
				),
			};
		}

		if (list.status !== 200) {
			failures.push(`${redactUserinfo(base)}: ${list.status ?? list.error?.message ?? 'no answer'}`);
			// Go stops at an entry that fails otherwise (unless `|`): so does this check.
			return {
				evidence: evidence(
					'unreachable',
					say.probes.versions.noList(redactUserinfo(base), input.module, failures.at(-1)!.split(': ').slice(1).join(': ')),
					shown,
				),
			};
		}

		return answerFromList({base, list, shown, input, escaped, get, evidence});
	}

	return {
		evidence: evidence(
			'no-module',
			say.probes.versions.noModule(input.module, missing.join('; ')),
			`GET …/${escaped}/@v/list`,
			answers.join('\n'),
		),
	};
}

export type ReplaceTargetInput = {
	/** The project directory (relative replacement paths are relative to it). */
	readonly dir: string;
	/** The replacement: a directory (no version) or a module@version. */
	readonly newPath: string;
	readonly newVersion?: string;
	readonly goproxy: string;
	readonly env: Environment;
	readonly timeoutMs: number;
	readonly signal?: AbortSignal;
};

/**
Whether a `replace` directive points at something: a local directory that exists and holds a go.mod (`ok`,
`no-dir`, `no-go-mod`), or a module version the proxy has (`ok`, `version-missing`).
*/
export async function probeReplaceTarget(system: System, input: ReplaceTargetInput): Promise<Evidence> {
	const started = system.now();
	if (input.newVersion === undefined) {
		const target = path.resolve(input.dir, input.newPath);
		const evidence = (outcome: string, summary: Text): Evidence => ({
			probe: 'file',
			tool: 'node:fs',
			command: `stat ${target}`,
			outcome,
			summary,
			durationMs: Math.round(system.now() - started),
		});
		const isDir = await system.fs.stat(target).then(
			(info) => info.isDirectory(),
			() => undefined,
		);
		if (isDir !== true) {
			return evidence('no-dir', isDir === false ? say.probes.versions.isFile(target) : say.probes.versions.notExists(target));
		}

		const hasGoMod = await system.fs.stat(path.join(target, 'go.mod')).then(
			(info) => info.isFile(),
			() => false,
		);
		return hasGoMod ? evidence('ok', say.probes.versions.hasGoMod(target)) : evidence('no-go-mod', say.probes.versions.noGoMod(target));
	}

	const listed = await probeVersionList(system, {
		module: input.newPath,
		version: input.newVersion,
		goproxy: input.goproxy,
		env: input.env,
		timeoutMs: input.timeoutMs,
		...(input.signal === undefined ? {} : {signal: input.signal}),
	});
	const outcome =
		listed.evidence.outcome === 'has-version'
			? 'ok'
			: listed.evidence.outcome === 'unreachable' || listed.evidence.outcome === 'error'
				? 'error'
				: 'version-missing';
	return {...listed.evidence, outcome};
}

type VersionListOutcome = 'has-version' | 'missing-version' | 'no-tags' | 'no-module' | 'refused' | 'auth' | 'unreachable' | 'error';

/**
The GOPROXY entries' version list of a module (or of the path above it), as a probe object. Its data: the versions
listed, and the entry that answered (the one that refused the module, for the canary and the credentials fix).
*/
export const versionListProbe = defineProbe({
	id: 'version-list',
	outcomes: ['has-version', 'missing-version', 'no-tags', 'no-module', 'refused', 'auth', 'unreachable', 'error'],
	async run(input: VersionListInput & {readonly system: System}) {
		const result = await probeVersionList(input.system, input);
		return {
			evidence: result.evidence as Evidence & {readonly outcome: VersionListOutcome},
			data: {
				...(result.versions === undefined ? {} : {versions: result.versions}),
				...(result.entry === undefined ? {} : {entry: result.entry}),
			},
		};
	},
});

/** Where a replace directive points, as a probe object. */
export const replaceTargetProbe = fromModule(
	'replace-target',
	['ok', 'no-dir', 'no-go-mod', 'version-missing', 'error'],
	probeReplaceTarget,
);
