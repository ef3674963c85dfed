import {checkModulePath, escapeModulePath, escapeVersion} from '../go/escape-module-path.js';
import {parseGoproxyList} from '../go/parse-goproxy-list.js';
import type {SumdbConfig} from '../go/sumdb-config.js';
import {openNote, type VerifierKey} from '../go/sumdb-note.js';
import {parseLookupAnswer, parseTree, recordHashes} from '../go/sumdb-tlog.js';
import {formatDuration, redactUserinfo} from '../model/format.js';
import {say, type Text} from '../i18n/index.js';
import type {Evidence} from '../model/report.js';
import type {Environment, HttpResult, System} from '../system/types.js';
import {joinProxyUrl} from '../go/proxy-url.js';
import {statusLine} from './probe-http-list.js';
import {type ProbeRun, trimOutput} from './probe-support.js';

/** How a checksum database (or a proxy of it) answered: the outcome labels of `probeSumdbLatest`. */
export type SumdbReachOutcome = 'ok' | 'bad-signature' | 'bad-response' | 'http-error' | 'refused' | 'timeout' | 'dns' | 'tls' | 'error';

/** What a lookup found: the outcome labels of `probeSumdbLookup`. */
export type SumdbLookupOutcome = 'found' | 'not-found' | 'unreachable' | 'bad-signature' | 'error';

/** The hashes a checksum database records for a module version. */
export type SumdbLookupResult = {
	readonly outcome: SumdbLookupOutcome;
	readonly zip?: string;
	readonly mod?: string;
};

/** A signed tree head is small; a lookup answer too. */
const maxNoteBytes = 64 * 1024;

/** The network failure of a request as a reachability outcome. */
function reachOutcome(result: HttpResult): SumdbReachOutcome {
	switch (result.error?.code) {
		case 'dns': {
			return 'dns';
		}

		case 'timeout': {
			return 'timeout';
		}

		case 'refused':
		case 'reset':
		case 'unreachable': {
			return 'refused';
		}

		case 'tls': {
			return 'tls';
		}

		default: {
			return 'error';
		}
	}
}

/** Checks a signed tree head against the database's key: the outcome and what it says. */
function checkTreeNote(note: string, key: VerifierKey | undefined): {outcome: 'ok' | 'bad-signature' | 'bad-response'; detail: Text} {
	const opened = openNote(note, key);
	switch (opened.kind) {
		case 'malformed': {
			return {outcome: 'bad-response', detail: say.probes.sumdb.notTreeHead(opened.reason)};
		}

		case 'bad-signature': {
			return {outcome: 'bad-signature', detail: say.probes.sumdb.badSignature(key?.name ?? '?')};
		}

		case 'unverified': {
			const signers = opened.signatures.map((item) => item.name).join(', ');
			return key === undefined
				? {outcome: 'ok', detail: say.probes.sumdb.unverifiedNoKey(signers)}
				: {outcome: 'bad-signature', detail: say.probes.sumdb.notSignedBy(key.name, signers)};
		}

		case 'verified': {
			const tree = parseTree(opened.text);
			return tree === undefined
				? {outcome: 'bad-response', detail: say.probes.sumdb.notTree}
				: {outcome: 'ok', detail: say.probes.sumdb.tree(tree.size, key?.name ?? '?')};
		}
	}
}

/**
Does the checksum database (or a proxy's `/sumdb/<name>`) answer? `GET <base>/latest`, and the tree head it
returns checked against the database's key as go checks it. Never throws.
*/
export async function probeSumdbLatest(
	system: System,
	input: {readonly base: string; readonly key?: VerifierKey} & ProbeRun,
): Promise<Evidence> {
	const url = joinProxyUrl(input.base, 'latest');
	const command = `GET ${redactUserinfo(url)}`;
	const result = await system.http({
		url,
		env: input.env,
		timeoutMs: input.timeoutMs,
		maxBodyBytes: maxNoteBytes,
		...(input.signal ? {signal: input.signal} : {}),
	});
	const took = formatDuration(result.durationMs);
	const done = (outcome: SumdbReachOutcome, summary: Text): Evidence => {
		const output = trimOutput(result.body, 1000);
		return {
			probe: 'http',
			tool: 'undici',
			command,
			outcome,
			summary,
			durationMs: result.durationMs,
			...(output === undefined ? {} : {output}),
		};
	};

	if (result.error !== undefined || result.status === undefined) {
		return done(reachOutcome(result), say.probes.noAnswer(took, result.error?.message ?? say.probes.noResponse));
	}

	if (result.status !== 200) {
		return done('http-error', say.probes.sumdb.noTreeHead(statusLine(result.status), took));
	}

	const checked = checkTreeNote(result.body, input.key);
	return done(checked.outcome, say.probes.sumdb.latest(statusLine(result.status), took, checked.detail));
}

/**
Does a GOPROXY entry proxy the checksum database? `GET <entry>/sumdb/<name>/supported`: 200 means go reads the
database through it (and never directly); 404 or 410 means go tries the next entry. Never throws.
*/
export async function probeSumdbSupported(
	system: System,
	input: {readonly entryUrl: string; readonly name: string} & ProbeRun,
): Promise<Evidence & {readonly outcome: 'supported' | 'unsupported' | 'error'}> {
	const url = joinProxyUrl(input.entryUrl, `sumdb/${input.name}/supported`);
	const command = `GET ${redactUserinfo(url)}`;
	const result = await system.http({
		url,
		env: input.env,
		timeoutMs: input.timeoutMs,
		maxBodyBytes: 4096,
		...(input.signal ? {signal: input.signal} : {}),
	});
	const took = formatDuration(result.durationMs);
	const base = {probe: 'http', tool: 'undici', command, durationMs: result.durationMs} as const;
	if (result.error !== undefined || result.status === undefined) {
		return {...base, outcome: 'error', summary: say.probes.noAnswer(took, result.error?.message ?? say.probes.noResponse)};
	}

	if (result.status === 200) {
		return {...base, outcome: 'supported', summary: say.probes.sumdb.supported(took, redactUserinfo(input.entryUrl), input.name)};
	}

	return {
		...base,
		outcome: result.status === 404 || result.status === 410 ? 'unsupported' : 'error',
		summary: say.probes.sumdb.unsupported(statusLine(result.status), took, redactUserinfo(input.entryUrl), input.name),
	};
}

/**
What does the checksum database record for `module@version`? `GET <base>/lookup/<module>@<version>`, the tree
head that comes with it checked against the key, and the record's lines for the version read out. The record's
inclusion in the tree is not proven here (go does that with the tiles); the signature is checked. Never throws.
*/
export async function probeSumdbLookup(
	system: System,
	input: {readonly base: string; readonly key?: VerifierKey; readonly module: string; readonly version: string} & ProbeRun,
): Promise<{readonly evidence: Evidence; readonly result: SumdbLookupResult}> {
	const url = joinProxyUrl(input.base, `lookup/${escapeModulePath(input.module)}@${escapeVersion(input.version)}`);
	const command = `GET ${redactUserinfo(url)}`;
	if (checkModulePath(input.module) !== undefined || !/^v[\w.+-]+$/.test(input.version)) {
		return {
			evidence: {
				probe: 'http',
				tool: 'undici',
				command,
				outcome: 'error',
				summary: say.probes.modHash.notVersion(`${input.module}@${input.version}`),
				durationMs: 0,
			},
			result: {outcome: 'error'},
		};
	}

	const response = await system.http({
		url,
		env: input.env,
		timeoutMs: input.timeoutMs,
		maxBodyBytes: maxNoteBytes,
		...(input.signal ? {signal: input.signal} : {}),
	});
	const took = formatDuration(response.durationMs);
	const done = (result: SumdbLookupResult, summary: Text) => {
		const output = trimOutput(response.body, 2000);
		return {
			evidence: {
				probe: 'http',
				tool: 'undici',
				command,
				outcome: result.outcome,
				summary,
				durationMs: response.durationMs,
				...(output === undefined ? {} : {output}),
			} satisfies Evidence,
			result,
		};
	};

	if (response.error !== undefined || response.status === undefined) {
		return done({outcome: 'unreachable'}, say.probes.noAnswer(took, response.error?.message ?? say.probes.noResponse));
	}

	if (response.status === 404 || response.status === 410) {
		return done({outcome: 'not-found'}, say.probes.sumdb.noRecord(statusLine(response.status), took, input.module, input.version));
	}

	if (response.status !== 200) {
		return done({outcome: 'unreachable'}, say.probes.sumdb.noRecordShort(statusLine(response.status), took));
	}

	const answer = parseLookupAnswer(response.body);
	if (answer === undefined) {
		return done({outcome: 'error'}, say.probes.sumdb.notLookup(statusLine(response.status), took));
	}

	const tree = checkTreeNote(answer.treeNote, input.key);
	if (tree.outcome !== 'ok') {
		return done(
			{outcome: tree.outcome === 'bad-signature' ? 'bad-signature' : 'error'},
			say.probes.sumdb.untrusted(statusLine(response.status), took, tree.detail),
		);
	}

	const hashes = recordHashes(answer.record, input.module, input.version);
	if (hashes.zip === undefined && hashes.mod === undefined) {
		return done(
			{outcome: 'error'},
			say.probes.sumdb.notListed(statusLine(response.status), took, String(answer.id), input.module, input.version),
		);
	}

	return done(
		{outcome: 'found', ...hashes},
		say.probes.sumdb.record(String(answer.id), took, tree.detail, hashes.zip ?? say.probes.sumdb.none, hashes.mod ?? say.probes.sumdb.none),
	);
}

/** Where go reads the checksum database: a GOPROXY entry's `/sumdb/<name>`, or the database's own URL. */
export type SumdbRoute = {
	readonly base: string;
	/** The GOPROXY entry that proxies it, when one does. */
	readonly proxy?: string;
	/** The checks made to find out (each entry's `/supported`). */
	readonly evidence: readonly Evidence[];
};

/**
Finds the URL go reads the checksum database from, as go's dbClient.initBase does: the URL GOSUMDB names; else
the first GOPROXY entry (before `direct`/`off`) that answers 200 to `/sumdb/<name>/supported` (404/410, or any error
after a `|`, tries the next); else `https://<name>`. Never throws.
*/
export async function sumdbRoute(
	system: System,
	config: Extract<SumdbConfig, {kind: 'on'}>,
	goproxy: string,
	run: {readonly env: Environment; readonly timeoutMs: number; readonly signal?: AbortSignal},
): Promise<SumdbRoute> {
	if (config.url !== undefined) {
		return {base: config.base, evidence: []};
	}

	const evidence: Evidence[] = [];
	for (const entry of parseGoproxyList(goproxy).entries) {
		if (entry.kind !== 'url' || entry.scheme === 'file') {
			break;
		}

		// eslint-disable-next-line no-await-in-loop -- go asks the entries in order and stops at the first that answers
		const supported = await probeSumdbSupported(system, {
			entryUrl: entry.url,
			name: config.name,
			env: run.env,
			timeoutMs: run.timeoutMs,
			...(run.signal ? {signal: run.signal} : {}),
		});
		evidence.push(supported);
		if (supported.outcome === 'supported') {
			return {base: joinProxyUrl(entry.url, `sumdb/${config.name}`), proxy: entry.raw, evidence};
		}

		if (supported.outcome === 'error' && !entry.fallBackOnError) {
			// Go treats any other answer as the database being unavailable through this entry.
			return {base: joinProxyUrl(entry.url, `sumdb/${config.name}`), proxy: entry.raw, evidence};
		}
	}

	return {base: config.base, evidence};
}
