// Anchors of the task page's history (components/tasks/timeline.tsx), which notifications link to.
export const directiveAnchor = (directiveId: string) => `chi-dao-${directiveId}`;
export const updateAnchor = (updateId: string) => `cap-nhat-${updateId}`;
