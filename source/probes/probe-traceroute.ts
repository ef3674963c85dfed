import {formatArgv} from '../model/format.js';
import type {Evidence} from '../model/report.js';
import type {System} from '../system/types.js';
import {type ProbeRun, checkHost, runTool, trimOutput} from './probe-support.js';

/** The outcome labels of `probeTraceroute`; they name the flowchart's edges. */
export type TracerouteOutcome = 'reached' | 'stops' | 'unavailable' | 'error';

/** One hop of a traceroute: its number and address, or undefined where no answer came (`*`). */
export type Hop = {readonly hop: number; readonly address?: string};

/** The hops of `traceroute -n` output (the header line skipped). Pure. */
export function parseTraceroute(text: string): Hop[] {
	const hops: Hop[] = [];
	for (const line of text.split('\n')) {
		const match = /^\s*(\d+)\s+(.*)$/.exec(line);
		if (match === null) {
			continue;
		}

		const address = /^([\da-f.:]+)\s/i.exec(`${match[2]!.trim()} `)?.[1];
		hops.push({hop: Number(match[1]), ...(address === undefined || address === '*' ? {} : {address})});
	}

	return hops;
}

/**
Where do packets to `host` stop? `traceroute -n -w 1 -q 1 -m 10 HOST`, under the probe's deadline: the last hop that
answers is where a route ends or a firewall drops them. Only run when the user asks (`--traceroute`): it is slow.
Says so when traceroute is not installed; installs nothing. Never throws.
*/
export async function probeTraceroute(system: System, input: ProbeRun & {readonly host: string}): Promise<Evidence> {
	const argv = ['traceroute', '-n', '-w', '1', '-q', '1', '-m', '10', input.host];
	const command = formatArgv(argv);
	const base = {probe: 'check', tool: 'traceroute', command, argv} as const;
	const problem = checkHost(input.host);
	if (problem !== undefined) {
		return {...base, outcome: 'error' satisfies TracerouteOutcome, summary: `Not run: ${problem}.`, durationMs: 0};
	}

	const result = await runTool(system, argv, input);
	if (result.missing) {
		return {
			...base,
			outcome: 'unavailable' satisfies TracerouteOutcome,
			summary: 'traceroute is not installed, so the route was not traced (gomod-doctor installs nothing; `apt install traceroute` would add it).',
			durationMs: result.durationMs,
		};
	}

	const output = trimOutput(`${result.stdout}\n${result.stderr}`);
	const hops = parseTraceroute(result.stdout);
	const answered = hops.filter((hop) => hop.address !== undefined);
	const last = answered.at(-1);
	const withOutput = {...base, durationMs: result.durationMs, ...(result.exitCode === undefined ? {} : {exitCode: result.exitCode}), ...(output === undefined ? {} : {output})};
	if (hops.length === 0) {
		const why = result.timedOut ? 'it did not finish before the deadline' : (result.stderr.trim().split('\n')[0] ?? `exit status ${result.exitCode ?? '?'}`);
		return {...withOutput, outcome: 'error' satisfies TracerouteOutcome, summary: `traceroute printed no hop: ${why}.`};
	}

	if (last !== undefined && (last.address === input.host || hops.at(-1)?.address === input.host)) {
		return {...withOutput, outcome: 'reached' satisfies TracerouteOutcome, summary: `${input.host} is reached in ${last.hop} hop(s): the route is there; a port check decides the rest.`};
	}

	return {
		...withOutput,
		outcome: 'stops' satisfies TracerouteOutcome,
		summary:
			last === undefined
				? `No hop answered within ${hops.length} tries: packets stop right here (no route, or a local firewall).`
				: `The route stops after hop ${last.hop} (${last.address ?? '?'}): beyond it nothing answers (a firewall drops the packets, or a router has no route).`,
	};
}
