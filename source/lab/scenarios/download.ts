/**
Lab scenarios of the download itself: a proxy on a slow line whose download takes long but keeps progressing
(healthy: go is never stopped while it progresses), and a proxy that cuts every zip short (the connection closes
before the announced Content-Length).
*/
import {hashGoMod, hashModuleZip} from '../dirhash.js';
import {labModules, labRequirements} from '../lab-modules.js';
import {buildModuleArtifacts, type LabModule} from '../module-zip.js';
import {defineScenario, good} from '../scenario-kit.js';

/** How many modules the slow download has to fetch besides the lab's own. */
export const slowModuleCount = 25;

/** The gap between two zips of the slow download: 25 of them take 20 s, twice the default deadline. */
export const slowZipIntervalMs = 800;

/** `example.com/lab/steady/m01` … `m25`: small modules, one package each. */
export const slowModules: readonly LabModule[] = Array.from({length: slowModuleCount}, (_unused, index) => {
	const name = `m${String(index + 1).padStart(2, '0')}`;
	return {
		path: `example.com/lab/steady/${name}`,
		version: 'v1.0.0',
		files: {[`${name}.go`]: `package ${name}\n\n// Name is the module's name.\nconst Name = "${name}"\n`},
	};
});

/** The lab project's go.mod and go.sum, requiring the lab's modules and `modules` besides. */
function projectRequiring(modules: readonly LabModule[]): {'go.mod': string; 'go.sum': string} {
	const required = [...labModules.filter((module) => labRequirements.some((item) => item.path === module.path && item.version === module.version)), ...modules].sort((a, b) =>
		a.path.localeCompare(b.path),
	);
	const goMod = `module example.com/lab/app\n\ngo 1.22\n\nrequire (\n${required.map((module) => `\t${module.path} ${module.version}\n`).join('')})\n`;
	const goSum = required.flatMap((module) => {
		const artifacts = buildModuleArtifacts(module);
		return [`${module.path} ${module.version} ${hashModuleZip(artifacts.zip)}\n`, `${module.path} ${module.version}/go.mod ${hashGoMod(artifacts.mod)}\n`];
	});
	return {'go.mod': goMod, 'go.sum': goSum.join('')};
}

/** The download scenarios, for the table in scenarios.ts. */
export const downloadScenarios = [
	defineScenario({
		id: 'slow-download',
		description: `The only GOPROXY entry serves one module every ${slowZipIntervalMs / 1000} s (${slowModuleCount} modules, ${(slowModuleCount * slowZipIntervalMs) / 1000} s in all, longer than the deadline): healthy, since go keeps progressing.`,
		servers: [{name: 'slow', fault: {kind: 'steady', intervalMs: slowZipIntervalMs}, modules: [...labModules, ...slowModules]}, good],
		goproxy: '{slow}',
		candidates: ['good'],
		expected: {category: 'healthy'},
		async setup() {
			return {files: projectRequiring(slowModules)};
		},
	}),
	defineScenario({
		id: 'truncated-zip',
		description: 'The first GOPROXY entry cuts every zip short (Content-Length announced, connection closed after half): the proxy answers wrongly.',
		servers: [{name: 'cut', fault: {kind: 'truncated-zip'}}, good],
		goproxy: '{cut},{good},direct',
		candidates: ['good'],
		expected: {entryIndex: 0, category: 'proxy-bad-response'},
		goSays: 'unexpected EOF',
	}),
];
