/** The hosts go fetches modules from directly (GONOPROXY/GOPRIVATE). */
export const direct = {
	modules: (count: number, shown: readonly string[], more: boolean) =>
		`${count === 1 ? 'The module' : `The ${count} modules`}: ${shown.join(', ')}${more ? ', …' : ''}.`,
};
