import {defineScenario, type Scenario} from '../scenario-kit.js';

/**
§3.1 by measurement: several mirrors of different speeds, and the fastest of all serves altered content. The
one in GOPROXY is that fast, wrong one, so go fails verifying the go.mod against go.sum; the wizard must pick
the fastest mirror that serves what go.sum recorded, not the fastest one.
*/
export const mirrorScenarios = [
	defineScenario({
		id: 'mirrors',
		description:
			'Four mirrors of different speeds; the fastest serves an altered go.mod and is the GOPROXY entry: choose the fastest correct one.',
		servers: [
			{name: 'tampered', fault: {kind: 'altered-mod'}},
			{name: 'fast', fault: {kind: 'slow', delayMs: 30}},
			{name: 'medium', fault: {kind: 'slow', delayMs: 150}},
			{name: 'slow', fault: {kind: 'slow', delayMs: 400}},
		],
		goproxy: '{tampered},direct',
		candidates: ['slow', 'medium', 'fast'],
		expected: {entryIndex: 0, category: 'checksum-mismatch'},
		goSays: 'checksum mismatch',
	}),
] as const satisfies readonly Scenario[];
