// Undici ships types for its index only; these are the modules `undici-core.ts` reads directly (CommonJS, typed there).
declare module 'undici/lib/api/index.js' {
	const api: unknown;
	export default api;
}

declare module 'undici/lib/dispatcher/agent.js' {
	const Agent: unknown;
	export default Agent;
}

declare module 'undici/lib/dispatcher/dispatcher.js' {
	const Dispatcher: unknown;
	export default Dispatcher;
}

declare module 'undici/lib/dispatcher/proxy-agent.js' {
	const ProxyAgent: unknown;
	export default ProxyAgent;
}
