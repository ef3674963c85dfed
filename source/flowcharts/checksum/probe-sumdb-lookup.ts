import {defineProbe} from '../../flow/define-probe.js';
import {matchPrefixPatterns} from '../../go/match-prefix-patterns.js';
import {parseGosumdb} from '../../go/sumdb-config.js';
import type {Evidence} from '../../model/report.js';
import {probeSumdbLookup, sumdbRoute} from '../../probes/probe-sumdb.js';
import type {ProbeRun} from '../../probes/probe-support.js';
import type {System} from '../../system/types.js';
import type {Message, Text} from '../../i18n/message.js';

/** What the probe says when the database is not asked: the module's messages, said in the reader's language where shown. */
export type DatabaseText = {
	readonly off: (why: Text) => Message;
	readonly offGosumdb: Message;
	readonly exempt: (module: Text) => Message;
	readonly invalid: (reason: Text) => Message;
};

/** What the checksum database recorded for the part that mismatched: the database's name, and its hash when found. */
export type DatabaseRecord = {readonly name: string; readonly hash?: string};

/**
What does the checksum database record for the module version? Read the way go reads it (through the GOPROXY entry
that proxies it, else directly); `off` when GOSUMDB is off or not valid, or GONOSUMDB/GOPRIVATE exempt the module.
Its data, once the database was asked: its name, and its hash of `part` when it has a verified record.
*/
export const sumdbLookupProbe = defineProbe({
	id: 'sumdb-lookup',
	outcomes: ['found', 'not-found', 'unreachable', 'bad-signature', 'off', 'error'],
	async run(
		input: ProbeRun & {
			readonly system: System;
			/** Go's settings as go reads them (GOSUMDB, GONOSUMDB, GOPRIVATE, GOPROXY). */
			readonly values: Readonly<Record<string, string | undefined>>;
			readonly module: string;
			readonly version: string;
			readonly part: 'zip' | 'go.mod';
			readonly text: DatabaseText;
		},
	) {
		const {values, text} = input;
		const config = parseGosumdb(values['GOSUMDB'] ?? '');
		const exempt = [values['GONOSUMDB'], values['GOPRIVATE']].filter(Boolean).join(',');
		const off = (why: Text): {readonly evidence: Evidence & {readonly outcome: 'off'}} => ({
			evidence: {
				probe: 'config',
				tool: 'go env',
				command: 'go env GOSUMDB GONOSUMDB GOPRIVATE',
				outcome: 'off',
				summary: text.off(why),
				durationMs: 0,
			},
		});
		if (config.kind === 'off') {
			return off(text.offGosumdb);
		}

		if (config.kind === 'invalid') {
			return off(text.invalid(config.reason));
		}

		if (matchPrefixPatterns(exempt, input.module)) {
			return off(text.exempt(input.module));
		}

		const probeRun = {env: input.env, timeoutMs: input.timeoutMs, ...(input.signal === undefined ? {} : {signal: input.signal})};
		const route = await sumdbRoute(input.system, config, values['GOPROXY'] ?? '', probeRun);
		const {evidence, result} = await probeSumdbLookup(input.system, {
			base: route.base,
			key: config.key,
			module: input.module,
			version: input.version,
			...probeRun,
		});
		const hash = input.part === 'zip' ? result.zip : result.mod;
		const data: DatabaseRecord = {name: config.name, ...(result.outcome === 'found' && hash !== undefined ? {hash} : {})};
		return {evidence: evidence as Evidence & {readonly outcome: 'found' | 'not-found' | 'unreachable' | 'bad-signature' | 'error'}, data};
	},
});
