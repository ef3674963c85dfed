/**
Go toolchain versions and GOTOOLCHAIN, as cmd/go reads them (go help toolchain): the `go` and `toolchain` lines
of go.mod against the local go, which toolchain go would switch to, and the module version under which GOPROXY
serves it (`golang.org/toolchain@v0.0.1-go1.23.0.linux-amd64`). Pure.
*/
import type {ParsedGoMod} from './parse-go-mod.js';

/** A Go version: `go1.21.3`, `1.22`, `go1.23rc1`. */
export type GoVersion = {readonly major: number; readonly minor: number; readonly patch?: number; readonly pre?: string};

/** Parses `go1.21.3`, `1.21.3`, `1.22`, `go1.23rc1` (the `go` prefix is optional); undefined otherwise. */
export function parseGoVersion(text: string): GoVersion | undefined {
	const match = /^(?:go)?(\d+)\.(\d+)(?:\.(\d+))?((?:rc|beta)\d+)?$/.exec(text.trim());
	if (match === null) {
		return undefined;
	}

	return {
		major: Number(match[1]),
		minor: Number(match[2]),
		...(match[3] === undefined ? {} : {patch: Number(match[3])}),
		...(match[4] === undefined ? {} : {pre: match[4]}),
	};
}

/** Orders two Go versions as cmd/go's gover does: `1.21` < `1.21rc1` < `1.21.0` < `1.21.1`. */
export function compareGoVersions(a: string, b: string): -1 | 0 | 1 {
	const x = parseGoVersion(a);
	const y = parseGoVersion(b);
	if (x === undefined || y === undefined) {
		return x === y ? 0 : x === undefined ? -1 : 1;
	}

	const rank = (v: GoVersion): number[] => [
		v.major,
		v.minor,
		v.patch ?? (v.pre === undefined ? -2 : -1),
		v.pre === undefined ? 0 : -1,
		Number(/\d+$/.exec(v.pre ?? '0')?.[0] ?? 0),
	];
	const left = rank(x);
	const right = rank(y);
	for (const [index, element] of left.entries()) {
		if (element !== right[index]) {
			return element < right[index]! ? -1 : 1;
		}
	}

	return 0;
}

/**
The toolchain name for a go.mod `go` line: from Go 1.21 on, a language version `1.21` means the release
`go1.21.0`; earlier ones are named as written.
*/
export function toolchainForGoLine(goLine: string): string {
	const version = parseGoVersion(goLine);
	if (version === undefined) {
		return `go${goLine}`;
	}

	const release = version.patch === undefined && version.pre === undefined && (version.major > 1 || version.minor >= 21);
	return `go${goLine}${release ? '.0' : ''}`;
}

/** What go.mod asks for: the newer of its `go` line (as a toolchain) and its `toolchain` line. */
export function wantedToolchain(goMod: Pick<ParsedGoMod, 'go' | 'toolchain'>): string | undefined {
	const fromGo = goMod.go === undefined ? undefined : toolchainForGoLine(goMod.go);
	const fromToolchain = goMod.toolchain === undefined || goMod.toolchain === 'default' ? undefined : goMod.toolchain.replace(/^go/, 'go');
	if (fromGo === undefined) {
		return fromToolchain;
	}

	if (fromToolchain === undefined) {
		return fromGo;
	}

	return compareGoVersions(fromToolchain, fromGo) > 0 ? fromToolchain : fromGo;
}

/** GOTOOLCHAIN read: `local`, `auto` (= `local+auto`), `path`, or a name with `+auto`/`+path`. */
export type Gotoolchain = {
	readonly mode: 'local' | 'auto' | 'path';
	/** The minimum toolchain named (`go1.22.0` of `go1.22.0+auto`), when one is. */
	readonly minimum?: string;
	/** Go may download a toolchain (auto) or look it up on PATH (path). */
	readonly switches: boolean;
};

/** Parses GOTOOLCHAIN; an empty value is go's default, `auto`. */
export function parseGotoolchain(value: string): Gotoolchain {
	const trimmed = value.trim();
	if (trimmed === '' || trimmed === 'auto' || trimmed === 'local+auto') {
		return {mode: 'auto', switches: true};
	}

	if (trimmed === 'local') {
		return {mode: 'local', switches: false};
	}

	if (trimmed === 'path' || trimmed === 'local+path') {
		return {mode: 'path', switches: true};
	}

	const [name, suffix] = trimmed.split('+');
	if (suffix === 'auto' || suffix === 'path') {
		return {mode: suffix, minimum: name ?? '', switches: true};
	}

	// A bare name: go always runs that toolchain (downloading it when needed).
	return {mode: 'auto', minimum: trimmed, switches: true};
}

/** The module version GOPROXY serves a toolchain under: `v0.0.1-go1.23.0.linux-amd64`. */
export function toolchainModuleVersion(toolchain: string, goos: string, goarch: string): string {
	return `v0.0.1-${toolchain}.${goos}-${goarch}`;
}

/** The version part of `go version` output (`go1.26.8` of `go1.26.8 linux/amd64`). */
export function localToolchain(goVersion: string): string {
	return goVersion.split(' ')[0] ?? goVersion;
}

/**
Whether a toolchain is probably not a released Go: more than two minor versions past the local go (Go ships
one minor release every six months, so a go.mod line that far ahead is a typo or a placeholder).
*/
export function looksUnreleased(toolchain: string, local: string): boolean {
	const wanted = parseGoVersion(toolchain);
	const have = parseGoVersion(local);
	return wanted !== undefined && have !== undefined && (wanted.major > have.major || wanted.minor > have.minor + 2);
}
