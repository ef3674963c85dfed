import {defineScenario, good, labCanary, spare, type Scenario} from '../scenario-kit.js';

export {labCanary} from '../scenario-kit.js';

/** The prefix under which the lab's reverse proxy is meant to serve GOPROXY (`location /goproxy/`). */
export const mappingPrefix = '/goproxy';

/**
A broken GOPROXY server (§2.2), TLS (§2.3) and go's own settings (§3.3, §5). Where GOPROXY or the OS
environment differ from the scenario's `goproxy` template, `setup` says so: `goproxy` stays what the GOENV
file would hold without the fault, and the table's entry index names the entry at fault in what go reads.
*/
export const proxyTlsConfigScenarios = [
	defineScenario({
		id: 'proxy-404-mapping',
		description:
			'The only GOPROXY entry is a reverse proxy that passes its /goproxy prefix on (proxy_pass without the trailing slash): 404 for everything under it; the wizard names the mapping.',
		servers: [{name: 'mapping', fault: {kind: 'prefix-mapping', prefix: mappingPrefix}}, good, spare],
		goproxy: `{mapping}${mappingPrefix}`,
		candidates: ['good', 'spare'],
		expected: {entryIndex: 0, category: 'proxy-bad-response'},
		goSays: '404 Not Found',
		async setup() {
			return {env: {GOMOD_DOCTOR_CANARY: labCanary}};
		},
	}),
	defineScenario({
		id: 'goproxy-off',
		description: 'GOPROXY=off in the GOENV file: go says "module lookup disabled by GOPROXY=off"; the wizard measures a proxy and sets it.',
		servers: [good, spare],
		// What the GOENV file held before someone wrote GOPROXY=off (setup writes off over it).
		goproxy: '{good}',
		candidates: ['good', 'spare'],
		expected: {entryIndex: 0, category: 'goproxy-config'},
		goSays: 'module lookup disabled by GOPROXY=off',
		async setup() {
			return {goenv: {GOPROXY: 'off'}, env: {GOMOD_DOCTOR_CANARY: labCanary}};
		},
	}),
	defineScenario({
		id: 'env-shadows-goenv',
		description:
			'GOPROXY in the OS environment names a dead proxy and hides the working one the GOENV file holds: the wizard says so and offers the shell fix (go env -w would not help).',
		servers: [{name: 'down', fault: {kind: 'closed'}}, good, spare],
		// The GOENV file's value; the OS environment's GOPROXY (the dead proxy, then direct) shadows it.
		goproxy: '{good},direct',
		candidates: ['good', 'spare'],
		expected: {entryIndex: 0, category: 'refused'},
		goSays: 'connect: connection refused',
		async setup({urls}) {
			return {env: {GOPROXY: `${urls.get('down') ?? ''},direct`, GOMOD_DOCTOR_CANARY: labCanary}};
		},
	}),
] as const satisfies readonly Scenario[];
