// Values of evaluations that the schema, the domain and the pages all name.

export const evaluationStates = ["counted", "held"] as const;
export type EvaluationState = (typeof evaluationStates)[number];
export const commentStates = ["pending", "approved", "hidden"] as const;
export type CommentState = (typeof commentStates)[number];
export const hideReasons = ["abusive", "personalData", "offTopic", "spam"] as const;
export type HideReason = (typeof hideReasons)[number];
