/**
 * Families of answers read by one mechanism each, in the four languages:
 * a name inside a sentence written with capitals, a yes or no said through
 * a belief verb or a wish in the conditional, a no followed by a
 * reassurance, a denied option, two options named, a compound that ends or
 * begins with a label, "this number" in a sentence on WhatsApp, and the
 * part of a several-choice answer left to ask about. Each with the near
 * misses that must stay a re-ask.
 */
import { describe, expect, it } from 'vitest';
import { createHotlineCalendar, parseHotlineHours } from '../../src/cases/hotline-hours.js';
import { parseChoice, parseYesNo, readMultiChoice } from '../../src/conversation/answers.js';
import { readCallback, readCheck } from '../../src/conversation/crisis-path.js';
import type { FormContext, Question } from '../../src/conversation/form.js';
import { parseName } from '../../src/conversation/names.js';
import { parseAnswer, phoneAndEmail as parsePhoneAndEmail, readRest, reaskText, restMessage } from '../../src/conversation/questions.js';
import type { Lang } from '../../src/conversation/types.js';
import { flowById } from '../../src/flows/index.js';
import { signals } from '../../src/flows/options.js';

const hotline = createHotlineCalendar(parseHotlineHours('Mon-Fri 08:30-17:00'));
const context = (lang: Lang, channel: FormContext['channel'] = 'whatsapp'): FormContext =>
  ({ lang, channel, userId: '+32470000001', answers: {}, hotline, now: new Date('2026-12-01T20:00:00Z') }) as unknown as FormContext;
const question = (flow: string, id: string): Question => {
  const q = flowById(flow as Parameters<typeof flowById>[0]).questions.find((x) => x.id === id);
  if (!q) throw new Error(`no question ${flow}.${id}`);
  return q;
};

describe('a name inside a sentence', () => {
  it.each([
    ["j'mappel Sophie Renard, de la fiduciaire", 'Sophie Renard'],
    ['spreek met Jan De Wolf van het sociaal secretariaat', 'Jan De Wolf'],
    ['schreibt euch Klaus Berger', 'Klaus Berger'],
    ['Marie dupont', 'Marie dupont'],
    ['folks call me Robbie', 'Robbie'],
    ['ik ben de Lotte', 'Lotte'],
    ['Grüezi, Urs Meier hier', 'Urs Meier'],
  ])('%j is %j', (text, name) => {
    expect(parseName(text, 80)).toEqual({ ok: true, value: name });
  });

  it('a family name keeps its lower-case particle', () => {
    expect(parseName('de Backer', 80, { family: true })).toEqual({ ok: true, value: 'de Backer' });
  });

  it.each([
    ['Dupont ou Dumont, je sais plus'],
    ['Jansen of Janssens'],
    ['ich bleibe lieber anonym'],
    ['je préfère rester anonyme'],
    ['mein Vorname spielt keine Rolle'],
  ])('%j is asked again', (text) => {
    expect(parseName(text, 80).ok).toBe(false);
  });
});

describe('yes and no said another way', () => {
  it.each([
    ['je crois pas, il est juste épuisé', false],
    ['ik denk het niet, gewoon moe', false],
    ['glaub ned, nur erschöpft', false],
    ["i don't think so, she's just worn out", false],
    ['je pense que oui', true],
    ['denk het wel', true],
    ['glaub schon', true],
    ['i think so', true],
    ['ce serait super, merci', true],
    ['dat zou fijn zijn', true],
    ['das wäre super', true],
    ['that would be great', true],
    ["no, it's fine", false],
    ['nee, is goed zo', false],
    ['na, passt schon', false],
    ['na klar', true],
    ["pas pour l'instant", false],
    ['voorlopig niet', false],
  ])('%j is %s', (text, value) => {
    expect(parseYesNo(text, 'fr')).toEqual({ ok: true, value });
  });

  it.each([['na ja'], ['kinda maybe'], ['oui et non']])('%j is asked again', (text) => {
    expect(parseYesNo(text, 'fr').ok).toBe(false);
  });
});

describe('one choice among several', () => {
  const modality = question('help_request', 'modality');
  const options = modality.type.kind === 'choice' ? modality.type.options(context('fr')) : [];

  it.each([
    ['plutôt en personne, pas de vidéo', 'fr', 'in_person'],
    ['liever video, geen telefoon', 'nl', 'video'],
    ['persönlich, kein Telefon bitte', 'de', 'in_person'],
  ])('a denied option is not the pick: %j', (text, lang, value) => {
    expect(parseChoice(text, options, lang as Lang)).toEqual({ ok: true, value });
  });

  it.each([
    ['video ou téléphone', 'fr'],
    ['telefoon of video', 'nl'],
  ])('two options named are asked about: %j', (text, lang) => {
    expect(parseChoice(text, options, lang as Lang).ok).toBe(false);
  });

  it('a plain yes first answers a yes / no / not asked choice', () => {
    expect(parseAnswer(question('sentinel_alert', 'consent'), 'ja, hij vond het zelf een goed idee', context('nl'))).toMatchObject({
      ok: true,
      value: 'yes',
    });
    expect(parseAnswer(question('sentinel_alert', 'consent'), 'not yet, I wanted to ask you first', context('en'))).toMatchObject({
      ok: true,
      value: 'not_asked',
    });
  });

  it.each([
    ['hij is melkveeboer', 'nl', 'agriculture'],
    ['Schweinebauer', 'de', 'agriculture'],
  ])('a compound ending with a label: %j', (text, lang, value) => {
    expect(parseAnswer(question('help_request', 'sector'), text, context(lang as Lang))).toMatchObject({ ok: true, value });
  });
});

describe('several choices', () => {
  it('a compound beginning with a label: "Schlafstörungen und Geldnot"', () => {
    const read = readMultiChoice('Schlafstörungen und Geldnot', signals, 'de');
    expect(read).toMatchObject({ ok: true, value: { values: ['financial', 'sleep'] } });
  });

  it('only the part that stands alone is asked about, with the choices not taken', () => {
    const q = question('sentinel_alert', 'signals');
    const c = context('en');
    const parsed = parseAnswer(q, 'exhausted, lonely and his van got repossessed', c);
    expect(parsed).toMatchObject({ ok: true, value: ['exhaustion', 'isolation'], rest: ['his van got repossessed'] });
    const message = restMessage(q, ['exhaustion', 'isolation'], ['his van got repossessed'], c);
    expect(message?.text).toContain('his van got repossessed');
    expect(message?.choices?.map((x) => x.label)).not.toContain('Exhaustion');
    expect(readRest(q, ['exhaustion', 'isolation'], '1', c)).toEqual(['financial', 'exhaustion', 'isolation']);
    expect(readRest(q, ['exhaustion', 'isolation'], 'no', c)).toEqual(['exhaustion', 'isolation']);
    expect(readRest(q, ['exhaustion', 'isolation'], 'whatever', c)).toEqual(['exhaustion', 'isolation']);
  });
});

describe('"this number" in a sentence', () => {
  const contact = question('sentinel_alert', 'sentinelContact');

  it.each([
    ['ce numéro-là, très bien', 'fr'],
    ['gewoon op dit nummer', 'nl'],
    ['gern diese Nummer', 'de'],
    ['just use this number', 'en'],
    ['ici sur whatsapp', 'fr'],
  ])('on WhatsApp %j is the sender', (text, lang) => {
    expect(parseAnswer(contact, text, context(lang as Lang))).toEqual({ ok: true, value: '+32470000001' });
  });

  it('not this number is not the sender', () => {
    expect(parseAnswer(contact, 'pas ce numéro-là', context('fr')).ok).toBe(false);
  });

  it('at the e-mail question too, one address in a sentence; a doubted one is asked again', () => {
    const email = question('help_request', 'email');
    expect(parseAnswer(email, 'sam.k@telenet.be merci bcp', context('fr'))).toEqual({ ok: true, value: 'sam.k@telenet.be' });
    expect(parseAnswer(email, 'sam.k@telenet.be denk ik, niet zeker', context('nl')).ok).toBe(false);
    expect(parsePhoneAndEmail('0470 12 34 56 ou sam@mail.be')).toEqual({ phone: '+32470123456', email: 'sam@mail.be' });
  });

  it('one address in a sentence', () => {
    expect(parseAnswer(contact, 'marie@compta.be is the best', context('en'))).toEqual({ ok: true, value: 'marie@compta.be' });
  });
});

describe('two options offered, or named and then doubted', () => {
  const modality = question('help_request', 'modality');
  const contactMethod = question('help_request', 'contactMethod');

  it.each([
    ['phone or face to face, both have pros and cons', 'en'],
    ['Video oder vor Ort, schwer zu sagen', 'de'],
    ['téléphone... ou plutôt visio, enfin je sais pas', 'fr'],
    ['telefoon of video', 'nl'],
  ])('%j is asked again', (text, lang) => {
    expect(parseAnswer(modality, text, context(lang as Lang)).ok).toBe(false);
  });

  it('"mail of bellen" in Dutch is two ways; English "of" is not "or"', () => {
    expect(parseAnswer(contactMethod, 'allee, mail of bellen, maakt mij nie uit', context('nl')).ok).toBe(false);
    expect(parseAnswer(modality, 'face to face instead of video', context('en'))).toEqual({ ok: false, reason: 'ambiguous' });
    expect(parseAnswer(modality, 'in person, on top of that I hate screens', context('en'))).toEqual({ ok: true, value: 'in_person' });
  });

  it('"I don\'t know" alone still means no preference; two options that both will do are asked about', () => {
    expect(parseAnswer(modality, 'je sais pas', context('fr'))).toEqual({ ok: true, value: 'no_preference' });
    // Either of two rules the third out: not "no preference".
    expect(parseAnswer(modality, 'telefoon of video, maakt niet uit', context('nl')).ok).toBe(false);
  });
});

describe('a no denied is a yes', () => {
  it.each([
    ['je dirais pas non, si ça peut aider', true],
    ["I wouldn't say no to that", true],
    ['daar zeg ik geen nee tegen', true],
    ['da sag ich nicht nein', true],
    ['non, je ne dis rien', false],
  ])('%j is %s', (text, value) => {
    expect(parseYesNo(text, 'fr')).toEqual({ ok: true, value });
  });
});

describe('names: what is said around them', () => {
  it.each([
    ['Sagen Sie einfach Uli', 'Uli'],
    ['Grüezi, Reto Baumann am Apparat', 'Reto Baumann'],
    ['Servus, da Florian Gruber', 'Florian Gruber'],
    ['hi there, Amira Khalil', 'Amira Khalil'],
    ['McCarthy I believe', 'McCarthy'],
    ["Nathalie Leroy à l'appareil", 'Nathalie Leroy'],
    ['Ich heiße Anna und wohne in Eupen', 'Anna'],
    ["Bonsoir, excusez l'heure tardive, je m'appelle Valérie Hennebert et je suis comptable", 'Valérie Hennebert'],
    ['Mme Anne-Catherine Lombard, de la caisse', 'Anne-Catherine Lombard'],
    ['Goeiendag, met Geert Vanhoutte, ik ben begeleider bij een vzw', 'Geert Vanhoutte'],
    ['Ingrid Lambertz aus Eupen', 'Ingrid Lambertz'],
    ['Mein Vorname ist Ralf', 'Ralf'],
    ['Gruber heißt er, glaub i', 'Gruber'],
    ['Siobhan, it is Irish', 'Siobhan'],
    ['I am Tom and I live in Ghent', 'Tom'],
    ["elle, c'est Laetitia", 'Laetitia'],
    ['mit Nachnamen heißt er Rauw', 'Rauw'],
    ['Antoine mais tout le monde m’appelle Toto', 'Antoine'],
  ])('%j is %j', (text, name) => {
    expect(parseName(text, 80)).toEqual({ ok: true, value: name });
  });

  it('a title and one word is a family name, not a first name', () => {
    expect(parseName('I only know her as Mrs Leclercq', 80).ok).toBe(false);
    expect(parseName("c'est mon client monsieur Lemaire", 80).ok).toBe(false);
    expect(parseName('monsieur Lemaire', 80, { family: true })).toEqual({ ok: true, value: 'Lemaire' });
  });

  it('the wish to give none is asked again; a family name keeps its article', () => {
    expect(parseName('liever geen naam', 80).ok).toBe(false);
    expect(parseName('de Smet', 80, { family: true })).toEqual({ ok: true, value: 'de Smet' });
  });
});

describe('"other:" and its description', () => {
  it.each([
    ['andere: zijn zaak is afgebrand', 'nl'],
    ['Sonstiges: sei Betrieb is abgebrannt', 'de'],
    ['autre - il a perdu son associé', 'fr'],
  ])('%j is "other" alone', (text, lang) => {
    expect(parseAnswer(question('sentinel_alert', 'signals'), text, context(lang as Lang))).toEqual({ ok: true, value: ['other'] });
  });
});

describe('a place in a sentence', () => {
  const postal = question('help_request', 'postalCode');
  it('two places, or somewhere near one, are asked again; a comma does not hide a name', () => {
    expect(parseAnswer(postal, 'Kelmis oder Eupen, ich zieh grad um', context('de')).ok).toBe(false);
    expect(parseAnswer(postal, 'irgendwo bei Malmedy, genauer weiß ichs ned', context('de')).ok).toBe(false);
    expect(parseAnswer(postal, 'Eupen, seit zehn Jahren', context('de'))).toEqual({
      ok: true,
      value: { code: '4700', region: 'german_community' },
    });
  });
});

describe('a yes after "but", and a yes some of the time', () => {
  it.each([
    ['je veux pas déranger mais oui svp', true],
    ["i'd rather not say but... yes", true],
    ['ik wil niet storen maar ja', true],
    ['ich will nicht stören, aber ja', true],
    ['ja, soms', true],
    ['sometimes yeah', true],
    ['manchmal scho, ja', true],
    ['ja, ich glaub schon, ich merk dass ich das nicht mehr alleine schaffe', true],
    ['ja graag, want ik weet echt nie hoe ik het moet aanpakken', true],
  ])('%j is %s', (text, value) => {
    expect(parseYesNo(text, 'fr')).toEqual({ ok: true, value });
  });

  it.each(['yes but no', 'peut-être oui', 'parfois'])('%j is not a plain answer', (text) => {
    expect(parseYesNo(text, 'fr').ok).toBe(false);
  });

  it('at the danger question, only a plain no is a no', () => {
    const danger = question('help_request', 'danger');
    expect(parseAnswer(danger, 'nee, ik denk er elke nacht aan', context('nl')).ok).toBe(false);
    expect(parseAnswer(danger, 'nee hoor', context('nl'))).toEqual({ ok: true, value: false });
    expect(parseAnswer(danger, 'soms wel ja', context('nl'))).toEqual({ ok: true, value: true });
    expect(parseAnswer(danger, 'kweet nie, hij zegt niks meer', context('nl')).ok).toBe(false);
    expect(parseAnswer(danger, 'non, juste épuisé', context('fr'))).toEqual({ ok: true, value: false });
  });
});

describe('how to be reached, in a sentence', () => {
  const how = question('help_request', 'contactMethod');
  it('a number or an address given there is the way, and is kept for the next question', () => {
    expect(parseAnswer(how, "vous pouvez m'appeler au 0472 11 22 33", context('fr'))).toEqual({
      ok: true,
      value: 'phone',
      also: { phone: '+32472112233' },
    });
    expect(parseAnswer(how, 'mail me at sam@mail.be please', context('en'))).toEqual({
      ok: true,
      value: 'email',
      also: { email: 'sam@mail.be' },
    });
  });

  it('on WhatsApp "call me" is the number they write from; elsewhere a number to give', () => {
    expect(parseAnswer(how, 'op dit nummer mag ge bellen', context('nl'))).toEqual({ ok: true, value: 'this_number' });
    expect(parseAnswer(how, 'bellen aub', context('nl', 'teams'))).toEqual({ ok: true, value: 'phone' });
    // "rappelez-moi" at this question answers it; it is not the call-back exit that ends the form.
    expect(parseAnswer(how, 'rappelez moi', context('fr', 'console'))).toEqual({ ok: true, value: 'phone' });
    expect(parseAnswer(how, 'mail of bellen, maakt mij niet uit', context('nl')).ok).toBe(false);
  });
});

describe('what follows a yes explains it', () => {
  it('"yes please, I have no idea how to bring it up" is a yes; "I have no idea" alone is not', () => {
    const advice = question('sentinel_alert', 'advice');
    expect(parseAnswer(advice, 'yes please, I have no idea how to bring it up', context('en'))).toEqual({ ok: true, value: true });
    expect(parseAnswer(advice, 'no idea', context('en')).ok).toBe(false);
  });
});

describe('doubt, deferral and denial read as such', () => {
  it('a pick doubted in the same answer is asked again, at a single choice', () => {
    for (const [flow, id, lang, text] of [
      ['help_request', 'activityStatus', 'fr', 'indépendant complémentaire je pense, mais pas sûr du tout'],
      ['help_request', 'sector', 'nl', 'wat verkoop en wat herstellingen, kweet nie waar da onder valt'],
      ['help_request', 'sector', 'de', 'von allem etwas, Verkauf und Reparaturen'],
      ['help_request', 'modality', 'en', 'it depends on the week really'],
    ] as const) {
      expect(parseAnswer(question(flow, id), text, context(lang)).ok, text).toBe(false);
    }
  });

  it('"maybe later" after a no leaves the no; "not sure" in dialect is not a yes', () => {
    expect(parseYesNo('nee, misschien later', 'nl')).toEqual({ ok: true, value: false });
    expect(parseYesNo('no thanks, maybe another time', 'en')).toEqual({ ok: true, value: false });
    expect(parseYesNo('misschien later', 'nl').ok).toBe(false);
    expect(parseYesNo('bin mir ned sicher', 'de').ok).toBe(false);
    expect(parseYesNo('kinda', 'en').ok).toBe(false);
  });

  it('a label that denies is not read from an answer that does not ("when I asked")', () => {
    const consent = question('sentinel_alert', 'consent');
    expect(parseAnswer(consent, 'he went quiet when I asked him', context('en')).ok).toBe(false);
    expect(parseAnswer(consent, "haven't asked him yet", context('en'))).toMatchObject({ ok: true, value: 'not_asked' });
  });

  it('a stem that is a common word names nothing: French "alles" is not Dutch "alleen"', () => {
    const read = readMultiChoice('er will alles beenden, sagt er', signals, 'de');
    expect(read.ok && read.value.values.includes('isolation')).toBe(false);
  });

  it('Flemish "ne" is an article, not a French denial', () => {
    expect(parseAnswer(question('sentinel_alert', 'sentinelRole'), 'ne goeie buurman van hem', context('nl'))).toMatchObject({
      ok: true,
      value: 'other',
    });
    expect(parseAnswer(question('sentinel_alert', 'modality'), "il n'aime pas le téléphone", context('fr')).ok).toBe(false);
  });

  it('only a maybe to an optional yes or no is a skip', () => {
    const survey = question('help_request', 'survey');
    expect(parseAnswer(survey, 'on verra', context('fr'))).toEqual({ ok: true, value: null });
    expect(parseAnswer(survey, 'vielleicht', context('de'))).toEqual({ ok: true, value: null });
  });

  it('a name after "der Nachname ist" or a glued article, and a remark after "von da"', () => {
    expect(parseName('der Nachname ist Gruber', 80, { family: true })).toEqual({ ok: true, value: 'Gruber' });
    expect(parseName("i bin d'Vreni", 80)).toEqual({ ok: true, value: 'Vreni' });
    expect(parseName('i bins, da Sepp von da Gmoa', 80)).toEqual({ ok: true, value: 'Sepp' });
  });
});

describe('a correction in the same breath, a reason after the pick, and "rather not"', () => {
  it.each([
    ['sentinel_alert', 'firstName', 'fr', 'Aurélie, non pardon, Aurore', 'Aurore'],
    ['sentinel_alert', 'sentinelName', 'nl', 'Koen Peeters, sorry, Koen Pieters', 'Koen Pieters'],
    ['sentinel_alert', 'sentinelName', 'de', 'Franz Huber, nein, Franz Hueber', 'Franz Hueber'],
    ['help_request', 'modality', 'de', 'per Telefon, ach nee, doch lieber in der Praxis', 'in_person'],
    ['help_request', 'activityStatus', 'nl', 'vroeger bijberoep, nu doe ik het voltijds', 'main'],
    ['help_request', 'phone', 'nl', '0472 33 44 55 of nee, 0472 33 44 56', '+32472334456'],
    ['help_request', 'email', 'en', 'tom@bakery.be no wait, tom@tomsbakery.be', 'tom@tomsbakery.be'],
  ])('%s.%s (%s) %j → %j', (flow, id, lang, text, value) => {
    const read = parseAnswer(question(flow, id), text, context(lang as Lang));
    expect(read.ok && read.value).toEqual(value);
  });

  it('takes nothing when what follows the correction is not an answer, and needs something to correct', () => {
    expect(parseAnswer(question('help_request', 'sector'), 'horeca, nee wacht, hoe zeg je dat nu', context('nl')).ok).toBe(false);
    // "nee, liever niet" opens with its no: an answer, not a correction.
    expect(parseAnswer(question('help_request', 'survey'), 'nee, liever niet', context('nl'))).toEqual({ ok: true, value: false });
  });

  it('reads the pick before a reason, and the preferred one before a remark', () => {
    const modality = question('help_request', 'modality');
    expect(parseAnswer(modality, 'par téléphone, je n’ai pas d’ordinateur', context('fr'))).toEqual({ ok: true, value: 'phone' });
    expect(parseAnswer(modality, 'video please, no car these days', context('en'))).toEqual({ ok: true, value: 'video' });
    const language = question('sentinel_alert', 'personLanguage');
    expect(parseAnswer(language, 'am liebsten Deutsch, sein Französisch ist schwach', context('de'))).toEqual({ ok: true, value: 'de' });
    expect(parseAnswer(language, 'francophone, mais il comprend aussi un peu le néerlandais', context('fr'))).toEqual({
      ok: true,
      value: 'fr',
    });
    // Two picks with nothing preferred stay a question.
    expect(parseAnswer(modality, 'video, of telefonisch', context('nl')).ok).toBe(false);
  });

  it('"liever niet" leaves out an optional code or name, and is a no to an optional yes or no', () => {
    expect(parseAnswer(question('help_request', 'postalCode'), 'liever niet', context('nl'))).toEqual({ ok: true, value: null });
    expect(parseAnswer(question('sentinel_alert', 'lastName'), 'lieber nicht', context('de'))).toEqual({ ok: true, value: null });
    expect(parseAnswer(question('help_request', 'survey'), 'rather not', context('en'))).toEqual({ ok: true, value: false });
  });
});

describe('no need is a no', () => {
  it.each([
    ['pas besoin, merci', 'fr'],
    ['hoeft niet', 'nl'],
    ['nöd nötig', 'de'],
    ['brauch ich nicht', 'de'],
    ['no need', 'en'],
  ])('%j is a no', (text, lang) => {
    expect(parseYesNo(text, lang as Lang)).toEqual({ ok: true, value: false });
  });
});

describe('none of those, a place after the trade, an age after the name, a number dialled with 00', () => {
  it('reads "none of those" as the other option, and a place as no trade', () => {
    expect(parseAnswer(question('sentinel_alert', 'sentinelRole'), 'aucun des deux, je suis son notaire', context('fr'))).toEqual({
      ok: true,
      value: 'other',
    });
    expect(parseAnswer(question('help_request', 'sector'), 'een frituur aan de markt', context('nl'))).toEqual({
      ok: true,
      value: 'horeca',
    });
  });
  it('keeps the name before an age, never a number as a name', () => {
    expect(parseName('Ruth, 52, bloemiste', 80)).toEqual({ ok: true, value: 'Ruth' });
    expect(parseName('0470 12 34 56', 80).ok).toBe(false);
    expect(parseName('Ruth 52', 80).ok).toBe(false);
  });
  it('reads 00 as the international prefix, and only at the start of a number', () => {
    expect(parseAnswer(question('help_request', 'phone'), '0049 170 1234567', context('de'))).toEqual({ ok: true, value: '+491701234567' });
    expect(parseAnswer(question('help_request', 'phone'), '0475 00 11 22', context('nl'))).toEqual({ ok: true, value: '+32475001122' });
  });
  it("reads a possible signal reported in a sentinel's words as dark thoughts", () => {
    const read = parseAnswer(question('sentinel_alert', 'signals'), 'hij zegt dat het voor hem niet meer hoeft', context('nl'));
    expect(read.ok && read.value).toEqual(['dark_thoughts']);
  });
});

describe('a no said again, a no that opens a more precise option, a consent reported', () => {
  it('reads "nee, da zeker nie" at the danger question as a no', () => {
    expect(parseAnswer(question('help_request', 'danger'), 'nein, des sicher ned', context('de'))).toEqual({ ok: true, value: false });
  });
  it('takes the precise option after an opening no', () => {
    expect(parseAnswer(question('sentinel_alert', 'consent'), 'non, je lui ai pas encore demandé', context('fr'))).toEqual({
      ok: true,
      value: 'not_asked',
    });
  });
  it('reads a consent reported in the sentinel\'s words, and leaves "I think so" to ask again', () => {
    expect(parseAnswer(question('sentinel_alert', 'consent'), 'hij zei ja toen ik het vroeg', context('nl'))).toEqual({
      ok: true,
      value: 'yes',
    });
    expect(parseAnswer(question('sentinel_alert', 'consent'), 'ik denk het wel', context('nl')).ok).toBe(false);
  });
});

describe('an option ruled out in its own clause, the rest picks', () => {
  const ask = (flow: string, id: string, text: string, lang: Lang) => parseAnswer(question(flow, id), text, context(lang));
  it.each([
    ['help_request', 'modality', 'pas en visio, plutôt en vrai', 'fr', 'in_person'],
    ['help_request', 'modality', 'telefoon niet, liefst op gesprek ter plaatse', 'nl', 'in_person'],
    ['help_request', 'modality', 'Video eher nicht, lieber telefonisch', 'de', 'phone'],
    ['sentinel_alert', 'activityStatus', 'not a side job, it is his main one', 'en', 'main'],
    ['help_request', 'contactMethod', 'pas sur ce numéro svp, plutôt par mail', 'fr', 'email'],
  ])('%s.%s: %j is %j', (flow, id, text, lang, value) => {
    expect(ask(flow, id, text, lang as Lang)).toMatchObject({ ok: true, value });
  });
  it('takes "other" when the rest says what the person is, and asks again when it says nothing', () => {
    expect(ask('sentinel_alert', 'sentinelRole', 'pas comptable, je suis notaire', 'fr')).toMatchObject({ ok: true, value: 'other' });
    expect(ask('sentinel_alert', 'sentinelRole', 'geen boekhouder hoor', 'nl').ok).toBe(false);
  });
  it('keeps a label that is itself a refusal, and a noun that only looks like "not"', () => {
    expect(ask('help_request', 'modality', 'pas de préférence', 'fr')).toMatchObject({ ok: true, value: 'no_preference' });
    expect(ask('sentinel_training', 'role', 'Beratung für Selbstständige in Not', 'de')).toMatchObject({
      ok: true,
      value: 'support_organisation',
    });
  });
  it('asks again when the two sides of an "and" are two options', () => {
    expect(ask('help_request', 'sector', 'je tiens un bistrot et je vends aussi du vin en magasin', 'fr').ok).toBe(false);
  });
});

describe('a yes or no after a sigh, said again, or softened', () => {
  it.each([
    ['bof, pas vraiment', false],
    ['amai, ja hoor', true],
    ['tja, eigentlich schon', true],
    ['Ja, graag, ik weet het niet meer', true],
    ['allee ja, waarom nie', true],
    ['awel, ik weet het nie', 'reask'],
  ])('%j at "leave a request" is %j', (text, value) => {
    const read = parseAnswer(question('help_request', 'leaveRequest'), text, context('nl'));
    if (value === 'reask') expect(read.ok).toBe(false);
    else expect(read).toEqual({ ok: true, value });
  });
  it('asks again at the danger question after a softened no and a "but", and keeps "not really, just"', () => {
    const danger = question('help_request', 'danger');
    expect(parseAnswer(danger, 'pas vraiment, mais je vais très mal', context('fr')).ok).toBe(false);
    expect(parseAnswer(danger, 'not really, just stressed', context('en'))).toEqual({ ok: true, value: false });
  });
  it('asks again when a sentinel only believes the person agreed, and a leave given with an opening no', () => {
    expect(parseAnswer(question('sentinel_alert', 'consent'), 'ja, glaub ich', context('de')).ok).toBe(false);
    expect(parseAnswer(question('help_request', 'consent'), 'nee hoor, ge moogt het bijhouden', context('nl')).ok).toBe(false);
  });
});

describe('names, addresses and places said with a slip', () => {
  it('takes the full name said again, and asks when two names are offered', () => {
    expect(parseAnswer(question('sentinel_alert', 'sentinelName'), "c'est Luc, Luc Mertens", context('fr'))).toEqual({
      ok: true,
      value: 'Luc Mertens',
    });
    expect(parseAnswer(question('sentinel_alert', 'lastName'), 'Peeters denk ik, of Peters', context('nl')).ok).toBe(false);
    expect(parseAnswer(question('help_request', 'firstName'), 'Anna, euh nee Annemie', context('nl'))).toEqual({
      ok: true,
      value: 'Annemie',
    });
  });
  it('takes an address whose domain is typed again, and does not skip an address half given', () => {
    expect(parseAnswer(question('help_request', 'email'), 'tom@hotmial.be sorry, hotmail.be', context('en'))).toEqual({
      ok: true,
      value: 'tom@hotmail.be',
    });
    expect(parseAnswer(question('sentinel_alert', 'email'), 'iets met telenet, ik weet het niet juist', context('nl')).ok).toBe(false);
    expect(parseAnswer(question('sentinel_alert', 'email'), 'hat er glaub ich keine', context('de'))).toEqual({ ok: true, value: null });
  });
  it('asks which commune for "Brussels" alone, and keeps a commune or the city said as such', () => {
    const postal = question('sentinel_alert', 'postalCode');
    expect(parseAnswer(postal, 'à Bruxelles', context('fr'))).toEqual({ ok: false, reason: 'which_commune' });
    expect(reaskText(postal, 'which_commune', 'nl', 1)).toContain('19 gemeenten');
    expect(parseAnswer(postal, 'ergens rond Brussel', context('nl'))).toMatchObject({ ok: false, reason: 'not_belgian_postal_code' });
    expect(parseAnswer(postal, 'Brussel-stad', context('nl'))).toMatchObject({ ok: true, value: { code: '1000' } });
    expect(parseAnswer(postal, 'Schaerbeek', context('fr'))).toMatchObject({ ok: true, value: { code: '1030' } });
  });
  it('asks again when the language the person speaks is not offered', () => {
    const language = question('sentinel_alert', 'personLanguage');
    expect(parseAnswer(language, 'hij spreekt vooral Turks, een beetje Nederlands', context('nl')).ok).toBe(false);
    expect(parseAnswer(language, 'liefst Nederlands, hij spreekt ook Turks', context('nl'))).toMatchObject({ ok: true, value: 'nl' });
  });
  it('reads "this number" only where it is not denied', () => {
    expect(parseAnswer(question('help_request', 'contactMethod'), 'nicht auf diese Nummer, lieber per Mail', context('de'))).toMatchObject({
      ok: true,
      value: 'email',
    });
  });
});

describe('"would you like to add something?" answered yes or no', () => {
  const context_ = question('sentinel_alert', 'context');
  it.each(['nee', 'non merci', 'nein danke', 'no thanks'])('%j adds nothing', (text) => {
    expect(parseAnswer(context_, text, context('nl'))).toEqual({ ok: true, value: null });
  });
  it('asks for the words after a bare yes, and keeps a yes that says them', () => {
    expect(parseAnswer(context_, 'oui', context('fr'))).toEqual({ ok: false, reason: 'go_on' });
    expect(reaskText(context_, 'go_on', 'fr', 1)).toContain('quelques mots');
    expect(parseAnswer(context_, 'ja, hij heeft zijn zaak moeten sluiten', context('nl'))).toMatchObject({ ok: true });
  });
});

describe('answers a tired or dictating person gives', () => {
  const ask = (flow: string, id: string, text: string, lang: Lang) => parseAnswer(question(flow, id), text, context(lang));
  it('reads a phone number and a postcode said in words', () => {
    expect(ask('help_request', 'phone', 'nul vier negen zeven twaalf vierendertig zesenvijftig', 'nl')).toEqual({
      ok: true,
      value: '+32497123456',
    });
    expect(ask('sentinel_alert', 'postalCode', 'vier duizend zeven honderd', 'nl')).toMatchObject({ ok: true, value: { code: '4700' } });
  });
  it('takes "this number" with a time to call, and not a time as a number', () => {
    expect(ask('sentinel_alert', 'sentinelContact', 'op dit nummer, maar pas na 18u', 'nl')).toEqual({ ok: true, value: '+32470000001' });
  });
  it('reads a reassurance then a no as a no', () => {
    expect(ask('sentinel_alert', 'advice', "c'est bon, pas besoin", 'fr')).toEqual({ ok: true, value: false });
  });
  it('skips a name or a code the person would rather not give, but answers a question back first', () => {
    expect(ask('sentinel_alert', 'lastName', 'zeg ik liever niet zonder haar akkoord', 'nl')).toEqual({ ok: true, value: null });
    expect(ask('help_request', 'postalCode', 'lieber nicht, muss das sein?', 'de').ok).toBe(false);
  });
  it('takes what is now after what was before', () => {
    expect(ask('help_request', 'activityStatus', 'eerst bijberoep, sinds maart hoofdberoep', 'nl')).toMatchObject({
      ok: true,
      value: 'main',
    });
  });
  it('asks again at the danger question after a softened no, said alone or trailing off', () => {
    expect(ask('help_request', 'danger', 'niet echt…', 'nl').ok).toBe(false);
    expect(ask('help_request', 'danger', 'niet echt', 'nl').ok).toBe(false);
    expect(ask('help_request', 'danger', 'niet echt, gewoon moe', 'nl')).toMatchObject({ ok: true, value: false });
  });
  it('asks again when a "but" rules the pick out', () => {
    expect(ask('help_request', 'modality', 'video, maar ik heb geen computer', 'nl').ok).toBe(false);
  });
  it('takes the offered language after a "but" when the first one is not offered', () => {
    expect(ask('sentinel_alert', 'personLanguage', 'chez lui il parle turc, mais le français ça va', 'fr')).toMatchObject({
      ok: true,
      value: 'fr',
    });
  });
  it('reads "none of those" as other in a several-choice answer', () => {
    expect(ask('sentinel_alert', 'signals', 'geen van die, hij verwaarloost zichzelf', 'nl')).toEqual({ ok: true, value: ['other'] });
  });
  it('corrects one word of a full name, its spelling said after it', () => {
    expect(ask('sentinel_training', 'name', 'Lies Janssen, sorry Janssens met s', 'nl')).toEqual({ ok: true, value: 'Lies Janssens' });
    expect(ask('sentinel_training', 'name', 'Marc, nom de famille suit', 'fr').ok).toBe(false);
  });
  it('does not take a sound for a name', () => {
    expect(ask('help_request', 'firstName', 'hmm', 'nl').ok).toBe(false);
  });
});

describe('"call me" to how we may reach the person', () => {
  it('is by phone on Teams and this number on WhatsApp, and not when denied', () => {
    const how = question('help_request', 'contactMethod');
    expect(parseAnswer(how, 'rufen Sie mich an', context('de', 'teams'))).toMatchObject({ ok: true, value: 'phone' });
    expect(parseAnswer(how, 'bel me gewoon', context('nl'))).toMatchObject({ ok: true, value: 'this_number' });
    expect(parseAnswer(how, 'pas appeler, plutôt un mail', context('fr', 'teams'))).toMatchObject({ ok: true, value: 'email' });
  });
});

describe('dev9: a reservation after a no, numbers from abroad, spoken addresses, trades and skips', () => {
  const ask = (flow: string, id: string, text: string, lang: Lang) => parseAnswer(question(flow, id), text, context(lang));

  it.each([
    ['sentinel_alert', 'no but I am worried about him', 'en'],
    ['help_request', 'no but I am scared of my own thoughts', 'en'],
    ['sentinel_alert', 'non mais il parle souvent de tout arrêter', 'fr'],
    ['sentinel_alert', 'nee, maar hij zei vorige week dat het allemaal geen zin meer heeft', 'nl'],
    ['sentinel_alert', 'nein, aber er trinkt viel und redet komisch', 'de'],
  ])('at the danger question (%s), %j is asked again, not a no', (flow, text, lang) => {
    expect(ask(flow, 'danger', text, lang as Lang).ok).toBe(false);
  });

  it.each([
    ['nee, maar ik slaap slecht', 'nl'],
    ['non, il est fatigué mais il a pas parlé de ça', 'fr'],
    ["no, I'm not worried, he is just tired", 'en'],
  ])('%j stays a no: the reservation is plain tiredness, or itself denied', (text, lang) => {
    expect(ask('sentinel_alert', 'danger', text, lang as Lang)).toMatchObject({ ok: true, value: false });
  });

  it.each([
    ["'t is een Nederlands nummer: 06 12345678", 'nl', '+31612345678'],
    ['Handy 0151 23456789, deutsche Nummer', 'de', '+4915123456789'],
    ['+44 7700 900123', 'en', '+447700900123'],
    ['+31 6 98765432', 'nl', '+31698765432'],
  ])('the number %j is %s', (text, lang, number) => {
    expect(ask('sentinel_alert', 'phone', text, lang as Lang)).toMatchObject({ ok: true, value: number });
  });

  it('never takes a piece of a longer run of digits for a Belgian number', () => {
    expect(ask('sentinel_alert', 'phone', '06 12345678', 'nl').ok).toBe(false);
    // Eleven digits from 015/016/017 are no Belgian number at all: a German mobile, written nationally.
    expect(ask('sentinel_alert', 'phone', '0151 23456789', 'de')).toMatchObject({ ok: true, value: '+4915123456789' });
  });

  it('reads an address said aloud after a hesitation', () => {
    expect(ask('sentinel_alert', 'email', "euh c'est luc point dupont arobase skynet point be", 'fr')).toMatchObject({
      ok: true,
      value: 'luc.dupont@skynet.be',
    });
  });

  it('reads a German feminine as the trade it is made from, and the longest part of a compound', () => {
    expect(ask('help_request', 'sector', 'Ich bin Landwirtin, Milchvieh', 'de')).toMatchObject({ ok: true, value: 'agriculture' });
    expect(ask('help_request', 'sector', 'Wirtin', 'de')).toMatchObject({ ok: true, value: 'horeca' });
    expect(ask('help_request', 'sector', 'Schreinerin', 'de')).toMatchObject({ ok: true, value: 'construction' });
  });

  it('does not read a common word as a typo of a label ("about" is not "à bout")', () => {
    expect(ask('sentinel_alert', 'signals', "financial trouble, he's about to go bankrupt", 'en')).toEqual({
      ok: true,
      value: ['financial'],
    });
  });

  it.each([
    ["I'd rather skip this one", 'en'],
    ['die sla ik liever over', 'nl'],
    ['das überspringe ich', 'de'],
  ])('%j skips an optional question', (text, lang) => {
    expect(ask('help_request', 'survey', text, lang as Lang)).toMatchObject({ ok: true, value: null });
  });

  it('does not skip when the skip is denied', () => {
    expect(ask('help_request', 'survey', "please don't skip", 'en')).not.toMatchObject({ value: null });
  });

  it('reads "nr" as number in "this number"', () => {
    expect(ask('sentinel_alert', 'sentinelContact', 'dit nr is goed', 'nl')).toMatchObject({ ok: true, value: '+32470000001' });
  });

  it('takes the answer after the question repeated', () => {
    expect(ask('sentinel_training', 'name', 'mijn naam? Wim Goossens', 'nl')).toMatchObject({ ok: true, value: 'Wim Goossens' });
    expect(ask('sentinel_training', 'name', 'waarom mijn naam?', 'nl').ok).toBe(false);
  });

  it('splits a full name given to the first name when the surname is asked next', () => {
    expect(ask('sentinel_alert', 'firstName', "Jan Peeters, he's a baker", 'en')).toEqual({
      ok: true,
      value: 'Jan',
      also: { lastName: 'Peeters' },
    });
    expect(ask('help_request', 'firstName', 'Jan Peeters', 'nl')).toMatchObject({ ok: true, value: 'Jan Peeters' });
  });
});

describe('dev10: surnames, meeting formats and postcodes said the way people say them', () => {
  const ask = (flow: string, id: string, text: string, lang: Lang) => parseAnswer(question(flow, id), text, context(lang));

  it.each([
    ["c'est Sophie Lambert", 'fr', 'Lambert'],
    ['Tom Van den Bossche', 'nl', 'Van den Bossche'],
    ['van der Meulen', 'nl', 'van der Meulen'],
    ['P-I-R-O-T-T-E', 'fr', 'Pirotte'],
    ['S C H M I T Z', 'de', 'Schmitz'],
    ['Martens, sorry, Mertens', 'nl', 'Mertens'],
    ['Goffin - pardon, Goffinet', 'fr', 'Goffinet'],
    ['de Clercq avec un petit d', 'fr', 'de Clercq'],
  ])('the family name in %j is %j', (text, lang, name) => {
    expect(ask('sentinel_alert', 'lastName', text, lang as Lang)).toMatchObject({ ok: true, value: name });
  });

  it.each([
    ['je préfère ne pas le donner, il ne sait pas que je vous écris', 'fr'],
    ['nicht bekannt, leider', 'de'],
    ["rather not say, she doesn't know I'm writing to you", 'en'],
  ])('%j leaves the optional family name out', (text, lang) => {
    expect(ask('sentinel_alert', 'lastName', text, lang as Lang)).toMatchObject({ ok: true, value: null });
  });

  it('asks again when two spellings are offered, even with "not sure"', () => {
    expect(ask('sentinel_alert', 'lastName', 'Maes, or Maas, not sure', 'en').ok).toBe(false);
  });

  it.each([
    ['il déteste la visio, plutôt par téléphone', 'fr', 'phone'],
    ['hij heeft een hekel aan videobellen, liever langskomen', 'nl', 'in_person'],
    ['er hasst Videocalls, Telefon geht', 'de', 'phone'],
    ['telefoon of video, voorkeur telefoon', 'nl', 'phone'],
    ['by video... actually by phone', 'en', 'phone'],
  ])('the format in %j is %s', (text, lang, value) => {
    expect(ask('sentinel_alert', 'modality', text, lang as Lang)).toMatchObject({ ok: true, value });
  });

  it.each([
    ['en cabinet, mais elle ne peut pas conduire', 'fr'],
    ['in de praktijk, maar hij kan het huis niet uit', 'nl'],
    ['Hauptberuf, oder eigentlich Nebenberuf, ich bin verwirrt', 'de'],
    ['phone or in person, both have their good sides', 'en'],
    // Either of two said to suit rules the others out: which one is asked, not "no preference".
    ['téléphone ou cabinet, les deux lui vont', 'fr'],
    ['Video oder Praxis, beides ok', 'de'],
  ])('%j is asked again', (text, lang) => {
    const q = text.startsWith('Hauptberuf') ? 'activityStatus' : 'modality';
    expect(ask('help_request', q, text, lang as Lang).ok).toBe(false);
  });

  it.each([
    ['5 0 0 0', '5000'],
    ['4OOO Liège', '4000'],
    ['I do not know her postcode, she lives in Arlon', '6700'],
    ['Wezembeek-Oppem, near Brussels', '1970'],
  ])('the postcode in %j is %s', (text, code) => {
    expect(ask('help_request', 'postalCode', text, 'en')).toMatchObject({ ok: true, value: { code } });
  });

  it.each([['6221 BX Maastricht'], ['1020 Wien'], ['Genk 3050'], ['province de Namur, je sais pas plus']])(
    '%j is not taken as a Belgian postcode',
    (text) => {
      expect(ask('sentinel_alert', 'postalCode', text, 'en').ok).toBe(false);
    },
  );
});

describe('dev11: a colleague named beside one, an option echoed and denied, a softened no, data written to fool robots', () => {
  const ask = (flow: string, id: string, text: string, lang: Lang) => parseAnswer(question(flow, id), text, context(lang));

  it('takes the writer, not the colleague named first', () => {
    expect(
      ask('sentinel_alert', 'sentinelName', "c'est mon collègue Marc Dufour qui a le dossier, mais moi c'est Anne Leroy", 'fr'),
    ).toMatchObject({
      ok: true,
      value: 'Anne Leroy',
    });
  });

  it('takes the full name said after the family name', () => {
    expect(ask('sentinel_alert', 'sentinelName', 'Mein Name ist Berg, Thomas Berg', 'de')).toMatchObject({
      ok: true,
      value: 'Thomas Berg',
    });
  });

  it.each([
    ['horeca? non, je fais du nettoyage de bureaux', 'fr', 'help_request', 'sector', 'services'],
    ['Video? Nee, lieber nicht, eher telefonisch', 'de', 'help_request', 'modality', 'phone'],
  ])('%j: the option echoed and denied, then the answer', (text, lang, flow, id, value) => {
    expect(ask(flow, id, text, lang as Lang)).toMatchObject({ ok: true, value });
  });

  it('asks again when two options are named in one breath ("hoofd- of bijberoep")', () => {
    expect(ask('sentinel_alert', 'activityStatus', 'ze is zelfstandige, maar hoofd- of bijberoep weet ik niet', 'nl').ok).toBe(false);
  });

  it('does not take money troubles said not to be there', () => {
    expect(ask('sentinel_alert', 'signals', "pas de problèmes d'argent, mais il s'isole complètement", 'fr')).toMatchObject({
      ok: true,
      value: ['isolation'],
    });
    expect(ask('sentinel_alert', 'signals', "pas d'argent, il ne dort plus", 'fr')).toMatchObject({ ok: true });
  });

  it('asks again after a bare "not really" at the danger question, and keeps "not really, just tired" a no', () => {
    expect(ask('help_request', 'danger', 'not really', 'en').ok).toBe(false);
    expect(ask('help_request', 'danger', 'not really, just tired', 'en')).toMatchObject({ ok: true, value: false });
  });

  it('reads "(at)" in an address, and an address said aloud after "mon adresse c\'est"', () => {
    expect(ask('help_request', 'email', 'jan.peeters(at)telenet.be', 'nl')).toMatchObject({ ok: true, value: 'jan.peeters@telenet.be' });
    expect(ask('help_request', 'email', "mon adresse c'est lucie arobase gmail point com", 'fr')).toMatchObject({
      ok: true,
      value: 'lucie@gmail.com',
    });
  });

  it('skips the optional survey at "peut-être"', () => {
    expect(ask('help_request', 'survey', 'peut-être', 'fr')).toMatchObject({ ok: true, value: null });
  });
});

describe('dev12: denials after the option, a believed no, degrees, two contacts, a preference weighed', () => {
  const ask = (flow: string, id: string, text: string, lang: Lang) => parseAnswer(question(flow, id), text, context(lang));

  it('keeps only what is not denied when the denial closes the part ("Alkohol ist es nicht")', () => {
    expect(ask('sentinel_alert', 'signals', 'hij isoleert zich, drank is het niet', 'nl')).toMatchObject({
      ok: true,
      value: ['isolation'],
    });
    expect(ask('sentinel_alert', 'signals', 'exhausted, alcohol it is not', 'en')).toMatchObject({ ok: true, value: ['exhaustion'] });
    // A denial of something else in the same part leaves the option: "er trinkt und schläft nicht" names both.
    expect(ask('sentinel_alert', 'signals', 'Alkohol und er schläft nicht', 'de')).toMatchObject({ ok: true });
  });

  it('does not take a pick from the first clause that a later clause denies', () => {
    expect(ask('sentinel_training', 'role', 'au tribunal, mais pas au tribunal de l entreprise, au tribunal du travail', 'fr').ok).toBe(
      false,
    );
    expect(ask('help_request', 'contactMethod', 'lieber per Telefon, aber nicht auf dieses Handy', 'de')).toMatchObject({
      ok: true,
      value: 'phone',
    });
  });

  it('asks again at the danger question when the no is only believed, and keeps a belief denied a no', () => {
    expect(ask('sentinel_alert', 'danger', 'nee, nu niet acuut denk ik', 'nl').ok).toBe(false);
    expect(ask('sentinel_alert', 'danger', 'no, not right now I guess', 'en').ok).toBe(false);
    expect(ask('sentinel_alert', 'danger', 'non je pense pas, il est surtout fatigué', 'fr')).toMatchObject({ ok: true, value: false });
  });

  it('asks again when consent comes with a maybe', () => {
    expect(ask('sentinel_alert', 'consent', 'non. enfin, il a dit peut-être plus tard', 'fr').ok).toBe(false);
    expect(ask('sentinel_alert', 'consent', 'Er hat nein gesagt, vielleicht später', 'de').ok).toBe(false);
  });

  it('leaves degrees out of a name', () => {
    expect(ask('sentinel_training', 'name', 'Dr. Sofie Maes', 'nl')).toMatchObject({ ok: true, value: 'Sofie Maes' });
    expect(ask('sentinel_training', 'name', 'Ing. Peter Huber', 'de')).toMatchObject({ ok: true, value: 'Peter Huber' });
    expect(ask('sentinel_training', 'name', 'Drew Collins', 'en')).toMatchObject({ ok: true, value: 'Drew Collins' });
  });

  it('asks which when a number and "this number" are both offered', () => {
    expect(ask('sentinel_alert', 'sentinelContact', '0495 11 22 33 of gewoon dit nummer', 'nl').ok).toBe(false);
  });

  it('reads a preference weighed against another option, and leaves a fallback on a condition open', () => {
    expect(ask('help_request', 'modality', 'plutôt en vrai qu en visio', 'fr')).toMatchObject({ ok: true, value: 'in_person' });
    expect(ask('help_request', 'modality', 'liever bellen dan videobellen', 'nl')).toMatchObject({ ok: true, value: 'phone' });
    expect(ask('help_request', 'modality', 'video if possible, otherwise phone', 'en')).toMatchObject({ ok: true, value: 'video' });
    expect(ask('help_request', 'modality', 'in der Praxis wenn es nah ist, sonst Telefon', 'de').ok).toBe(false);
    expect(ask('help_request', 'modality', 'phone or video, not in person', 'en').ok).toBe(false);
  });
});

describe('dev13: a thought after a no, another line, either of two, provinces, names on forms', () => {
  const ask = (flow: string, id: string, text: string, lang: Lang, channel: FormContext['channel'] = 'whatsapp') =>
    parseAnswer(question(flow, id), text, context(lang, channel));

  it('asks again when a no at the danger question goes on to the thought, in its own clause', () => {
    expect(ask('help_request', 'danger', 'non, mais ça me trotte dans la tête, des pensées noires', 'fr').ok).toBe(false);
    expect(ask('help_request', 'danger', 'nein, aber ich hab nachgeschaut wie das geht', 'de').ok).toBe(false);
    expect(ask('help_request', 'danger', 'nee, maar ik slaap niet en de gedachten komen terug', 'nl').ok).toBe(false);
    // Tiredness at night, and a thought denied, stay a no.
    expect(ask('help_request', 'danger', 'no, just tired at night', 'en')).toMatchObject({ ok: true, value: false });
    expect(ask('help_request', 'danger', 'nee, daar denk ik niet aan', 'nl')).toMatchObject({ ok: true, value: false });
  });

  it('reads a name said as "c moi …" or "der Name ist …", and "Family, Given" on a form', () => {
    expect(ask('sentinel_alert', 'sentinelName', 'c moi julie renard', 'fr')).toMatchObject({ ok: true, value: 'julie renard' });
    expect(ask('sentinel_alert', 'lastName', 'der Name ist Hoffmann', 'de')).toMatchObject({ ok: true, value: 'Hoffmann' });
    expect(ask('sentinel_training', 'name', 'Claes, Marieke', 'nl')).toMatchObject({ ok: true, value: 'Marieke Claes' });
  });

  it('takes another line of theirs as another number, and asks when mail and this number are both offered', () => {
    expect(ask('help_request', 'contactMethod', 'bel me op mijn werknummer', 'nl')).toMatchObject({ ok: true, value: 'phone' });
    expect(ask('help_request', 'contactMethod', 'on my landline please', 'en')).toMatchObject({ ok: true, value: 'phone' });
    expect(ask('help_request', 'contactMethod', 'par mail ou sur ce numéro, égal', 'fr').ok).toBe(false);
  });

  it('does not take a question back about the number for the number', () => {
    expect(ask('sentinel_alert', 'sentinelContact', 'pourquoi, mon numéro sera transmis au client ?', 'fr').ok).toBe(false);
  });

  it('asks where a province or a code from abroad is given', () => {
    expect(ask('help_request', 'postalCode', 'Henegouwen', 'nl').ok).toBe(false);
    expect(ask('help_request', 'postalCode', 'F-59000 Lille', 'fr').ok).toBe(false);
  });

  it('rules out what follows "sauf" or "no-go", and asks when two formats are said to suit', () => {
    expect(ask('help_request', 'modality', 'alles außer Video', 'de').ok).toBe(false);
    expect(ask('help_request', 'modality', 'in person is a no-go for him, phone', 'en')).toMatchObject({ ok: true, value: 'phone' });
    expect(ask('help_request', 'modality', 'Praxis oder Telefon, beides recht', 'de').ok).toBe(false);
    expect(ask('help_request', 'modality', 'visio, nö, plutôt téléphone', 'fr')).toMatchObject({ ok: true, value: 'phone' });
  });

  it('asks again when a pick is corrected into two, or doubted at the end', () => {
    expect(ask('sentinel_alert', 'sector', 'du commerce… enfin un café avec une petite boutique', 'fr').ok).toBe(false);
    expect(ask('sentinel_alert', 'activityStatus', 'hoofdberoep, of toch niet', 'nl').ok).toBe(false);
  });
});

describe('what a denial says of an option, and a lack that is no answer', () => {
  const ask = (flow: string, id: string, text: string, lang: Lang) => parseAnswer(question(flow, id), text, context(lang));

  it.each([
    ['the visio would not work, a bad line, so a call', 'en', 'phone'],
    ['video calls won t work for me, a phone call instead', 'en', 'phone'],
    ['visio pas possible pour moi, par téléphone alors', 'fr', 'phone'],
    ['videobellen lukt niet echt, dan maar telefonisch', 'nl', 'phone'],
    ['Telefon ist nicht machbar für mich, lieber vor Ort', 'de', 'in_person'],
  ])('rules out an option whose clause ends "won\'t work" or "not possible": %j is %j', (text, lang, value) => {
    expect(ask('help_request', 'modality', text, lang as Lang)).toMatchObject({ ok: true, value });
  });

  it('never takes "anything but X" for X', () => {
    expect(ask('help_request', 'modality', 'anything but a video call honestly', 'en').ok).toBe(false);
    expect(ask('help_request', 'modality', 'everything but the phone', 'en').ok).toBe(false);
  });

  it('keeps a denial that is not the clause end for what it denies', () => {
    expect(ask('help_request', 'modality', 'phone, not video', 'en')).toMatchObject({ ok: true, value: 'phone' });
  });

  it('does not read "I don\'t have a car" as not knowing, where "I don\'t have one" still is', () => {
    expect(ask('help_request', 'modality', "i don't have a car", 'en')).not.toMatchObject({ ok: true, value: 'no_preference' });
    expect(ask('help_request', 'modality', "honestly I don't have a clue", 'en')).toMatchObject({ ok: true, value: 'no_preference' });
  });
});

describe('a postcode between two places, or two codes and a doubt', () => {
  const ask = (text: string, lang: Lang) => parseAnswer(question('help_request', 'postalCode'), text, context(lang));

  it.each([
    ['somewhere between Brussels and Mechelen', 'en'],
    ['entre Namur et Bruxelles', 'fr'],
    ['tussen Brussel en Aalst ergens', 'nl'],
  ])('asks where %j is, and takes neither town', (text, lang) => {
    expect(ask(text, lang as Lang).ok).toBe(false);
  });

  it('asks which of two codes said with a doubt, and still skips a doubt alone', () => {
    expect(ask('6000 ou 6001, je sais plus', 'fr').ok).toBe(false);
    expect(ask('3000 of 3010, weet ik niet zeker', 'nl').ok).toBe(false);
    expect(ask('je sais plus', 'fr')).toMatchObject({ ok: true, value: null });
  });

  it('keeps the place lived in when a workplace is named after it', () => {
    expect(ask('ik woon in Hasselt maar werk in Brussel', 'nl')).toMatchObject({ ok: true, value: { code: '3500' } });
  });
});

describe('an option that stresses, and a wish to meet', () => {
  const ask = (text: string, lang: Lang) => parseAnswer(question('help_request', 'modality'), text, context(lang));

  it.each([
    ['la visio me stresse un peu, je préfère qu on se voie', 'fr', 'in_person'],
    ['videobellen maakt me nerveus, liever elkaar ontmoeten', 'nl', 'in_person'],
    ['Telefonieren stresst mich, lieber per Video', 'de', 'video'],
    ['calls make me anxious... the phone makes me nervous, a video call is ok', 'en', 'video'],
  ])('rules out what makes the person nervous: %j is %j', (text, lang, value) => {
    expect(ask(text, lang as Lang)).toMatchObject({ ok: true, value });
  });

  it('asks again when the option disliked is all that is said', () => {
    expect(ask('la visio me stresse', 'fr').ok).toBe(false);
  });
});

describe('an option after "I don\'t know" is doubted, not denied', () => {
  const ask = (text: string, lang: Lang) => parseAnswer(question('help_request', 'modality'), text, context(lang));

  it.each([
    ['je sais pas trop, la visio peut-être', 'fr'],
    ['weet ik nie, langskomen misschien', 'nl'],
    ['weiß ich nicht so recht, vielleicht Video', 'de'],
    ["I don't know, a video call maybe", 'en'],
  ])('asks again rather than "no preference": %j', (text, lang) => {
    expect(ask(text, lang as Lang).ok).toBe(false);
  });

  it('still reads a real denial, and a doubt alone as no preference', () => {
    expect(ask('pas en visio, par téléphone', 'fr')).toMatchObject({ ok: true, value: 'phone' });
    expect(ask('weiß ich nicht', 'de')).toMatchObject({ ok: true, value: 'no_preference' });
  });
});

describe('a format the person is not at ease with, or does not like to use', () => {
  const ask = (text: string, lang: Lang) => parseAnswer(question('sentinel_alert', 'modality'), text, context(lang));

  it.each([
    ["il n'est pas très à l'aise en visio, plutôt par téléphone", 'fr', 'phone'],
    ['er telefoniert nicht gerne, lieber vor Ort', 'de', 'in_person'],
    ['hij belt niet graag, liever langskomen', 'nl', 'in_person'],
    ["she's not comfortable on video, phone then", 'en', 'phone'],
  ])('rules it out: %j is %j', (text, lang, value) => {
    expect(ask(text, lang as Lang)).toMatchObject({ ok: true, value });
  });

  it('asks again when that is all that is said, and keeps a format liked', () => {
    expect(ask("elle est pas à l'aise au téléphone", 'fr').ok).toBe(false);
    expect(ask('telefonisch graag', 'nl')).toMatchObject({ ok: true, value: 'phone' });
  });
});

describe('a title or an initial with a dot is not a first name', () => {
  const ask = (id: string, text: string, lang: Lang) => parseAnswer(question('sentinel_alert', id), text, context(lang));

  it.each([
    ['M. Lambotte', 'fr'],
    ['Mme. Gérard', 'fr'],
    ['Dhr. Wouters', 'nl'],
    ['Hr. Kohnen', 'de'],
    ['P. Lambotte', 'fr'],
  ])('asks for the first name when %j is given', (text, lang) => {
    expect(ask('firstName', text, lang as Lang).ok).toBe(false);
  });

  it('takes the family name after the title or the initial', () => {
    expect(ask('lastName', 'M. Lambotte', 'fr')).toMatchObject({ ok: true, value: 'Lambotte' });
    expect(ask('lastName', 'P. Lambotte', 'fr')).toMatchObject({ ok: true, value: 'Lambotte' });
  });

  it('still reads a first name after a lower-case contraction', () => {
    expect(ask('firstName', 'k denk Koen', 'nl')).toMatchObject({ ok: true, value: 'Koen' });
  });
});

describe('a pick, and another only conceded after "but"', () => {
  const ask = (id: string, text: string, lang: Lang) => parseAnswer(question('sentinel_alert', id), text, context(lang));

  it.each([
    ['personLanguage', 'dutch mostly, but his french is ok', 'en', 'nl'],
    ['personLanguage', "l'allemand, mais son néerlandais est correct", 'fr', 'de'],
    ['personLanguage', 'Frans, maar Nederlands gaat ook wel', 'nl', 'fr'],
    ['personLanguage', 'Englisch, aber Deutsch geht auch', 'de', 'en'],
    ['modality', 'in person, but a call is fine too', 'en', 'in_person'],
  ])('%s: %j is %j', (id, text, lang, value) => {
    expect(ask(id, text, lang as Lang)).toMatchObject({ ok: true, value });
  });

  it('still asks when two are offered as equals', () => {
    expect(ask('personLanguage', 'dutch or english', 'en').ok).toBe(false);
  });
});

describe('meeting format: what is concluded, offered for the team, asked for, or left to the client', () => {
  const ask = (flow: string, text: string, lang: Lang) => parseAnswer(question(flow, 'modality'), text, context(lang));
  it.each([
    ["J'aimerais bien la visio mais ma connexion est catastrophique à la ferme, donc par téléphone", 'fr', 'phone'],
    ['Video wär super, aber mein Internet auf dem Hof ist katastrophal, also Telefon', 'de', 'phone'],
    ["I'd like video but my wifi is awful, so phone", 'en', 'phone'],
    ['Videobellen zou fijn zijn maar ons internet is slecht, dus bellen', 'nl', 'phone'],
    ["Par téléphone, ou en visio si c'est plus simple pour vous", 'fr', 'phone'],
    ['Telefonisch, of via video als dat voor jullie makkelijker is', 'nl', 'phone'],
    ["Telefonisch, oder per Video, wenn's für Sie einfacher ist", 'de', 'phone'],
    ["Phone, or video if that's easier for you", 'en', 'phone'],
    ['Zoom of Teams, maakt niet uit welk programma', 'nl', 'video'],
    ['Zoom oder Skype, ist mir egal welches Programm', 'de', 'video'],
    ['Zoom or Teams, whichever platform you use', 'en', 'video'],
    ["Appelez-moi sur ce numéro pour qu'on fixe un rendez-vous en personne : 0475 12 34 56", 'fr', 'in_person'],
    ['Bel me op dit nummer om een afspraak bij jullie op kantoor te regelen', 'nl', 'in_person'],
    ['Call me on this phone number to arrange to meet in person', 'en', 'in_person'],
    ['Am Telefon hängt er eh den ganzen Tag, er möchte lieber jemandem gegenübersitzen', 'de', 'in_person'],
  ])('%j (%s) is %s', (text, lang, value) => {
    expect(ask('help_request', text, lang as Lang)).toMatchObject({ ok: true, value });
  });

  it.each([
    ["Doesn't matter as long as it's not video", 'en'],
    ['Ist ihm wurscht, Hauptsache kein Video', 'de'],
    ['peu importe, mais pas en visio', 'fr'],
    ['je sais pas, faudrait lui demander', 'fr'],
    ['Geen idee, moet ik hem vragen', 'nl'],
    ['Keine Ahnung, müsste ich ihn fragen', 'de'],
    ['no idea tbh, would have to ask her', 'en'],
    ['kweetnie, wat is het beste?', 'nl'],
    ['weiß ich nicht so recht, vielleicht Video', 'de'],
  ])('%j (%s) is asked again, not "no preference"', (text, lang) => {
    expect(ask('sentinel_alert', text, lang as Lang).ok).toBe(false);
  });

  it('a doubt alone is still no preference, and "so" inside a phrase concludes nothing', () => {
    expect(ask('help_request', 'je sais pas', 'fr')).toMatchObject({ ok: true, value: 'no_preference' });
    expect(ask('help_request', 'video, so much easier', 'en')).toMatchObject({ ok: true, value: 'video' });
    expect(ask('help_request', 'Mir isch glich', 'de')).toMatchObject({ ok: true, value: 'no_preference' });
  });
});

describe('the family name: capitals, nicknames, a given name said as such', () => {
  const family = (text: string) => parseName(text, 80, { family: true });
  it.each([
    ['MARTIN Sophie', 'Martin'],
    ['KREMER Josef', 'Kremer'],
    ['VAN-DAMME Els', 'Van-Damme'],
    ['Dupont', 'Dupont'],
    ["c'est Marie Lejeune", 'Lejeune'],
  ])('%j is %j', (text, value) => {
    expect(family(text)).toEqual({ ok: true, value });
  });
  it('a given name written with the family name in capitals stays the given name', () => {
    expect(parseName('MARTIN Sophie', 80)).toEqual({ ok: true, value: 'Sophie' });
  });
  it.each([
    ["son prénom c'est Sébastien"],
    ['enkel zijn voornaam, Bart'],
    ['nur den Vornamen, Thomas'],
    ["just Kevin, that's his first name"],
    ["on l'appelle tous Bébert"],
    ['iedereen noemt hem de Rosse'],
    ['den kennen alle nur als Schorsch'],
    ['everyone calls him Big Lou'],
    ['zelfde als de mijne'],
    ["he's young, early thirties"],
    ["c'est le boulanger du village"],
  ])('%j is no family name', (text) => {
    expect(family(text).ok).toBe(false);
  });
  it('"il s\'appelle Dupont" still is', () => {
    expect(family("il s'appelle Dupont")).toEqual({ ok: true, value: 'Dupont' });
  });
});

describe('the postcode among other numbers, misspelt, said digit by digit, or one of two', () => {
  const code = (text: string, lang: Lang) => {
    const r = parseAnswer(question('help_request', 'postalCode'), text, context(lang));
    return r.ok && r.value ? (r.value as { code: string }).code : undefined;
  };
  it.each([
    ['Antwerp, moved there in 2018', 'en', '2000'],
    ['Ik woon in 2018 Antwerpen', 'nl', '2018'],
    ["Il habite à Namur, son numéro c'est le 0471 23 45 67", 'fr', '5000'],
    ['3 enfants, on vit à Dinant depuis 2005', 'fr', '5500'],
    ["j'ai 52 ans et j'habite à Bastogne", 'fr', '6600'],
    ['Ich bin 38, hab 2 Kinder und wohne in Amel', 'de', '4770'],
    ['Herbesthaler Straße 152, Eupen', 'de', '4700'],
    ['Rue de la Gare 12, 4700 Eupen', 'fr', '4700'],
    ['Namurr', 'fr', '5000'],
    ['Hasslet', 'nl', '3500'],
    ['Sankt Fith', 'de', '4780'],
    ['vier sieben null null', 'de', '4700'],
    ['Tienen, of Tirlemont zoals ze zeggen', 'nl', '3300'],
  ])('%j (%s) is %s', (text, lang, value) => {
    expect(code(text, lang as Lang)).toBe(value);
  });
  it.each([
    ['Raeren oder Eynatten', 'de'],
    ['Essen im Ruhrgebiet', 'de'],
    ['geen', 'nl'],
    ['Bruxelles', 'fr'],
  ])('%j (%s) gives no code', (text, lang) => {
    expect(code(text, lang as Lang)).toBeUndefined();
  });
});

describe('consent said the other way round, and one way offered against another', () => {
  const consent = (text: string, lang: Lang) => parseAnswer(question('sentinel_alert', 'consent'), text, context(lang));
  it.each([
    ["il n'était pas contre", 'fr', 'yes'],
    ['er war nicht dagegen', 'de', 'yes'],
    ['ze is er niet tegen', 'nl', 'yes'],
    ['she had no objection', 'en', 'yes'],
    ['nei, das will er nöd', 'de', 'no'],
    ['non, il est contre', 'fr', 'no'],
    ['hij weet niet dat ik u contacteer', 'nl', 'not_asked'],
  ])('%j (%s) is %s', (text, lang, value) => {
    expect(consent(text, lang as Lang)).toMatchObject({ ok: true, value });
  });
  it('"dit nummer of anders mailen" offers two ways: asked', () => {
    expect(parseAnswer(question('sentinel_alert', 'sentinelContact'), 'dit nummer of anders mailen', context('nl')).ok).toBe(false);
  });
  it('"hij sluit zich op" is withdrawal, not exhaustion; "is helemaal op" is', () => {
    expect(readMultiChoice('hij sluit zich op, ziet niemand meer', signals, 'nl')).toMatchObject({
      ok: true,
      value: { values: ['isolation'] },
    });
    expect(readMultiChoice('ze is helemaal op', signals, 'nl')).toMatchObject({ ok: true, value: { values: ['exhaustion'] } });
  });
});

describe('the direct question "are you thinking of suicide right now?": a wish answers another question', () => {
  it.each([
    ['Video wär super, aber mein Internet auf dem Hof ist katastrophal, also Telefon', 'de', 'other'],
    ["ce serait bien de parler à quelqu'un", 'fr', 'other'],
    ['that would be great, by phone please', 'en', 'other'],
    ["oui, ce serait bien qu'on m'appelle", 'fr', 'yes'],
    ['ja leider', 'de', 'yes'],
    ["I'm afraid so", 'en', 'yes'],
    ['nee', 'nl', 'no'],
  ])('%j (%s) is %s', (text, lang, answer) => {
    expect(readCheck(text, lang as Lang)).toBe(answer);
  });
});

describe('what the person was is not what they are; a number taken back; a remark on the spelling', () => {
  const pick = (id: string, text: string, lang: Lang) => {
    const r = parseAnswer(question('help_request', id), text, context(lang));
    return r.ok ? r.value : 'asked';
  };
  it.each([
    ['sector', "avant j'étais dans le commerce, maintenant je suis dans la construction", 'fr', 'construction'],
    ['sector', 'vroeger had ik een winkel, nu werk ik in de bouw', 'nl', 'construction'],
    ['sector', 'früher Gastronomie, jetzt Landwirtschaft', 'de', 'agriculture'],
    ['sector', 'I used to be in retail, now I work in construction', 'en', 'construction'],
    ['sector', 'früher Gastronomie, jetzt mach ich was anderes', 'de', 'other'],
  ])('%s: %j (%s) is %s', (id, text, lang, value) => {
    expect(pick(id, text, lang as Lang)).toBe(value);
  });
  it.each([
    ['sector', "je suis plus dans le commerce, maintenant je m'occupe de ma mère", 'fr'],
    ['sector', 'früher war ich in der Gastronomie, jetzt pflege ich meine Mutter', 'de'],
    ['sector', 'vroeger had ik een bakkerij, nu zorg ik voor mijn vader', 'nl'],
  ])('%s: %j (%s), the past alone named, is asked', (id, text, lang) => {
    expect(pick(id, text, lang as Lang)).toBe('asked');
  });
  it('a denial reaches over a label of several words ("pas indépendant à titre complémentaire")', () => {
    expect(pick('activityStatus', "je suis pas indépendante à titre complémentaire, c'est mon activité principale", 'fr')).toBe('main');
  });
  it.each([
    ["c'est 5000, pas 5100", 'fr', '5000'],
    ['3000, niet 3001', 'nl', '3000'],
    ['4780 nicht 4870', 'de', '4780'],
    ['sorry, 9000, not 9050', 'en', '9000'],
    ['drie vijf nul nul, niet drie nul vijf nul', 'nl', '3500'],
    ['vier sieben null null, nicht vier null sieben null', 'de', '4700'],
  ])('postcode %j (%s) is %s', (text, lang, code) => {
    const r = parseAnswer(question('help_request', 'postalCode'), text, context(lang as Lang));
    expect(r.ok && r.value ? (r.value as { code: string }).code : undefined).toBe(code);
  });
  it.each([
    ['Marie Claire, avec un tiret', 'Marie-Claire'],
    ['Hendrickx met dubbel k en x', 'Hendrickx'],
    ['Schmitz mit tz am Ende', 'Schmitz'],
    ['appelez-moi juste Lou', 'Lou'],
  ])('name %j is %j', (text, name) => {
    expect(parseName(text, 80)).toEqual({ ok: true, value: name });
  });
  it.each([
    ['sentinel_alert', 'context', "je préfère pas l'écrire ici", 'fr'],
    ['help_request', 'situation', 'wil ik hier niet schrijven', 'nl'],
    ['help_request', 'situation', 'möchte ich nicht erzählen', 'de'],
    ['help_request', 'situation', "I'd rather not write it here", 'en'],
  ])('%s.%s: %j (%s) leaves the words out', (flow, id, text, lang) => {
    expect(parseAnswer(question(flow, id), text, context(lang as Lang))).toEqual({ ok: true, value: null });
  });
  it('keeps what the words say ("je n\'arrive pas à dire non à mes clients")', () => {
    const r = parseAnswer(question('help_request', 'situation'), "je n'arrive pas à dire non à mes clients", context('fr'));
    expect(r.ok && r.value !== null).toBe(true);
  });
  it.each([
    ['hij drinkt niet hoor, hij slaapt gewoon slecht', 'nl', ['sleep']],
    ['il boit pas hein, mais il dort plus', 'fr', ['sleep']],
  ])('signals %j (%s): a drink denied with a word of tone after it', (text, lang, values) => {
    const r = readMultiChoice(text, signals, lang as Lang);
    expect(r.ok ? r.value.values : r).toEqual(values);
  });
});

describe('the way to reach them: another number, or the number itself said in words', () => {
  const way = (text: string, lang: Lang, channel: FormContext['channel']) =>
    parseAnswer(question('help_request', 'contactMethod'), text, context(lang, channel));
  it.each([
    ['another number', 'en', 'teams'],
    ['een ander nummer', 'nl', 'teams'],
    ['eine andere Nummer', 'de', 'whatsapp'],
    ['un autre numéro', 'fr', 'whatsapp'],
  ] as const)('%j (%s, %s) is another phone', (text, lang, channel) => {
    expect(way(text, lang, channel)).toEqual({ ok: true, value: 'phone' });
  });
  it.each([
    ['UK number: oh seven nine one one, one two three, four five six', 'en', '+447911123456'],
    ['mijn gsm: nul vier zeven acht, vijfenzestig, drieënveertig, eenentwintig', 'nl', '+32478654321'],
    ["c'est un numéro français : zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit", 'fr', '+33612345678'],
    ['deutsche Nummer: null eins sechs null, neun acht sieben sechs fünf vier drei', 'de', '+491609876543'],
  ] as const)('%j (%s) gives the phone and its number at once', (text, lang, number) => {
    expect(way(text, lang, 'teams')).toEqual({ ok: true, value: 'phone', also: { phone: number } });
  });
});

describe('names from files and letters: labelled fields, salutations, a family name first, an aside', () => {
  it.each([
    ['Naam: Claes / Voornaam: Lotte', { family: false }, 'Lotte'],
    ['Nom : Lambert ; Prénom : Hugo', { family: true }, 'Lambert'],
    ['Vorname: Resi, Nachname: Gruber', { full: true }, 'Resi Gruber'],
    ['Surname: Walsh / First name: Aoife', { family: false }, 'Aoife'],
  ] as const)('%j (%j) is %j', (text, how, name) => {
    expect(parseName(text, 120, how)).toEqual({ ok: true, value: name });
  });
  it.each([
    ['Bonjour Madame, Monsieur, voici mes coordonnées : Hélène Wathelet, comptable', 'Hélène Wathelet'],
    ['Geachte, met vriendelijke groeten, Koen Maes', 'Koen Maes'],
    ['Sehr geehrte Damen und Herren, Lukas Reuter (Buchhaltung)', 'Lukas Reuter'],
    ['Wouters, Griet – boekhouder', 'Griet Wouters'],
    ['Kessler, Anton (Sachbearbeiter)', 'Anton Kessler'],
    ['Sehr geehrte Damen und Herren, Kessler, Anton (Sachbearbeiter)', 'Anton Kessler'],
  ])('%j is the full name %j', (text, name) => {
    expect(parseName(text, 120, { full: true, self: true })).toEqual({ ok: true, value: name });
  });
  it('an aside in brackets is not a correction ("Vroni (eigentlich Veronika)")', () => {
    expect(parseName('Vroni (eigentlich Veronika, aber das sagt keiner)', 80)).toEqual({ ok: true, value: 'Vroni' });
  });
  it('a question after the name is a remark ("Zeg maar Mo, mag dat?")', () => {
    expect(parseName('Zeg maar Mo, mag dat?', 80)).toEqual({ ok: true, value: 'Mo' });
    expect(parseName('Hallo, wozu brauchen Sie meinen Namen?', 80)).toMatchObject({ ok: false });
  });
});

describe('a family name asked: what is not one, and what is two', () => {
  it.each(['Menuiserie Collard SRL', 'Slagerij Verbeke BV', 'Elektro Kaiser GmbH', 'Pieterjan Plumbing Ltd', 'Tom', 'Sabine'])(
    '%j is asked again',
    (text) => {
      expect(parseName(text, 80, { family: true }).ok).toBe(false);
    },
  );
  it.each(['Lambert épouse Goffin', 'Goossens, meisjesnaam Claes', 'Brandt geb. Hoffmann', 'Taylor, maiden name Brown'])(
    '%j names two family names: asked which',
    (text) => {
      expect(parseName(text, 80, { family: true })).toEqual({ ok: false, reason: 'ambiguous' });
    },
  );
  it.each([
    ['Goffin, Marie Goffin, mais tout le monde l’appelle Mimi', 'Goffin'],
    ['Janssens-De Vos', 'Janssens-De Vos'],
    ['Maes je pense, pas sûr de l’orthographe', 'Maes'],
    ['P.-J. Collard', 'Collard'],
    ['Vandamme genaamd de Rosse', 'Vandamme'],
    ['Martin', 'Martin'],
  ])('%j is %j', (text, name) => {
    expect(parseName(text, 80, { family: true })).toEqual({ ok: true, value: name });
  });
  it('the nickname given twice is still only a nickname', () => {
    expect(parseName('Fonske, iedereen noemt hem Fonske', 80, { family: true }).ok).toBe(false);
  });
});

describe('the meeting format as a sentinel says it for a client', () => {
  const modality = (text: string, lang: Lang) => parseAnswer(question('sentinel_alert', 'modality'), text, context(lang));
  it.each([
    ['Pour moi ce serait plus simple en visio, mais elle préfère venir au cabinet', 'fr', 'in_person'],
    ['Voor mij is bellen het makkelijkst, maar hij komt liever langs', 'nl', 'in_person'],
    ['Eerst even bellen om kennis te maken, daarna een gesprek op kantoor', 'nl', 'phone'],
    ['Erst ein Telefonat, danach ein Termin in der Praxis', 'de', 'phone'],
    ['I offered video, he pulled a face. He prefers the phone.', 'en', 'phone'],
    ['no laptop, no car, only his gsm', 'en', 'phone'],
    ['Over een scherm zou het lukken, ze durft niet binnen te stappen bij een psycholoog', 'nl', 'video'],
    ['Wie es Ihnen passt, er ist flexibel', 'de', 'no_preference'],
    ['Für mich wäre per Video am einfachsten, aber sie kommt lieber vorbei', 'de', 'in_person'],
  ] as const)('%j (%s) is %j', (text, lang, value) => {
    expect(modality(text, lang)).toEqual({ ok: true, value });
  });
  it.each([
    ['Il a dit téléphone, mais franchement je pense qu’il doit voir quelqu’un en vrai', 'fr'],
    ['She said video, but honestly I think she needs to sit with someone', 'en'],
    ['Ze haat de telefoon, ze neemt nooit op', 'nl'],
    ['ça dépend de où se trouve le cabinet', 'fr'],
  ] as const)('%j (%s) is asked again', (text, lang) => {
    expect(modality(text, lang).ok).toBe(false);
  });
});

describe('signals denied in passing, nothing to add, an organisation in a sentence, home and work', () => {
  it.each([
    ['Pas vraiment des idées noires, plutôt des soucis financiers', 'fr', ['financial']],
    ['No sleep problems that I know of, but he drinks', 'en', ['substance']],
    ['Nicht wirklich Schlafprobleme, eher Streit mit dem Partner', 'de', ['conflicts']],
  ] as const)('%j (%s) is %j', (text, lang, values) => {
    expect(readMultiChoice(text, signals, lang)).toMatchObject({ ok: true, value: { values } });
  });
  it.each([
    ['Non merci, rien à ajouter, c’est tout', 'fr'],
    ['Nee, niets toe te voegen, dat was het', 'nl'],
    ['Nein danke, nichts hinzuzufügen, das war’s', 'de'],
    ['No, nothing to add, that’s all', 'en'],
  ] as const)('%j (%s) skips the optional context', (text, lang) => {
    expect(parseAnswer(question('sentinel_alert', 'context'), text, context(lang))).toEqual({ ok: true, value: null });
  });
  it.each([
    ['Je travaille chez Securex, le secrétariat social, bureau de Namur', 'fr', 'Securex'],
    ['Ik werk bij Acerta (kantoor Gent)', 'nl', 'Acerta'],
    ['I work for Xerius, the social insurance fund', 'en', 'Xerius'],
  ] as const)('%j (%s) names %j', (text, lang, name) => {
    expect(parseAnswer(question('sentinel_alert', 'sentinelOrganisation'), text, context(lang))).toMatchObject({ ok: true, value: name });
  });
  it.each([
    ['Il habite à 4000, son atelier est à Herstal', 'fr'],
    ['Thuis 9000, de winkel in Lochristi', 'nl'],
    ['Office in 1000, but I live in 1050', 'en'],
  ] as const)('%j (%s): home and work, which is asked', (text, lang) => {
    expect(parseAnswer(question('sentinel_alert', 'postalCode'), text, context(lang))).toMatchObject({ ok: false, reason: 'ambiguous' });
  });
  it('"either this number or my office" offers two ways', () => {
    expect(parseAnswer(question('sentinel_alert', 'sentinelContact'), 'either this number or the office one', context('en'))).toMatchObject(
      {
        ok: false,
      },
    );
  });
});

describe('what the person was, said in the past tense, against what they are since', () => {
  const status = (text: string, lang: Lang) => parseAnswer(question('help_request', 'activityStatus'), text, context(lang));
  it.each([
    ["j'étais à titre complémentaire, mais depuis l'été c'est mon activité principale", 'fr', 'main'],
    ['In hoofdberoep sinds vorig jaar, daarvoor was ik in bijberoep', 'nl', 'main'],
    ['Ich war hauptberuflich selbstständig, seit Oktober nur noch nebenberuflich', 'de', 'complementary'],
    ['I was self-employed full time, since March it is on the side', 'en', 'complementary'],
    // The subject left out, as people write ("war nebenberuflich, seit Januar hauptberuflich"; found in npm run chat).
    ['war nebenberuflich, seit Januar hauptberuflich', 'de', 'main'],
    ['was bijberoep, sinds maart hoofdberoep', 'nl', 'main'],
    ['étais à titre principal, depuis cet été complémentaire', 'fr', 'complementary'],
  ] as const)('%j (%s) is %j', (text, lang, value) => {
    expect(status(text, lang)).toEqual({ ok: true, value });
  });
});

describe('a postcode in groups, a declined address, a German mobile', () => {
  const postal = (text: string, lang: Lang) => parseAnswer(question('help_request', 'postalCode'), text, context(lang));
  it.each([
    ['5.000', 'fr', '5000'],
    ['9 200 Dendermonde', 'nl', '9200'],
    ['47 80', 'de', '4780'],
    ['3.500 Hasselt', 'en', '3500'],
  ] as const)('%j (%s) is %s', (text, lang, code) => {
    expect(postal(text, lang)).toMatchObject({ ok: true, value: { code } });
  });
  it.each([
    ['je préfère ne pas le donner', 'fr'],
    ['dat hou ik liever voor mezelf', 'nl'],
    ['das möchte ich lieber nicht angeben', 'de'],
    ["I'd rather not share that", 'en'],
  ] as const)('%j (%s) leaves the optional postcode out', (text, lang) => {
    expect(postal(text, lang)).toEqual({ ok: true, value: null });
  });
  it('a phone with other digits stays a phone, not a postcode in groups', () => {
    expect(postal('0472 33 44 55', 'nl').ok).toBe(false);
  });
  it.each([
    ['0170 1234567', '+491701234567'],
    ['Handy 0152 12345678, er wohnt drüben in Aachen', '+4915212345678'],
  ])('%j is the German mobile %s', (text, number) => {
    expect(parseAnswer(question('sentinel_alert', 'phone'), text, context('de'))).toMatchObject({ ok: true, value: number });
  });
  it('"none as far as I know" to the client e-mail is none', () => {
    expect(parseAnswer(question('sentinel_alert', 'email'), 'none that I know of', context('en'))).toEqual({ ok: true, value: null });
  });
});

describe('the person’s own format: anything but one, a condition, hearing, what is lacking for one', () => {
  const modality = (text: string, lang: Lang) => parseAnswer(question('help_request', 'modality'), text, context(lang));
  it.each([
    ['Je suis en réunion Teams toute la journée, donc tout sauf la visio', 'fr'],
    ['alles behalve videobellen, dat doe ik al de hele dag', 'nl'],
    ['Am Telefon bin ich den ganzen Tag, alles außer Telefon bitte', 'de'],
    ['anything but video, honestly', 'en'],
    ['En personne si le cabinet est à Namur, sinon on verra', 'fr'],
    ['Ik hoor slecht, telefoneren lukt me niet goed', 'nl'],
  ] as const)('%j (%s) is asked again', (text, lang) => {
    expect(modality(text, lang).ok).toBe(false);
  });
  it.each([
    ['Ich bin schwerhörig, am Telefon verstehe ich kaum etwas. Lieber persönlich', 'de', 'in_person'],
    ["Je n'ai pas de pièce calme pour un appel vidéo. Par téléphone ça va", 'fr', 'phone'],
    ['geen rustige plek voor een videogesprek, bellen kan wel', 'nl', 'phone'],
    ['Comme vous voulez, je m’adapte', 'fr', 'no_preference'],
    ['fone pls', 'en', 'phone'],
  ] as const)('%j (%s) is %j', (text, lang, value) => {
    expect(modality(text, lang)).toEqual({ ok: true, value });
  });
});

describe('places in a sentence about oneself, and a surname still to come', () => {
  const postal = (text: string, lang: Lang) => parseAnswer(question('help_request', 'postalCode'), text, context(lang));
  it.each([
    ['ik woon vlak bij de markt in Lokeren', 'nl', '9160'],
    ['ik woon vlak bij de kerk in Zele', 'nl', '9240'],
    ['wij wonen in Lede', 'nl', '9340'],
    ['near the station in Hasselt', 'en', '3500'],
    ['2 kids and a house in Geel', 'en', '2440'],
    ["j'ai 47 ans, j'habite à Durbuy", 'fr', '6940'],
    ['Arel', 'de', '6700'],
  ] as const)('%j (%s) is %s', (text, lang, code) => {
    expect(postal(text, lang)).toMatchObject({ ok: true, value: { code } });
  });
  it('"somewhere in Limburg" is the province, not the town of Limbourg', () => {
    expect(postal('somewhere in Limburg', 'en').ok).toBe(false);
    expect(postal('dans le Limbourg', 'fr').ok).toBe(false);
  });
  it.each([
    'Momentje, ik kijk het na',
    "It's on the invoice, hang on",
    'Wie die Firma, glaub ich',
    'Il s’appelle Jean-Luc',
    'Er heißt Horst',
  ])('%j to the surname is asked again', (text) => {
    expect(parseName(text, 80, { family: true }).ok).toBe(false);
  });
});

describe('what the new readers must leave alone', () => {
  const modality = (text: string, lang: Lang) => parseAnswer(question('sentinel_alert', 'modality'), text, context(lang));
  it.each([
    ['Face to face was what she asked for, since the phone makes her anxious', 'en', 'in_person'],
    ['No issue for a video call, phone works too', 'en', 'video'],
    ['He said phone, I think that is best', 'en', 'phone'],
    ['Hij zei telefonisch, ik denk het ook', 'nl', 'phone'],
    ['Für mich ist telefonisch am einfachsten, wenn Sie abends anrufen', 'de', 'phone'],
    ['Voor mij is bellen het makkelijkst, er is thuis geen internet', 'nl', 'phone'],
    ['Selon le médecin, le téléphone c’est mieux', 'fr', 'phone'],
    ['Visio sur mon portable', 'fr', 'video'],
    ['Videogesprek via mijn gsm', 'nl', 'video'],
    ['Je suis au bureau toute la journée, appelez-le le soir', 'fr', 'phone'],
  ] as const)('%j (%s) is %j', (text, lang, value) => {
    expect(modality(text, lang)).toEqual({ ok: true, value });
  });
  it.each([
    ['Horeca, alles behalve makkelijk momenteel', 'nl', 'horeca'],
    ['Commerce, tout sauf simple en ce moment', 'fr', 'retail'],
  ] as const)('%j (%s) is %j: "anything but" here names no option', (text, lang, value) => {
    expect(parseAnswer(question('help_request', 'sector'), text, context(lang))).toEqual({ ok: true, value });
  });
  it('"first …, then …" is not read for what someone is: the later step is not taken for the first', () => {
    const read = parseAnswer(question('help_request', 'sector'), 'Eerst in de bouw gewerkt, daarna horeca', context('nl'));
    expect(read).not.toEqual({ ok: true, value: 'construction' });
  });
  it.each([
    ['Marie (Mia) Janssens', { full: true }, 'Marie Janssens'],
    ['Goedemiddag, dit is Sofie Claes', { full: true, self: true }, 'Sofie Claes'],
    ['Mathieu', { family: true }, 'Mathieu'],
  ] as const)('%j (%j) is %j', (text, how, name) => {
    expect(parseName(text, 120, how)).toEqual({ ok: true, value: name });
  });
  it('"Nom: Lemaire, Sébastien" to the first name is asked again, not read as Lemaire', () => {
    expect(parseName('Nom: Lemaire, Sébastien', 80)).not.toEqual({ ok: true, value: 'Lemaire' });
  });
  it('one place for shop and home is the answer; a value beside a refusal is kept', () => {
    expect(
      parseAnswer(question('sentinel_alert', 'postalCode'), 'Mijn winkel is in 9000 Gent, hij woont er ook', context('nl')),
    ).toMatchObject({
      ok: true,
      value: { code: '9000' },
    });
    expect(
      parseAnswer(question('help_request', 'postalCode'), "I'd rather not give my email, but I live in 3500", context('en')),
    ).toMatchObject({
      ok: true,
      value: { code: '3500' },
    });
  });
});

describe('an option offered as a guess, and what stays a question', () => {
  const modality = question('help_request', 'modality');
  it.each([
    ['fr', 'peut-être en vidéo ?', 'video'],
    ['fr', 'Il est agriculteur à Bastogne, pas facile de se déplacer. Un appel peut-être ?', 'phone'],
    ['nl', 'misschien eerst een telefoontje?', 'phone'],
    ['de', 'vielleicht per Videoanruf?', 'video'],
    ['fr', 'vidéo ou téléphone ? je dirais vidéo', 'video'],
  ] as Array<[Lang, string, string]>)('[%s] %j is %j', (lang, text, value) => {
    expect(parseAnswer(modality, text, context(lang))).toEqual({ ok: true, value });
  });
  it.each([
    ['fr', "c'est remboursé en cabinet ?"],
    ['en', 'is in person free?'],
    ['nl', 'Is videobellen ook gratis?'],
    ['en', 'Phone first and then maybe meet later?'],
    ['en', "main job? well I used to be, now I'm in bankruptcy"],
    ['nl', 'Telefonisch? Hij neemt nooit op'],
    ['fr', "je préfère pas qu'on me voie, je pleure facilement"],
  ] as Array<[Lang, string]>)('[%s] %j is asked again', (lang, text) => {
    const q = text.startsWith('main job') ? question('help_request', 'activityStatus') : modality;
    expect(parseAnswer(q, text, context(lang)).ok).toBe(false);
  });
});

describe("the client's wish not known yet, a surname written first, a wish to stay anonymous", () => {
  it.each([
    ['fr', 'Aucune idée, je ne lui ai pas demandé'],
    ['nl', 'weet ik niet, heb ik niet gevraagd'],
    ['de', 'Weiß ich nicht genau, vielleicht sollten Sie ihn selbst fragen'],
    ['en', "don't know, I'll ask her"],
  ] as Array<[Lang, string]>)('[%s] %j to the meeting format is asked again, not "no preference"', (lang, text) => {
    expect(parseAnswer(question('sentinel_alert', 'modality'), text, context(lang)).ok).toBe(false);
  });
  it('"weiß nicht" alone is still no preference', () => {
    expect(parseAnswer(question('sentinel_alert', 'modality'), 'weiß nicht', context('de'))).toEqual({ ok: true, value: 'no_preference' });
  });
  const lastName = question('sentinel_alert', 'lastName');
  it.each([
    ['de', 'Schmitz Peter', 'Schmitz'],
    ['nl', "D'HONDT Marc", "D'Hondt"],
    ['fr', 'Jean Dupont', 'Dupont'],
    ['fr', "il préfère rester anonyme pour l'instant", null],
    ['nl', 'ze wil niet dat ik haar naam doorgeef', null],
    ['de', 'möchte ich ohne sein Einverständnis nicht sagen', null],
    ['en', 'she asked to stay anonymous', null],
  ] as Array<[Lang, string, string | null]>)('[%s] %j is %j', (lang, text, value) => {
    expect(parseAnswer(lastName, text, context(lang))).toEqual({ ok: true, value });
  });
  it.each([
    // Both names as often given as family: which one is the family name is asked (two writers out of three).
    ['fr', 'Martin Thomas'],
    ['fr', "c'est Paul Lambert"],
    ['nl', 'wacht, ik kijk het even na'],
    ['nl', "'t Is de Bompa, zo noemt iedereen hem"],
    ['de', 'mer säged em alli Housi'],
  ] as Array<[Lang, string]>)('[%s] %j is asked again', (lang, text) => {
    expect(parseAnswer(lastName, text, context(lang)).ok).toBe(false);
  });
});

describe('places that share a name, and words that are not places', () => {
  const postal = question('help_request', 'postalCode');
  const client = question('sentinel_alert', 'postalCode');
  it.each(['Beveren', 'Sint-Gillis', 'Hij woont in Sint-Gillis', 'Leuze', 'Antwerp, not sure which district'])(
    '%j is asked about',
    (text) => {
      expect(parseAnswer(postal, text, context('nl')).ok).toBe(false);
    },
  );
  it.each([
    ['Beveren-Waas', '9120'],
    ['9120 Beveren', '9120'],
    ['8800 Beveren', '8800'],
    ['Mechelen', '2800'],
    ['Tessenderlo', '3980'],
    ['Sint-Gillis-Waas', '9170'],
    ['9100, en ze werkt in Lokeren', '9100'],
  ])('%j is %j', (text, code) => {
    const parsed = parseAnswer(client, text, context('nl'));
    expect(parsed.ok && (parsed.value as { code: string }).code).toBe(code);
  });
  it('"not sure" is not Vaux-sur-Sûre', () => {
    expect(parseAnswer(client, 'not sure', context('en')).ok).toBe(false);
  });
});

describe('a value said again after a remark', () => {
  it.each([
    ['en', "Baker, like the bread guy. Actually sorry, it's Bakker, the Dutch spelling", 'Bakker'],
    ['fr', "Dupont. En fait, c'est Dupond", 'Dupond'],
  ] as Array<[Lang, string, string]>)('[%s] %j is %j', (lang, text, value) => {
    expect(parseAnswer(question('sentinel_alert', 'lastName'), text, context(lang))).toEqual({ ok: true, value });
  });
});

describe('nothing, and nothing more, to an optional question', () => {
  it.each([
    ['nl', 'niks meer'],
    ['fr', 'rien de plus'],
    ['de', 'nichts weiter'],
    ['en', 'nothing else'],
  ] as Array<[Lang, string]>)('[%s] %j skips the context', (lang, text) => {
    expect(parseAnswer(question('sentinel_alert', 'context'), text, context(lang))).toEqual({ ok: true, value: null });
  });
});

describe("a postcode among other numbers, a street that bears a town's name, a title before a surname", () => {
  const postal = question('help_request', 'postalCode');
  it.each([
    ['fr', 'Madame, Monsieur, je réside depuis 1974 à Jambes, rue de Dave, au numéro 88.', '5100'],
    ['fr', "j'habite au 14 rue des Champs à Gembloux", '5030'],
    ['fr', 'rue de Namur 5, à Wavre', '1300'],
    ['nl', 'ik ben in 1963 geboren en woon in de Kerkstraat 7 in Tienen', '3300'],
    ['de', 'Ich bin 1948 geboren und wohne in Hergenrath, Hauptstraße 3.', '4728'],
    ['de', 'Ich habe 1800 Euro Schulden beim Finanzamt und wohne in Malmedy', '4960'],
    ['de', 'PLZ isch 4721, Neu-Moresnet', '4721'],
    ['en', 'I am 67 years old, born in 1957, and I have lived at number 14 Kerkstraat in Tervuren all my life.', '3080'],
  ] as Array<[Lang, string, string]>)('[%s] %j is %j', (lang, text, code) => {
    const parsed = parseAnswer(postal, text, context(lang));
    expect(parsed.ok && (parsed.value as { code: string }).code).toBe(code);
  });
  it.each([
    ['nl', 'mijnheer Bakker, de bakker van het dorp', 'Bakker'],
    ['de', 'möchte er nicht angeben', null],
    ['en', 'He asked me not to give his name yet', null],
    ['fr', "Il préfère que je ne donne pas son nom pour l'instant", null],
    ['de', 'Nachname ist mir nicht bekannt', null],
  ] as Array<[Lang, string, string | null]>)('[%s] %j to the surname is %j', (lang, text, value) => {
    expect(parseAnswer(question('sentinel_alert', 'lastName'), text, context(lang))).toEqual({ ok: true, value });
  });
});

describe('a format ruled out by what it asks of the person, and a pick that hangs on what is not known', () => {
  const modality = question('help_request', 'modality');
  const client = question('sentinel_alert', 'modality');
  it.each([
    ['nl', 'Persoonlijk graag. Bellen vind ik moeilijk, ik hoor niet zo goed meer.', 'in_person'],
    ['fr', "Je suis malentendante, le téléphone c'est vraiment compliqué pour moi. En face à face je lis sur les lèvres.", 'in_person'],
    ['fr', 'en face à face, elle ne veut pas parler de ça au téléphone', 'in_person'],
    ['fr', "en vidéo au début, je ne suis pas prête à voir quelqu'un en vrai", 'video'],
    ['fr', 'par téléphone si c possible, sinon en vidéo', 'phone'],
    ['nl', 'kies gij maar', 'no_preference'],
    ['de', 'Hauptsache schnell, das Format ist zweitrangig', 'no_preference'],
    ['en', 'vid', 'video'],
  ] as Array<[Lang, string, string]>)('[%s] %j is %j', (lang, text, value) => {
    expect(parseAnswer(modality, text, context(lang))).toEqual({ ok: true, value });
  });
  it.each([
    ['fr', "Madame est sourde et s'exprime en langue des signes. Le téléphone est exclu."],
    ['fr', "Il m'a dit vidéo mais franchement je pense qu'il a besoin de voir quelqu'un en face"],
    ['en', "He said phone, but frankly I doubt he'll pick up. Maybe better in person?"],
    ['fr', "Si le cabinet est accessible je veux bien me déplacer, mais je ne sais pas si c'est le cas..."],
  ] as Array<[Lang, string]>)('[%s] %j is asked again', (lang, text) => {
    expect(parseAnswer(client, text, context(lang)).ok).toBe(false);
  });
  it('"Limbourg" alone is the town or the province: asked; "4830 Limbourg" is the town', () => {
    expect(parseAnswer(question('help_request', 'postalCode'), 'Limbourg', context('de')).ok).toBe(false);
    const town = parseAnswer(question('help_request', 'postalCode'), '4830 Limbourg', context('de'));
    expect(town.ok && (town.value as { code: string }).code).toBe('4830');
  });
  it('"two surnames" keeps both', () => {
    expect(parseAnswer(question('sentinel_alert', 'lastName'), "García López, he's Spanish, two surnames", context('en'))).toEqual({
      ok: true,
      value: 'García López',
    });
  });
});

describe('talk of dying among the signals a sentinel saw', () => {
  it.each([
    ['de', 'Schulden, Erschöpfung, er redet vom Sterben', ['dark_thoughts', 'exhaustion', 'financial']],
    ['fr', 'elle parle de mourir', ['dark_thoughts']],
    ['nl', 'hij praat over doodgaan', ['dark_thoughts']],
    ['en', 'he talks about dying all the time', ['dark_thoughts']],
  ] as Array<[Lang, string, string[]]>)('[%s] %j', (lang, text, values) => {
    const parsed = parseAnswer(question('sentinel_alert', 'signals'), text, context(lang));
    expect(parsed.ok && [...(parsed.value as string[])].sort()).toEqual(values);
  });
});

describe('"auf die Nummer" alone is the number the person writes from', () => {
  it.each([
    ['de', 'uf die nummer', 'this_number'],
    ['nl', 'op de nummer', 'this_number'],
    ['de', 'auf die andere Nummer', 'phone'],
  ] as Array<[Lang, string, string]>)('[%s] %j is %j', (lang, text, value) => {
    expect(parseAnswer(question('help_request', 'contactMethod'), text, context(lang))).toEqual({ ok: true, value });
  });
});

describe('what the review of this round found, each held', () => {
  it.each([
    ['fr', 'oui ?'],
    ['en', 'yes?'],
    ['fr', 'peut-être oui ?'],
  ] as Array<[Lang, string]>)('[%s] %j to whether the person agreed is asked again, not their consent', (lang, text) => {
    expect(parseAnswer(question('sentinel_alert', 'consent'), text, context(lang)).ok).toBe(false);
  });
  it('"his dad is dying of cancer" is no dark thoughts', () => {
    expect(parseAnswer(question('sentinel_alert', 'signals'), "his dad is dying of cancer, he's exhausted", context('en'))).toMatchObject({
      ok: true,
      value: ['exhaustion'],
    });
  });
  it('"Wout Lambert" is Lambert; "Actually it\'s his stepfather\'s name" corrects nothing', () => {
    const lastName = question('sentinel_alert', 'lastName');
    expect(parseAnswer(lastName, 'Wout Lambert', context('nl'))).toEqual({ ok: true, value: 'Lambert' });
    expect(parseAnswer(lastName, "Baker. Actually it's his stepfather's name", context('en'))).toEqual({ ok: true, value: 'Baker' });
  });
  it('"4800, I live and work in Eupen" is asked: the code and the town of home disagree', () => {
    expect(parseAnswer(question('help_request', 'postalCode'), '4800, I live and work in Eupen', context('en')).ok).toBe(false);
  });
  it.each([
    ['fr', "en personne, mais je ne sais pas s'il y en a un"],
    ['en', "In person, but I don't know if there is one near me"],
  ] as Array<[Lang, string]>)('[%s] %j is asked', (lang, text) => {
    expect(parseAnswer(question('help_request', 'modality'), text, context(lang)).ok).toBe(false);
  });
});

describe('the call-back question: a yes, a refusal, and what is neither', () => {
  const read = (text: string) => readCallback(text, 'whatsapp', '+32470000001', 'fr').kind;
  it.each([
    'why not call me',
    "oui pourquoi pas m'appeler",
    'pas de souci appelez moi',
    'kein Problem ruf mich an',
    'ja ruf mich an nicht schreiben',
    'bel mij maar niet mailen',
    'ja bel me maar niet te laat',
    'ce numéro',
    'ici',
    'auf die Nummer',
  ])('%j is a call on this number', (text) => {
    expect(read(text)).toBe('phone');
  });
  it.each([
    "ne m'appelez pas",
    'jveux pas quon mappelle, jai honte',
    'nee, bel me nu niet',
    'ruft mich jetzt bitte nicht an',
    "no, don't call me now",
    "pas de souci, mais ne m'appelez pas",
  ])('%j is a refusal', (text) => {
    expect(read(text)).toBe('declined');
  });
  it.each([
    'pardon je sais pas pk jecris ici',
    "i'm writing from here because i can't sleep",
    'mijn nummer geef ik liever niet',
    'Mon numéro, je le garde pour moi',
    'my number is private',
    "I'll give you my number later",
  ])('%j gives no number', (text) => {
    expect(read(text)).toBe('unclear');
  });
});
