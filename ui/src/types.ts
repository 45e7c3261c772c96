// View models produced by Rust (`madoguchi_core`). The UI renders these as they come and
// never builds a user-visible string itself.

/** The text of a question in one language. */
export interface QuestionText {
  question: string;
}

/** One answer option, already translated for both sides of the desk. */
export interface OptionView {
  /** Stable value sent back to Rust when the option is chosen. */
  value: string;
  /** Number key (1..n) that chooses this option. */
  key: number;
  /** Label in the staff language. */
  staff: string;
  /** Label in the client language. */
  client: string;
}

/** Questions answered so far, and still to come as far as the answers tell. */
export interface Progress {
  answered: number;
  remaining: number;
}

/** One question screen, in the staff and the client language. */
export interface QuestionView {
  id: string;
  /** The fact this question sets. */
  fact: string;
  /** Several options may be chosen. */
  multiple: boolean;
  staff: QuestionText;
  client: QuestionText;
  options: OptionView[];
  progress: Progress;
}
