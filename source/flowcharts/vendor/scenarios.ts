import {labModules, labRequirements} from '../../lab/lab-modules.js';
import {defineScenario, good} from '../../lab/scenario-kit.js';
import type {FlowchartScenario} from '../define-flowchart.js';

/** Vendor/ as `go mod vendor` writes it for the lab project: modules.txt and each required module's files. */
function vendorTree(): Record<string, string> {
	const files: Record<string, string> = {};
	let modulesTxt = '';
	for (const requirement of labRequirements) {
		const module = labModules.find((item) => item.path === requirement.path && item.version === requirement.version)!;
		const goVersion = /^go (\S+)$/m.exec(module.files['go.mod'] ?? '')?.[1];
		modulesTxt += `# ${module.path} ${module.version}\n## explicit${goVersion === undefined ? '' : `; go ${goVersion}`}\n${module.path}\n`;
		for (const [name, content] of Object.entries(module.files)) {
			if (name.endsWith('.go')) {
				files[`vendor/${module.path}/${name}`] = content;
			}
		}
	}

	return {...files, 'vendor/modules.txt': modulesTxt};
}

/** The GOFLAGS=-mod=vendor scenarios: no vendor tree, a stale one, a consistent one. */
export const vendorScenarios: readonly FlowchartScenario[] = [
	{
		lab: defineScenario({
			id: 'goflags-vendor-missing',
			description: 'GOFLAGS=-mod=vendor in the GOENV file and no vendor/: go build fails; go env -u GOFLAGS removes it.',
			servers: [good],
			goproxy: '{good},direct',
			candidates: ['good'],
			expected: {category: 'goproxy-config'},
			setup: async () => ({goenv: {GOFLAGS: '-mod=vendor'}}),
		}),
		expect: {
			exitCode: 1,
			first: {category: 'goproxy-config', subject: 'GOFLAGS', severity: 'error'},
			firstFix: {argv: ['go', 'env', '-u', 'GOFLAGS']},
			fixedWhen: ['list', '-m'],
		},
	},
	{
		lab: defineScenario({
			id: 'goflags-vendor-stale',
			description: 'GOFLAGS=-mod=vendor in the OS environment and a stale vendor/modules.txt: go mod vendor first.',
			servers: [good],
			goproxy: '{good},direct',
			candidates: ['good'],
			expected: {category: 'goproxy-config'},
			setup: async () => ({
				env: {GOFLAGS: '-mod=vendor -trimpath'},
				files: {'vendor/modules.txt': '# example.com/lab/greet v1.1.0\n## explicit\n'},
			}),
		}),
		expect: {
			exitCode: 1,
			first: {category: 'goproxy-config', subject: 'GOFLAGS', severity: 'error'},
			firstFix: {argv: ['go', 'mod', 'vendor']},
			fixedWhen: ['list', '-m'],
		},
	},
	{
		lab: defineScenario({
			id: 'goflags-vendor-consistent',
			description: 'GOFLAGS=-mod=vendor with a vendor tree that matches go.mod: nothing is wrong.',
			servers: [good],
			goproxy: '{good},direct',
			candidates: ['good'],
			expected: {category: 'healthy'},
			setup: async () => ({goenv: {GOFLAGS: '-mod=vendor'}, files: vendorTree()}),
		}),
		expect: {exitCode: 0},
	},
];
