/** Flattened Facebook embeds in text (our own writing), with "does not find" beside each form. */
import { describe } from 'vitest';
import { textRouteTable, type TextCase } from '../../helpers/flattened.js';

describe('flattened Facebook embeds', () => {
  const finds: TextCase[] = [
    {
      description: 'an English byline glued to the body, a no-break space before the date',
      input: 'Prose.\n\nFerry back on Monday.Posted by Harbour City Council on\u00a0Thursday, August 27, 2015\n\nMore prose.',
      expected: [{ platform: 'facebook', text: 'Ferry back on Monday.', author: { name: 'Harbour City Council', handle: null }, date: '2015-08-27', dateText: 'Thursday, August 27, 2015' }],
    },
    {
      description: 'a Spanish byline on its own line',
      input: 'Recogida de ropa el sábado.\nPublicado por Ayuntamiento del Puerto en jueves, 26 de marzo de 2020',
      expected: [{ text: 'Recogida de ropa el sábado.', author: { name: 'Ayuntamiento del Puerto' }, date: '2020-03-26' }],
    },
    {
      description: 'the fallback\'s paragraph on its own line: the page\'s lines above its blank line stay out',
      input: 'Menu\nRegion\nSport\nculture\n\nCollecte de dons ce samedi au port.\nPubliée par Mairie du Port sur Jeudi 26 mars 2020\nSuite de l\'article.',
      expected: [{ text: 'Collecte de dons ce samedi au port.', author: { name: 'Mairie du Port' }, date: '2020-03-26' }],
    },
    {
      description: 'a byline after a blank line: no body, not the article above',
      input: 'The council met on Thursday.\n\nPosted by Harbour City Council on Thursday, August 27, 2015',
      expected: [{ text: null, author: { name: 'Harbour City Council' }, date: '2015-08-27' }],
    },
  ];
  const misses = [
    { description: '"Posted by" in prose, no date after the name', input: 'Posted by the editor on Monday, this story was updated.' },
    { description: 'lower-case "posted by" with a date (prose, not the fallback)', input: 'It was posted by the council on Thursday, August 27, 2015.' },
  ];
  textRouteTable('facebook', finds, misses);
});
