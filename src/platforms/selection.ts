import type { HtmlForms, PlatformDefinition } from './types.js';

/**
 * Platforms to scan for, and their HTML forms as one array: core's page pass keeps what it
 * prepares for an array of forms, so a selection is made once and reused.
 */
export interface Selection {
  readonly platforms: readonly PlatformDefinition[];
  readonly html: readonly HtmlForms[];
  /** The platforms whose widgets leave a rendered twin beside the embed code (`HtmlForms.renderedTwins`). */
  readonly twins: ReadonlySet<string>;
}

/** The selection of `platforms`, in the order given. */
export function selectionOf(platforms: readonly PlatformDefinition[]): Selection {
  return {
    platforms,
    html: platforms.flatMap((p) => (p.html !== undefined ? [p.html] : [])),
    twins: new Set(platforms.filter((p) => p.html?.renderedTwins === true).map((p) => p.id)),
  };
}
