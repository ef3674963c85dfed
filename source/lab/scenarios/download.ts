/**
Lab scenarios of the download itself: a proxy on a slow line whose download takes long but keeps progressing
(healthy: go is never stopped while it progresses), a module so large that go spends seconds checking and
extracting its zip after the last byte arrived (healthy: that is progress too), and a proxy that cuts every zip
short (the connection closes before the announced Content-Length).
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

/** How many files the large module has: an SDK's worth, seconds of extraction for go (field: prometheus's oci-go-sdk). */
export const largeModuleFileCount = 3000;

/**
`example.com/lab/large`: {@link largeModuleFileCount} small Go files in 60 packages, a zip of about 0.6 MB that
arrives at once and that go then hashes and extracts, file by file, with no byte arriving meanwhile.
*/
export const largeModule: LabModule = {
	path: 'example.com/lab/large',
	version: 'v1.0.0',
	files: Object.fromEntries(
		Array.from({length: largeModuleFileCount}, (_unused, index) => {
			const name = `p${String(index % 60).padStart(2, '0')}`;
			return [
				`${name}/f${String(index).padStart(4, '0')}.go`,
				`package ${name}\n\n// V${index} is generated.\nconst V${index} = "${'large module '.repeat(40)}"\n`,
			];
		}),
	),
};

/** The lab project's go.mod and go.sum, requiring the lab's modules and `modules` besides. */
function projectRequiring(modules: readonly LabModule[]): {'go.mod': string; 'go.sum': string} {
	const required = [
		...labModules.filter((module) => labRequirements.some((item) => item.path === module.path && item.version === module.version)),
		...modules,
	].toSorted((a, b) => a.path.localeCompare(b.path));
	const goMod = `module example.com/lab/app\n\ngo 1.22\n\nrequire (\n${required.map((module) => `\t${module.path} ${module.version}\n`).join('')})\n`;
	const goSum = required.flatMap((module) => {
		const artifacts = buildModuleArtifacts(module);
		return [
			`${module.path} ${module.version} ${hashModuleZip(artifacts.zip)}\n`,
			`${module.path} ${module.version}/go.mod ${hashGoMod(artifacts.mod)}\n`,
		];
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
		id: 'large-zip',
		description: `The only GOPROXY entry serves a module of ${largeModuleFileCount} files: once its zip has arrived go spends seconds hashing and extracting it, with no byte arriving: healthy, since that is progress too.`,
		servers: [{name: 'large', fault: {kind: 'none'}, modules: [...labModules, largeModule]}, good],
		goproxy: '{large}',
		candidates: ['good'],
		expected: {category: 'healthy'},
		async setup() {
			return {files: projectRequiring([largeModule])};
		},
	}),
	defineScenario({
		id: 'truncated-zip',
		description:
			'The first GOPROXY entry cuts every zip short (Content-Length announced, connection closed after half): the proxy answers wrongly.',
		servers: [{name: 'cut', fault: {kind: 'truncated-zip'}}, good],
		goproxy: '{cut},{good},direct',
		candidates: ['good'],
		expected: {entryIndex: 0, category: 'proxy-bad-response'},
		goSays: 'unexpected EOF',
	}),
];
