import type { Element } from 'domhandler';
import { DomUtils } from 'htmlparser2';
import { corpusCheck, isWpBlockOf, outermost } from '../../helpers/corpus-check.js';

const isPostScript = (el: Element | null): boolean =>
  el !== null && el.name === 'script' && /^[a-z]\w+\/\d+$/i.test(el.attribs['data-telegram-post'] ?? '');

corpusCheck({
  platform: 'telegram',
  id: /^\d{1,12}$/,
  url: /^https:\/\/t\.me\/[a-z]\w{2,31}\/\d{1,12}$/i,
  // Widget scripts naming a post; a rendered iframe beside its script is that script's post.
  count: (doc) =>
    outermost(doc, (el) =>
      isWpBlockOf(el, 'telegram') ||
      isPostScript(el) ||
      (el.name === 'iframe' &&
        /^https:\/\/t\.me\/\w+\/\d+\?embed=1/.test(el.attribs['src'] ?? '') &&
        !isPostScript(DomUtils.prevElementSibling(el)) &&
        !isPostScript(DomUtils.nextElementSibling(el))),
    ).length,
  lookAlike: (el) => el.name === 'a' && /\/\/(?:t|telegram)\.me\//.test(el.attribs['href'] ?? ''),
});
