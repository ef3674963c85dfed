import type {Category} from '../../model/taxonomy.js';

/** The failure categories' titles, one line each (the ids themselves never change: they are an interface). */
export const categories: Record<Category, string> = {
	dns: 'a host name cannot be resolved',
	timeout: 'a connection or response did not complete in time',
	refused: 'the connection is actively refused, reset or unroutable',
	'http-proxy': 'the HTTP(S) proxy in the environment causes the failure',
	'proxy-bad-response': 'a GOPROXY server is reached but answers wrongly',
	'not-found': 'the module or version does not exist where go asked',
	'private-auth': 'the module is private: credentials or a bypass of the public proxy are needed',
	tls: 'a certificate problem',
	'checksum-mismatch': 'downloaded content hashes differently from go.sum or the checksum database',
	sumdb: 'the checksum database is unreachable or refuses',
	'goproxy-config': "go's own configuration is wrong",
	vcs: 'a direct (version control) fetch fails',
	'module-path': 'the module declares a different path than it is required as',
	cache: 'the module cache is unusable',
	toolchain: 'switching to the Go toolchain go.mod asks for fails',
	'go-sum-missing': 'go.sum lacks an entry go needs',
	other: 'a failure that fits no other category',
	'go-missing': 'no go command on PATH',
	'no-module': 'no go.mod in the directory',
	healthy: 'the download succeeded',
};
