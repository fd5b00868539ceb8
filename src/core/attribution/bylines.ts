/**
 * Attribution grammars as data: each platform's byline, in every language it appears in.
 * A platform's text route passes its grammar to `scanAttributions`; the ones here serve the
 * platforms whose text routes are still to come, so their bylines are written once.
 *
 * ```
 * A post shared by Harbour Watch (@harbour.watch) on Feb 5, 2026 at 2:31pm PST   Instagram
 * Posted by Harbour Watch on Thursday, August 27, 2015                           Facebook
 * Post by @harbour@mastodon.social                                               Mastodon
 * Post by @harbour.watch                                                         Threads
 * Harbour ferry returns by u/harbourwatch in r/harbourcity                       Reddit
 * ```
 */
import {
  readFediverseHandle,
  readInstagramHandle,
  readRedditUser,
  type AttributionGrammar,
} from './grammar.js';

/** Instagram's "A post shared by Name (@handle) on <date>", in each language the embed shows. */
export const INSTAGRAM_BYLINE: AttributionGrammar = {
  lead: [
    'A post shared by', // English
    'Ein Beitrag geteilt von', // German
    'Une publication partagée par', // French
    'Una publicación compartida de', // Spanish
    'Una publicación compartida por',
    'Un post condiviso da', // Italian
    'Uma publicação partilhada por', // Portuguese (Portugal)
    'Uma publicação compartilhada por', // Portuguese (Brazil)
  ],
  handle: { open: '(@', close: ')', read: readInstagramHandle },
  handleRequired: true,
  // 'on' (en), 'am' (de), 'le' (fr), 'el' (es), 'in data:' (it), 'em'/'a' (pt); newer embeds show no date.
  dateJoiners: ['on', 'am', 'le', 'el', 'in data:', 'em', 'a', ''],
  dateRequired: false,
  dateTime: true,
  maxName: 60,
};

/** Facebook's "Posted by Name on <weekday, date>" (the fb-post fallback), in each language. */
export const FACEBOOK_BYLINE: AttributionGrammar = {
  lead: [
    'Posted by', // English
    'Publiée par', // French
    'Publié par',
    'Gepostet von', // German
    'Publicado por', // Spanish, Portuguese
    'Pubblicato da', // Italian
    'Geplaatst door', // Dutch
  ],
  handle: null,
  handleRequired: false,
  dateJoiners: [' on ', ' sur ', ' am ', ' el ', ' em ', ' il ', ' op '],
  dateRequired: true,
  dateTime: false,
  maxName: 75,
};

/** Mastodon's "Post by @user@host". */
export const MASTODON_BYLINE: AttributionGrammar = {
  lead: ['Post by'],
  handle: { open: '@', close: '', read: readFediverseHandle },
  handleRequired: true,
  dateJoiners: [''],
  dateRequired: false,
  dateTime: true,
  maxName: 0,
};

/** Threads' "Post by @user" (Instagram's handle grammar). */
export const THREADS_BYLINE: AttributionGrammar = {
  lead: ['Post by'],
  handle: { open: '@', close: '', read: readInstagramHandle },
  handleRequired: true,
  dateJoiners: [''],
  dateRequired: false,
  dateTime: true,
  maxName: 0,
};

/** Reddit's "<title> by u/user in <subreddit>": the byline is `by u/user`. */
export const REDDIT_BYLINE: AttributionGrammar = {
  lead: ['by'],
  handle: { open: 'u/', close: '', read: readRedditUser },
  handleRequired: true,
  dateJoiners: [],
  dateRequired: false,
  dateTime: false,
  maxName: 0,
};
