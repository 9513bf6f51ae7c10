// Anchors of the task page's history (components/tasks/timeline.tsx), which notifications link to.
export const directiveAnchor = (directiveId: string) => `chi-dao-${directiveId}`;
export const updateAnchor = (updateId: string) => `cap-nhat-${updateId}`;

/** Whether a URL fragment (without "#") names an entry of the history. */
export const isHistoryAnchor = (fragment: string) => /^(chi-dao|cap-nhat)-[a-z0-9]+$/.test(fragment);
