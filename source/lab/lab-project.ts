/** The lab project: the go.mod, go.sum and main.go of a module that requires the lab's modules. */
import {hashGoMod, hashModuleZip} from '../go/h1-hash.js';
import {labModules, labRequirements} from './lab-modules.js';
import {buildModuleArtifacts} from './module-zip.js';

/** The `go` line of the lab module: old enough for any go that gomod-doctor supports. */
export const labGoVersion = '1.22';

/** The module path of the lab project itself (never downloaded). */
export const labProjectModule = 'example.com/lab/app';

/** The lab project's go.mod, formatted as `go mod tidy` would leave it. */
export function labGoMod(): string {
	const requires = labRequirements.map((item) => `\t${item.path} ${item.version}\n`);
	return `module ${labProjectModule}\n\ngo ${labGoVersion}\n\nrequire (\n${requires.join('')})\n`;
}

/**
The lab project's go.sum, as go writes it: for each required module (sorted by path), the `h1:` hash of its
zip, then of its go.mod. Without it, `go mod download` still works, but `go build` fails with
`missing go.sum entry`, and a checksum scenario has nothing to compare against.
*/
export function labGoSum(): string {
	const lines: string[] = [];
	for (const requirement of labRequirements) {
		const module = labModules.find((item) => item.path === requirement.path && item.version === requirement.version);
		if (module === undefined) {
			throw new Error(`lab requirement ${requirement.path}@${requirement.version} is not a lab module`);
		}

		const artifacts = buildModuleArtifacts(module);
		lines.push(
			`${module.path} ${module.version} ${hashModuleZip(artifacts.zip)}\n`,
			`${module.path} ${module.version}/go.mod ${hashGoMod(artifacts.mod)}\n`,
		);
	}

	return lines.join('');
}

/** A main package that imports every required lab module, so that `go build` needs them all. */
export function labMainGo(): string {
	const imports = labRequirements.map((item) => `\t"${item.path}"\n`).join('');
	const calls = labRequirements.map((item) => item.call);
	return `package main\n\nimport (\n\t"fmt"\n\n${imports})\n\nfunc main() {\n\tfmt.Println(${calls.join(', ')})\n}\n`;
}
