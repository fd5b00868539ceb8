// PROVISIONAL: replaced by the glued-link splitting body reader.

/** The entity lists of one X post body, as the Embed fields want them. */
export interface BodyEntities {
  links: string[];
  media: string[];
  mentions: string[];
  hashtags: string[];
  cashtags: string[];
}

export function bodyEntities(text: string, options: { date: string | null }): BodyEntities {
  void text;
  void options;
  return { links: [], media: [], mentions: [], hashtags: [], cashtags: [] };
}
