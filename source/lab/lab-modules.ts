import type {LabModule} from './module-zip.js';

/**
The modules every lab proxy serves. Their paths are under `example.com/lab/`, a host go never contacts in the
lab: GOPROXY names only lab servers before `direct`, and GOSUMDB is off.
*/
export const labModules: readonly LabModule[] = [
	{
		path: 'example.com/lab/hello',
		version: 'v1.0.0',
		files: {
			'hello.go': 'package hello\n\n// Hello returns a greeting.\nfunc Hello() string {\n\treturn "hello from the gomod-doctor lab"\n}\n',
		},
	},
	{
		path: 'example.com/lab/greet',
		version: 'v1.1.0',
		files: {
			'greet.go': 'package greet\n\n// Greet greets someone.\nfunc Greet(name string) string {\n\treturn "hi " + name\n}\n',
		},
	},
	{
		path: 'example.com/lab/greet',
		version: 'v1.2.0',
		files: {
			'greet.go': 'package greet\n\n// Greet greets someone.\nfunc Greet(name string) string {\n\treturn "hello, " + name\n}\n',
		},
	},
	{
		// Upper-case letters: go asks for it as `example.com/lab/!upper!case` (case-encoding).
		path: 'example.com/lab/UpperCase',
		version: 'v0.1.0',
		files: {
			'upper.go': 'package uppercase\n\n// Shout is loud.\nfunc Shout() string {\n\treturn "HELLO"\n}\n',
		},
	},
];

/** A module version the lab project requires, and the call its main.go makes into it. */
export type LabRequirement = {
	readonly path: string;
	readonly version: string;
	/** A Go expression that uses the package, e.g. `hello.Hello()`. */
	readonly call: string;
};

/** The module versions the lab project requires (the newest version of each module it imports), sorted by path. */
export const labRequirements: readonly LabRequirement[] = [
	{path: 'example.com/lab/greet', version: 'v1.2.0', call: 'greet.Greet("gopher")'},
	{path: 'example.com/lab/hello', version: 'v1.0.0', call: 'hello.Hello()'},
];
