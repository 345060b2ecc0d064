/**
 * Issue 19, on PGlite and PostgreSQL: the way in said in the person's own
 * words, as a first message or at the menu ("ik zou graag hulp hebben",
 * "mijn klant huilde vandaag aan de telefoon"); a message the safety
 * question interrupted is still done after a plain no ("laat maar" stops
 * the form, distress at the menu starts the help request); and a language
 * the person says they do not read is never the one they get.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { menuIntent } from '../../src/conversation/intents.js';
import { menuWay } from '../../src/conversation/menu-way.js';
import type { Lang } from '../../src/conversation/types.js';
import type { DatabaseHandle } from '../../src/db/client.js';
import { t } from '../../src/i18n/index.js';
import { testDatabases } from '../support/databases.js';
import { createHarness, type Harness, TUESDAY_EVENING } from '../support/harness.js';
import { playTranscript } from '../support/transcript.js';

describe.each(testDatabases)('the way in, in their own words, on $name', (kind) => {
  let database: DatabaseHandle;
  let users = 0;
  const harness = (): Harness => createHarness(database, { now: TUESDAY_EVENING, userId: `+3247055${String(++users).padStart(4, '0')}` });

  beforeAll(async () => {
    database = await kind.open();
  });
  afterAll(async () => {
    await database.close();
  });

  it.each([
    ['nl', 'ik zou graag hulp hebben'],
    ['fr', 'je ne vais pas bien, mon magasin est vide depuis des semaines'],
    ['de', 'mir geht es schlecht, der Betrieb geht den Bach runter'],
    ['en', "I'm not okay, the shop is empty and I can't sleep"],
  ] as const)('a first message asking help for oneself starts the help request (%s)', async (lang, text) => {
    await playTranscript(harness(), [[text, [t(lang, 'help.leave_request')]]]);
  });

  it('at the menu, a worry about a client starts the alert, and wanting to become a sentinel the training', async () => {
    await playTranscript(harness(), [
      ['Goeiedag', [t('nl', 'menu.prompt')]],
      ['mijn klant huilde vandaag aan de telefoon, wat kan ik doen', [t('nl', 'alert.sentinel_name')]],
    ]);
    await playTranscript(harness(), [
      ['Goeiedag', [t('nl', 'menu.prompt')]],
      // No session is planned in this test: the training flow says so.
      ['ik wil sentinel worden', [t('nl', 'training.none', { hotline: '0800/300.25' })]],
    ]);
  });

  it('distress at the menu is asked about first, and after a plain no the help request starts', async () => {
    await playTranscript(harness(), [
      ['Bonsoir', [t('fr', 'menu.prompt')]],
      ["j'en peux plus, mon entreprise coule", [t('fr', 'crisis.check')]],
      ['non', [t('fr', 'crisis.check_no'), t('fr', 'help.leave_request')]],
    ]);
  });

  it('a wish to stop that the safety question interrupted is done after a plain no', async () => {
    await playTranscript(harness(), [
      ['Bonsoir', [t('fr', 'menu.prompt')]],
      ['2', [t('fr', 'help.leave_request')]],
      ['oui', [t('fr', 'help.safety_question')]],
      ['non', [t('fr', 'help.first_name')]],
      ['jveux plus continuer ce formulaire', [t('fr', 'crisis.check')]],
      ['non', [t('fr', 'crisis.check_no'), t('fr', 'form.cancelled')]],
    ]);
  });

  it.each([
    ['en', "I don't speak French"],
    ['nl', 'ik versta geen frans'],
    ['de', 'ich verstehe kein Französisch'],
  ] as const)('"I don\'t speak French" switches to the language it is written in, never to French (%s)', async (lang, text) => {
    await playTranscript(harness(), [
      ['Bonsoir', [t('fr', 'menu.prompt')]],
      [text, [t(lang, 'language.changed')]],
    ]);
  });
});

describe('the way in: whose trouble it is, told in a story', () => {
  it.each([
    // Whom the help is asked for: the object of the verb.
    ['fr', "Mon frère et moi tenons un garage. Je n'arrive plus à dormir, pouvez-vous m'aider ?", 'help_request'],
    ['nl', 'Mijn zus heeft een kapsalon en eet niet meer. Kunnen jullie haar helpen?', 'sentinel_alert'],
    ['de', 'Mein Nachbar hat seinen Hof verloren, er trinkt nur noch. Könnten Sie ihm helfen?', 'sentinel_alert'],
    ['en', "my partner does the books, I just can't sleep any more. please help me", 'help_request'],
    // A plea for advice is not the writer's trouble: the client's is.
    ['fr', 'Mon client va très mal, il ne mange plus, aidez-moi à savoir quoi faire', 'sentinel_alert'],
    // Contrast: who is the one.
    ['fr', "Il s'en sort. Moi pas.", 'help_request'],
    ['nl', 'Niet ik heb hulp nodig, mijn vennoot wel.', 'sentinel_alert'],
    ['en', "I'm the one who needs someone to talk to, not my clients", 'help_request'],
    // Training had or not had is no sign-up; someone else's is still the training.
    ['fr', "J'ai fait la formation sentinelle en mars, et maintenant c'est moi qui craque", 'help_request'],
    ['de', 'Ich habe die Schulung schon gemacht, jetzt geht es mir selbst schlecht', 'help_request'],
    ['fr', "Ma collègue a suivi la formation, je voudrais m'inscrire aussi", 'sentinel_training'],
    ['en', "I'm not trained for this, my client says he can't go on any more", 'sentinel_alert'],
    // Just asking about the service; but a question for a client in trouble is an alert.
    ['fr', "Simple question : c'est pour qui exactement ?", 'about'],
    ['en', 'Just curious, who is this for?', 'about'],
    ['en', 'Just asking for my client who is drowning in debt, what can I do?', 'sentinel_alert'],
    // German formal address is the reader, not a third person.
    ['de', 'Können Sie ihm helfen? Mein Mann isst nicht mehr.', 'sentinel_alert'],
    ['de', 'Ich habe Ihre Nummer von meinem Arzt. Ich kann nicht mehr schlafen.', 'help_request'],
    // Someone else's worry about the writer, stepping in for someone, someone of the writer's.
    ['de', 'Meine Schwester sagt, ich soll Ihnen schreiben, sie macht sich Sorgen um mich. Ich schlafe kaum noch.', 'help_request'],
    ['fr', 'Mon voisin boulanger parle de tout lâcher, je ne sais pas si je peux m’en mêler', 'sentinel_alert'],
    ['nl', 'een klant van mij is helemaal op', 'sentinel_alert'],
    // A long story is read whole.
    [
      'fr',
      "Je suis couvreur, 58 ans. Depuis la chute de l'an passé je ne travaille presque plus, les factures s'empilent, ma compagne fait ce qu'elle peut mais je n'ai plus goût à rien et je passe mes journées devant la télé sans rien faire, ça ne me ressemble pas du tout. Je voudrais en parler avec quelqu'un.",
      'help_request',
    ],
  ] as Array<[Lang, string, string]>)('(%s) %j → %s', (lang, text, way) => {
    expect(menuWay(text, lang)).toBe(way);
  });

  it.each([
    // A word of a label inside a story chooses nothing; said alone it does. "Je m'appelle" is a name, not a call.
    ['en', 'I heard about you on the radio this morning, hello', undefined],
    ['en', 'about', 'about'],
    ['fr', 'Bonjour, je m’appelle Julie', undefined],
  ] as Array<[Lang, string, string | undefined]>)('(%s) %j → %s', (lang, text, way) => {
    expect(menuWay(text, lang)).toBe(way);
  });
});

describe('an alert said outright, a client written about, sessions asked for', () => {
  it.each([
    ['Je suis vétérinaire. Un éleveur va très mal, je voudrais faire un signalement.', 'fr'],
    ['Ik ben sentinel (opleiding gevolgd vorig jaar) en ik wil een alert doorgeven over een klant.', 'nl'],
    ['Ich bin Gerichtsvollzieher und möchte die Lage eines Schuldners melden.', 'de'],
    ["I'm tired myself, honestly, but I'm writing about a client who sent me a goodbye email.", 'en'],
  ])('%j opens the alert', (text, lang) => {
    expect(menuIntent(text, lang as Lang)).toBe('sentinel_alert');
  });

  it('opens the help request when a writer in distress asks for sessions, clients named beside it', () => {
    expect(
      menuIntent(
        'Mijn klanten vertellen mij hun zorgen, maar ik heb zelf niemand en ik huil elke avond. Hebben jullie gesprekken met een psycholoog?',
        'nl',
      ),
    ).toBe('help_request');
  });

  it('keeps "I want to report that I am not well" with the writer, and how-it-works questions about the service', () => {
    expect(menuIntent('je voudrais signaler que je ne vais pas bien du tout', 'fr')).not.toBe('sentinel_alert');
    expect(menuIntent('Before I say anything: is it anonymous? Are they real psychologists? Do I have to pay?', 'en')).not.toBe(
      'help_request',
    );
  });
});

describe('the way in: the families added from menu dev3, in words of their own', () => {
  it.each([
    // What the service belongs to, who is behind it, what it does for people like them: a question about it.
    ['fr', "C'est rattaché au SPF ou à une mutuelle ? Je préfère savoir avant.", 'about'],
    ['nl', 'Zit dit onder de overheid of onder een vakbond?', 'about'],
    ['de', 'Gehört das zur Krankenkasse? Ich frage, bevor ich etwas erzähle.', 'about'],
    ['en', 'Is this run by the government or by a union?', 'about'],
    ['de', 'Hallo, was genau ist das für ein Angebot? Wer steckt dahinter?', 'about'],
    ['en', "Hello, what exactly is this thing? Who's behind it?", 'about'],
    ['fr', 'bonsoir c quoi ce numéro ? je l’ai vu sur une affiche', 'about'],
    ['nl', 'Met mij gaat het goed, maar wat doen jullie precies voor zelfstandigen?', 'about'],
    // The writer's own trouble: told without "I", "it's me who…", a need of help of their own, a psychologist wished for.
    ['en', 'plumber. no work since march. kids at my ex. cant sleep. dont know what to do any more', 'help_request'],
    ['en', "I send clients your way sometimes, but now it's me who can't cope any more.", 'help_request'],
    ['nl', 'Mijn zaak is failliet verklaard en ik heb hulp nodig, het liefst iemand aan de telefoon.', 'help_request'],
    ['de', 'Ich schäme mich vor meiner Familie. Ich möchte zu einer Psychologin, nicht hier im Ort.', 'help_request'],
    ['nl', 'Mijn boekhouder verwees mij naar jullie. Ik ben de weg kwijt met mijn schulden.', 'help_request'],
    ['fr', "J'ai des idées noires depuis que mon associé est parti.", 'help_request'],
    // Someone else's trouble: the writer only told of it or owning the relation.
    ['fr', 'Je suis conseillère en entreprise, un fleuriste m’a semblé complètement à bout hier.', 'sentinel_alert'],
    ['de', 'Ein Kunde von mir weint am Telefon, ich mache mir große Sorgen.', 'sentinel_alert'],
    ['fr', "un client m'a dit qu'il voulait tout lâcher, je fais quoi ?", 'sentinel_alert'],
    // Trained as a sentinel, the writer being trained.
    ['de', 'Kann ich mich als Sentinel ausbilden lassen? Ich kenne viele Winzer in der Gegend.', 'sentinel_training'],
  ] as Array<[Lang, string, string]>)('(%s) %j → %s', (lang, text, way) => {
    expect(menuIntent(text, lang)).toBe(way);
  });

  it.each([
    // "Lié" to their own stress is no question about the service; training an apprentice is no training sign-up.
    ['fr', "Je ne dors plus, c'est lié au stress de la faillite ?", 'about'],
    ['de', 'Ich muss meinen Lehrling ausbilden und schaffe es nicht mehr.', 'sentinel_training'],
    // A client telling the writer something is not the writer's trouble.
    ['nl', 'Een klant heeft me verteld dat hij niet meer slaapt.', 'help_request'],
  ] as Array<[Lang, string, string]>)('(%s) %j is not %s', (lang, text, way) => {
    expect(menuIntent(text, lang)).not.toBe(way);
  });
});

describe('the way in: the mechanisms added from menu dev4, in words of their own', () => {
  it.each([
    // A wish told in the past and taken back: the writer is the one.
    ['fr', "Je voulais signaler un collègue… non, en fait c'est de moi qu'il s'agit, je n'en peux plus.", 'help_request'],
    ['en', 'I was going to report a neighbour, but honestly it is about me. I am the one who is struggling.', 'help_request'],
    // Someone else reached or handed over, by the verb and its third-person object.
    ['nl', 'Een klant van mij is helemaal op. Hoe kan ik hem bij jullie aanmelden?', 'sentinel_alert'],
    ['fr', "Ma voisine va très mal et je n'arrive pas à la joindre depuis deux jours.", 'sentinel_alert'],
    ['en', 'My brother is falling apart. Can I refer him to you?', 'sentinel_alert'],
    ['de', 'Meine Nachbarin ist völlig fertig. Wie kann ich sie bei euch anmelden?', 'sentinel_alert'],
    // Training in a compound.
    ['nl', 'Wanneer start de volgende signaalgeversopleiding?', 'sentinel_training'],
    // Help for "me", sent here by a link, the subject after the verb, someone's words about the writer.
    ['de', 'Gibt es auch Unterstützung für mich? Ich bin völlig erschöpft.', 'help_request'],
    ['en', 'My bookkeeper forwarded me your link. I cannot sleep any more.', 'help_request'],
    ['de', 'Seit der Pleite sehe ich keinen Sinn mehr in allem.', 'help_request'],
    ['fr', 'Mon mari dit que je ne dors plus. Je voudrais parler à quelqu’un.', 'help_request'],
    ['nl', 'Mijn accountant zegt dat ik hier moet aankloppen. Wat kan ik doen?', 'help_request'],
    // A talk with a professional wished for.
    ['fr', 'Je voudrais prendre rendez-vous avec une psychologue.', 'help_request'],
    ['de', 'Ich hätte gern einen Termin bei einem Therapeuten.', 'help_request'],
    // The service's reach, a bot or a human, what becomes of their data: questions about the service.
    ['de', 'Gilt das auch für Selbständige im Nebenberuf?', 'about'],
    ['en', 'Do you cover Luxembourg too?', 'about'],
    ['de', 'Schreibe ich mit einem Menschen oder mit einer Maschine?', 'about'],
    ['fr', 'Qui lit mes réponses ?', 'about'],
    // Whom to tell, about someone else.
    ['nl', 'Mijn buurman eet niet meer en zit de hele dag binnen. Aan wie moet ik dat melden?', 'sentinel_alert'],
    ['en', 'The baker next door has not opened in a week and he looks awful. Who should I tell?', 'sentinel_alert'],
    // "Not quite" said of knowing is no distress.
    ['fr', 'Bonjour, je ne sais pas trop bien par où commencer', undefined],
  ] as Array<[Lang, string, string | undefined]>)('(%s) %j → %s', (lang, text, way) => {
    expect(menuIntent(text, lang)).toBe(way);
  });

  it.each([
    // No one to talk to is the writer's own lack, not someone to tell.
    ['fr', "Je n'ai personne à qui parler de mes dettes, je craque.", 'sentinel_alert'],
    // English "former" is no training.
    ['en', 'I am a former baker and I cannot sleep any more.', 'sentinel_training'],
    // "ook … voor" said of the writer's need, not of the service.
    ['nl', 'Ik heb ook hulp nodig voor mijn schulden?', 'about'],
    // A wish to report, not taken back.
    ['nl', 'Ik wil een collega melden, hij is helemaal op.', 'help_request'],
    // Someone else's messages, not the writer's data.
    ['en', 'I read the messages my accountant sends me?', 'about'],
  ] as Array<[Lang, string, string]>)('(%s) %j is not %s', (lang, text, way) => {
    expect(menuIntent(text, lang)).not.toBe(way);
  });
});

describe('the way in: the mechanisms added from menu dev5, in words of their own', () => {
  it.each([
    // Whom it is about, said by contrast: the one kept against the one denied.
    ['fr', "Il s'agit de moi, pas de lui. Je n'en peux plus de porter la boîte seul.", 'help_request'],
    ['nl', 'Het gaat over mij, niet over hem. Ik slaap al weken slecht.', 'help_request'],
    ['de', 'Es geht um ihn, nicht um mich. Er redet nur noch vom Aufhören.', 'sentinel_alert'],
    ['en', "It's about him, not me. He keeps saying he can't go on.", 'sentinel_alert'],
    // The writer is someone's professional: the story is theirs.
    [
      'fr',
      "Je suis son comptable depuis quinze ans. Il m'a dit qu'il allait tout vendre et partir. J'ai un mauvais pressentiment.",
      'sentinel_alert',
    ],
    ['en', "I'm her bookkeeper. She gave away her tools last week and said she won't need them. I have a bad feeling.", 'sentinel_alert'],
    ['fr', "Il ne dort plus et ne répond plus aux clients. Je ne suis que son associée, mais ça m'inquiète.", 'sentinel_alert'],
    // Someone else's trouble told, the writer's own only worry or not knowing what to do.
    ['en', "My partner isn't doing well. He's drinking and talks about not being around. I'm lost, what should I do?", 'sentinel_alert'],
    // The report verb with the writer as its object is getting in touch; someone to talk to.
    [
      'de',
      'Meine Hausärztin meinte, ich soll mich bei euch melden. Ich kann nicht mehr schlafen und brauche jemanden zum Reden.',
      'help_request',
    ],
    ['fr', "Mon médecin m'a dit de vous contacter. Je ne dors plus, j'ai besoin de quelqu'un à qui parler.", 'help_request'],
    // A talk wished by a writer low for a long time, no one named.
    ['nl', 'Ik ben al een tijd neerslachtig en mijn zaak loopt slecht. Ik zou graag een gesprek hebben.', 'help_request'],
    ['de', 'Ich bin seit dem Winter niedergeschlagen, der Hof frisst mich auf. Ich hätte gern ein Gespräch.', 'help_request'],
    // The writer's own wish for a consultation, a practical question beside it.
    ['en', "I'm exhausted and behind on everything. I'd like an appointment with a psychologist. Is it free?", 'help_request'],
    // Someone needed now.
    ['de', 'Meine Therapeutin hat aufgehört. Ich brauche jetzt jemanden, nicht in einem halben Jahr.', 'help_request'],
    // The service named as the subject of a question of reach; how it works, asked with no trouble told.
    ['fr', 'Ce service existe aussi en Flandre ou seulement en Wallonie ?', 'about'],
    ['nl', 'Hoe werkt jullie dienst eigenlijk, moet ik ergens naartoe?', 'about'],
    // Learning by its stem.
    ['en', 'Is there a course where one learns to recognise clients in trouble? I would like to register.', 'sentinel_training'],
  ] as Array<[Lang, string, string | undefined]>)('(%s) %j → %s', (lang, text, way) => {
    expect(menuIntent(text, lang)).toBe(way);
  });

  it.each([
    // A question about the sessions, with no wish of the writer's own, stays a question about the service.
    ['fr', 'Est-ce que les séances avec un psy sont gratuites ?', 'about'],
    // Someone calling the writer is not the writer asking to be called.
    ['fr', "Mon associé va mal, il m'appelle la nuit. Je fais quoi ?", 'sentinel_alert'],
    // Sent here by someone, the writer asking how it works asks for themselves.
    ['de', 'Mein Arzt sagt, ich soll mir Hilfe holen. Wie läuft das bei euch?', 'help_request'],
  ] as Array<[Lang, string, string]>)('(%s) %j → %s, as before', (lang, text, way) => {
    expect(menuIntent(text, lang)).toBe(way);
  });
});
