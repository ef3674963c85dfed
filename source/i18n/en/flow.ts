/** The words the flowcharts' placeholders are filled with (the node texts themselves: `flow-text.ts`). */
export const flow = {
	/** `{proxy}` where go uses no proxy (the diagram still shows the proxy branch). */
	anyProxy: 'the HTTP(S) proxy',
	/** `{proxy}` for the proxy go goes through: `host:port` and the variable that names it. */
	proxy: (hostPort: string, variable: string) => `the proxy ${hostPort} (from ${variable})`,
	/** What a fix node is called in a diagram. */
	fix: 'fix',
};
