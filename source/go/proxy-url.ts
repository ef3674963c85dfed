/**
A URL under a GOPROXY entry (or a checksum database base), built as go builds it (cmd/go/internal/web.Join, used by
modfetch/proxy.go and modfetch/sumdb.go): `path` appended to the base's path, with one `/` between them, and the
base's query string kept after it; a fragment is never sent. `https://h/p?token=x` with `m/@v/list` is
`https://h/p/m/@v/list?token=x`, not `https://h/p?token=x/m/@v/list`.
*/
export function joinProxyUrl(base: string, path: string): string {
	const hash = base.indexOf('#');
	const withoutFragment = hash === -1 ? base : base.slice(0, hash);
	const question = withoutFragment.indexOf('?');
	const head = question === -1 ? withoutFragment : withoutFragment.slice(0, question);
	const query = question === -1 ? '' : withoutFragment.slice(question);
	return `${head.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}${query}`;
}
