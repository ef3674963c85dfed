/** §2.2, a broken GOPROXY server: the fixes' words. */
export const proxyServer = {
	/** The separators of GOPROXY, explained once where a fix changes them. */
	separators:
		'In GOPROXY, `,` makes go try the next entry only after a 404 or 410; `|` makes it try the next entry after any error (a 5xx, a refused connection, a TLS failure).',
	operator: (label: string) => `Evidence for the operator of ${label}: the requests and answers above.`,
};
