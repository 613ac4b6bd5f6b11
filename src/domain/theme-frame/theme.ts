/**
 * A theme of the ward's code frame: what a note's `themes` hold (by `code`) and what staff see
 * (`name`, under its `category`, explained by `definition`).
 */
export type Theme = {
  /** Kebab-case code stored in notes, for example `staff-manner-personal-attributes`. */
  readonly code: string;
  /** The sub-category name as the framework words it, for example "Staff manner & personal attributes". */
  readonly name: string;
  /** The framework category the theme sits under, for example "Staff". */
  readonly category: string;
  /** The framework's definition, cut to its first sentence so that it fits under a search result. */
  readonly definition: string;
};
