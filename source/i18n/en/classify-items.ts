/**
The sentence classify puts before each explanation: what went wrong for which module and host, as go's error says.
Category ids, hosts, modules and versions are filled in as they are.
*/
export const classifyItems = {
	/** This sentence, then the category's explanation. */
	withExplanation: (sentence: string, explanation: string) => `${sentence} ${explanation}`,
	aHostName: 'a host name',
	aServer: 'a server',
	theModule: 'The module',
	aModule: 'A module',
	aModuleLower: 'a module',
	whileFetching: (subject: string | undefined) => (subject === undefined ? '' : ` while fetching ${subject}`),
	underneath: (cause: string | undefined) => (cause === undefined ? '' : ` Underneath: ${cause}.`),
	dns: (host: string, fetching: string) => `go could not resolve ${host}${fetching}.`,
	timeout: (host: string, fetching: string) => `A connection to ${host} timed out${fetching}.`,
	refused: (host: string, fetching: string) => `The connection to ${host} was refused, reset or unroutable${fetching}.`,
	httpProxy: (host: string | undefined, fetching: string, underneath: string) =>
		`The HTTP(S) proxy${host === undefined ? '' : ` ${host}`} failed${fetching}.${underneath}`,
	badResponse: (host: string | undefined, status: number | undefined, subject: string | undefined) =>
		`${host ?? 'A GOPROXY server'} answered ${status === undefined ? 'with something that is not the GOPROXY protocol' : `${status}`}${subject === undefined ? '' : ` for ${subject}`}.`,
	notFound: (subject: string, host: string | undefined, status: number | undefined) =>
		`${subject} was not found${host === undefined ? '' : ` at ${host}`}${status === undefined ? '' : ` (${status})`}.`,
	privateAuth: (subject: string, host: string | undefined) =>
		`${subject} needs credentials or must bypass the public proxy${host === undefined ? '' : ` (${host})`}.`,
	tls: (host: string, fetching: string) => `The certificate of ${host} was rejected${fetching}.`,
	checksumMismatch: (subject: string) => `${subject} did not match its recorded checksum.`,
	sumdb: (host: string | undefined, subject: string, underneath: string) =>
		`The checksum database${host === undefined ? '' : ` (${host})`} could not verify ${subject}.${underneath}`,
	toolchain: (version: string | undefined, underneath: string) =>
		`Switching to ${version ?? 'the Go toolchain go.mod asks for'} failed.${underneath}`,
	modulePath: (subject: string) => `${subject} is required under a path it does not declare.`,
	vcs: (subject: string | undefined, host: string | undefined) =>
		`A direct fetch${subject === undefined ? '' : ` of ${subject}`}${host === undefined ? '' : ` (${host})`} failed in version control.`,
	cache: (subject: string | undefined) => `The module cache could not be used${subject === undefined ? '' : ` for ${subject}`}.`,
	goSumMissing: (subject: string | undefined) => `go.sum has no entry${subject === undefined ? '' : ` for ${subject}`}.`,
	seenFor: (subject: string | undefined) => (subject === undefined ? '' : `Seen for ${subject}.`),
};
