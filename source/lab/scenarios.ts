import {flowcharts} from '../flowcharts/index.js';
import type {Language} from '../i18n/language.js';
import {scenarioText} from '../i18n/scenario-text.js';
import {defineScenario, good, spare, type Scenario} from './scenario-kit.js';
import {checksumScenarios} from './scenarios/checksum.js';
import {mirrorScenarios} from './scenarios/mirrors.js';
import {privateVcsScenarios} from './scenarios/private-vcs.js';
import {proxyTlsConfigScenarios} from './scenarios/proxy-tls-config.js';
import {tlsScenarios} from './scenarios/tls.js';
import {moduleCacheScenarios} from './scenarios/module-cache.js';
import {networkScenarios} from './scenarios/network.js';
import {hostileScenarios} from './scenarios/hostile.js';
import {downloadScenarios} from './scenarios/download.js';

export {
	defineScenario,
	good,
	slowCandidateDelayMs,
	spare,
	type LabSetup,
	type LabSetupInput,
	type Scenario,
	type ScenarioServer,
	type ScenarioVerdict,
} from './scenario-kit.js';

/**
Every lab scenario. The first GOPROXY entry is the broken one; go stops there because `,` only falls back to
the next entry after 404 or 410, so `direct` is never reached (the lab's module host is never contacted).
Scenarios whose fault is a 404 or 410 list no further entries for the same reason.
*/
export const scenarios = [
	defineScenario({
		id: 'healthy',
		description: 'Everything works: the wizard reproduces a successful download and reports healthy.',
		servers: [good],
		goproxy: '{good},direct',
		candidates: ['good'],
		expected: {category: 'healthy'},
	}),
	defineScenario({
		id: 'proxy-down',
		description: 'The first GOPROXY entry refuses connections (nothing listens): refused, switch to a working entry.',
		servers: [{name: 'down', fault: {kind: 'closed'}}, good, spare],
		goproxy: '{down},{good},direct',
		candidates: ['good', 'spare'],
		expected: {entryIndex: 0, category: 'refused'},
		goSays: 'connect: connection refused',
	}),
	defineScenario({
		id: 'proxy-hang',
		description: 'The first GOPROXY entry accepts connections and never answers: go hangs; timeout, switch entries.',
		servers: [{name: 'hang', fault: {kind: 'hang'}}, good, spare],
		goproxy: '{hang},{good},direct',
		candidates: ['good', 'spare'],
		expected: {entryIndex: 0, category: 'timeout'},
		goHangs: true,
	}),
	defineScenario({
		id: 'proxy-502',
		description: 'The first GOPROXY entry answers 502 Bad Gateway (its upstream is down): the proxy answers wrongly.',
		servers: [{name: 'bad-gateway', fault: {kind: 'status', status: 502}}, good, spare],
		goproxy: '{bad-gateway},{good},direct',
		candidates: ['good', 'spare'],
		expected: {entryIndex: 0, category: 'proxy-bad-response'},
		goSays: '502 Bad Gateway',
	}),
	defineScenario({
		id: 'proxy-503',
		description: 'The only GOPROXY entry answers 503 Service Unavailable: the proxy answers wrongly.',
		servers: [{name: 'unavailable', fault: {kind: 'status', status: 503}}, good],
		goproxy: '{unavailable},direct',
		candidates: ['good'],
		expected: {entryIndex: 0, category: 'proxy-bad-response'},
		goSays: '503 Service Temporarily Unavailable',
	}),
	defineScenario({
		id: 'proxy-504',
		description: 'The first GOPROXY entry answers 504 Gateway Timeout (a reverse proxy gave up): the proxy answers wrongly.',
		servers: [{name: 'gateway-timeout', fault: {kind: 'status', status: 504}}, good],
		goproxy: '{gateway-timeout},{good},direct',
		candidates: ['good'],
		expected: {entryIndex: 0, category: 'proxy-bad-response'},
		goSays: '504 Gateway Time-out',
	}),
	defineScenario({
		id: 'proxy-500',
		description: 'The first GOPROXY entry answers 500 Internal Server Error: the proxy answers wrongly.',
		servers: [{name: 'broken', fault: {kind: 'status', status: 500}}, good],
		goproxy: '{broken},{good},direct',
		candidates: ['good'],
		expected: {entryIndex: 0, category: 'proxy-bad-response'},
		goSays: '500 Internal Server Error',
	}),
	defineScenario({
		id: 'proxy-404-all',
		description:
			"The only GOPROXY entry answers 404 for every path, even modules that exist (a reverse proxy's proxy_pass mapping): bad response.",
		servers: [{name: 'wrong-mapping', fault: {kind: 'status', status: 404}}, good],
		goproxy: '{wrong-mapping}',
		candidates: ['good'],
		expected: {entryIndex: 0, category: 'proxy-bad-response'},
		goSays: '404 Not Found',
	}),
	defineScenario({
		id: 'proxy-410-all',
		description: 'The only GOPROXY entry answers 410 Gone for every path (a retired mirror): bad response.',
		servers: [{name: 'retired', fault: {kind: 'status', status: 410}}, good],
		goproxy: '{retired}',
		candidates: ['good'],
		expected: {entryIndex: 0, category: 'proxy-bad-response'},
		goSays: '410 Gone',
	}),
	defineScenario({
		id: 'proxy-401',
		description: 'The first GOPROXY entry wants credentials (401 with a Basic challenge): private-auth, set up .netrc or GOAUTH.',
		servers: [{name: 'needs-login', fault: {kind: 'status', status: 401}}, good],
		goproxy: '{needs-login},{good},direct',
		candidates: ['good'],
		expected: {entryIndex: 0, category: 'private-auth'},
		goSays: '401 Unauthorized',
	}),
	defineScenario({
		id: 'proxy-403',
		description:
			'The first GOPROXY entry answers 403 Forbidden to everything, even the canary, and asks for no credentials: its policy refuses (proxy-bad-response), no .netrc; switch entries.',
		servers: [{name: 'forbidden', fault: {kind: 'status', status: 403}}, good],
		goproxy: '{forbidden},{good},direct',
		candidates: ['good'],
		expected: {entryIndex: 0, category: 'proxy-bad-response'},
		goSays: '403 Forbidden',
	}),
	defineScenario({
		id: 'proxy-html',
		description: 'The first GOPROXY entry answers 200 with a captive-portal page; go reads it as go.mod (checksum mismatch): bad response.',
		servers: [{name: 'captive-portal', fault: {kind: 'html'}}, good],
		goproxy: '{captive-portal},{good},direct',
		candidates: ['good'],
		expected: {entryIndex: 0, category: 'proxy-bad-response'},
		// Go takes the page for the go.mod and compares it with go.sum; `-json MODULE@VERSION` says `invalid response from proxy`.
		goSays: 'checksum mismatch',
	}),
	defineScenario({
		id: 'altered-zip',
		description: 'The first GOPROXY entry serves altered zips for existing versions: checksum mismatch against go.sum.',
		servers: [{name: 'altered', fault: {kind: 'altered-zip'}}, good],
		goproxy: '{altered},{good},direct',
		candidates: ['good'],
		expected: {entryIndex: 0, category: 'checksum-mismatch'},
		goSays: 'checksum mismatch',
	}),
	// Each area's scenarios follow, one spread per file of source/lab/scenarios/.
	...mirrorScenarios,
	...checksumScenarios,
	...privateVcsScenarios,
	...proxyTlsConfigScenarios,
	...tlsScenarios,
	...moduleCacheScenarios,
	...networkScenarios,
	...hostileScenarios,
	...downloadScenarios,
] as const satisfies readonly Scenario[];

/** Every lab scenario: the table above, then the scenarios each flowchart module brings. */
const allScenarios: readonly Scenario[] = [...scenarios, ...flowcharts.flatMap((chart) => chart.scenarios.map((scenario) => scenario.lab))];

/** The id of a lab scenario. */
export type ScenarioId = (typeof scenarios)[number]['id'];

/** All scenarios, in the order `gomod-doctor lab --list` shows them. */
export function listScenarios(): readonly Scenario[] {
	return allScenarios.filter((scenario: Scenario) => scenario.hidden !== true);
}

/** The scenario with this id, or undefined. */
export function findScenario(id: string): Scenario | undefined {
	return allScenarios.find((scenario) => scenario.id === id);
}

/** Lines for `gomod-doctor lab --list`: the id padded to one column, then the description in `language`. */
export function formatScenarioList(language: Language, list: readonly Scenario[] = listScenarios()): string[] {
	const width = Math.max(0, ...list.map((scenario) => scenario.id.length));
	return list.map((scenario) => `${scenario.id.padEnd(width)}  ${describeScenario(scenario, language)}`);
}

/** A scenario's description in `language` (`source/i18n/zh/scenarios.ts` has the Chinese, by id). */
export function describeScenario(scenario: Pick<Scenario, 'id' | 'description' | 'translations'>, language: Language): string {
	return (language === 'zh' ? scenario.translations?.zh : undefined) ?? scenarioText(scenario.id, scenario.description, language);
}

/**
The GOPROXY value with every `{name}` replaced by that server's URL.
Throws on a placeholder that names no server: the scenario table is wrong.
*/
export function renderGoproxy(template: string, urls: ReadonlyMap<string, string>): string {
	return template.replaceAll(/{([^}]*)}/g, (_match, name: string) => {
		const url = urls.get(name);
		if (url === undefined) {
			throw new Error(`GOPROXY template names no server: {${name}}`);
		}

		return url;
	});
}
