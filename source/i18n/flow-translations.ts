/** A node's translated texts: the field its kind has (`question` for probe and decide, `summary` for end, `title` for fix). */
export type NodeTranslation = {readonly question?: string; readonly summary?: string; readonly title?: string};

/**
The translations of the flowcharts' texts, by flow id and node id. The flow definitions in
`source/flow/graphs/` hold the English text (it is data: transcripts and JSON carry it); a translation keeps the
same `{placeholders}`, which are filled in after it is looked up.
*/
export type FlowTranslations = Readonly<
	Record<string, {readonly title: string; readonly nodes: Readonly<Record<string, NodeTranslation>>}>
>;
