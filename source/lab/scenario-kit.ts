import type {Category} from '../model/taxonomy.js';
import type {GoproxyFault} from './goproxy-server.js';
import type {LabModule} from './module-zip.js';

/** A lab GOPROXY server of a scenario, named so that GOPROXY and the candidates can refer to it. */
export type ScenarioServer<Name extends string = string> = {
	readonly name: Name;
	readonly fault: GoproxyFault;
	/** The module versions it serves. @default labModules */
	readonly modules?: readonly LabModule[];
};

/** What the wizard should conclude about a scenario. */
export type ScenarioVerdict = {
	/**
	The index (in `parseGoproxyList(goproxy).entries`) of the GOPROXY entry at fault;
	undefined when nothing is broken.
	*/
	readonly entryIndex?: number;
	readonly category: Category;
};

/** One reproducible failure (or the healthy case) for the lab. */
export type Scenario<Name extends string = string, Id extends string = string> = {
	readonly id: Id;
	/** One line: what is broken and what the wizard should conclude. */
	readonly description: string;
	/** The description in other languages, when the scenario's flowchart module brings it (else `source/i18n/zh/scenarios.ts`). */
	readonly translations?: {readonly zh?: string};
	readonly servers: ReadonlyArray<ScenarioServer<Name>>;
	/**
	The GOPROXY value, with `{name}` standing for a server's URL. It is written into the GOENV file, not the OS
	environment, so that `go env -w` fixes take effect.
	*/
	readonly goproxy: string;
	/** Servers that work, offered to the wizard (GOMOD_DOCTOR_CANDIDATES) as replacement GOPROXY entries. */
	readonly candidates: readonly Name[];
	readonly expected: ScenarioVerdict;
	/** A fragment of what the real `go mod download` prints; absent when it succeeds or never finishes. */
	readonly goSays?: string;
	/**
	Left out of `lab --list` (and of the tests that run every listed scenario): the hostile servers of the
	robustness tests, which would only confuse someone looking for their own problem. `lab ID` still starts one.
	@default false
	*/
	readonly hidden?: boolean;
	/** Go never finishes on its own (the test kills it). @default false */
	readonly goHangs?: boolean;
	/**
	What the scenario needs beyond its GOPROXY servers (a sumdb, an HTTP proxy, a TLS server, settings, other
	project files). Runs after the servers have started and the project has been written.
	*/
	readonly setup?: (input: LabSetupInput) => Promise<LabSetup>;
};

/** What a scenario's `setup` gets. */
export type LabSetupInput = {
	/** The lab's temporary directory (removed with the lab). */
	readonly root: string;
	/** The project directory, already holding the default go.mod, go.sum and main.go. */
	readonly dir: string;
	/** The URL of each GOPROXY server of the scenario, by name. */
	readonly urls: ReadonlyMap<string, string>;
	/** The scenario's GOPROXY, rendered. */
	readonly goproxy: string;
};

/** What a scenario's `setup` adds to the lab. */
export type LabSetup = {
	/** Written into the GOENV file, over the defaults (GOPROXY, GOSUMDB=off). */
	readonly goenv?: Readonly<Record<string, string>>;
	/** Set in the OS environment go runs with (e.g. HTTPS_PROXY, GOFLAGS); overrides the lab's guard too. */
	readonly env?: Readonly<Record<string, string>>;
	/** Removed from the OS environment go runs with (e.g. the guard's HTTPS_PROXY). */
	readonly unsetEnv?: readonly string[];
	/** Replaces the candidates offered to the wizard (URLs). */
	readonly candidates?: readonly string[];
	/** Project files to write (path relative to the project directory → content); e.g. another go.mod or go.sum. */
	readonly files?: Readonly<Record<string, string>>;
	/** Values a test needs (URLs, paths, keys), by name. */
	readonly extras?: Readonly<Record<string, string>>;
	/** Stops what `setup` started. */
	readonly close?: () => Promise<void>;
};

/** Ties candidate names to server names, so a candidate that names no server is a compile error. */
export function defineScenario<const Id extends string, const Name extends string>(scenario: Scenario<Name, Id>): Scenario<string, Id> {
	return scenario;
}

/** The delay of the slow spare proxy that failing scenarios offer next to the fast one. */
export const slowCandidateDelayMs = 250;

export const good = {name: 'good', fault: {kind: 'none'}} as const;
export const spare = {name: 'spare', fault: {kind: 'slow', delayMs: slowCandidateDelayMs}} as const;

/**
The lab's canary (§2.2): a module every lab proxy serves, standing in for golang.org/x/mod, which the lab's
proxies do not have. Every lab hands it to the wizard as GOMOD_DOCTOR_CANARY.
*/
export const labCanary = 'example.com/lab/hello';
