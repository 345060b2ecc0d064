/**
 * The global commands in natural phrasing (src/conversation/intents.ts),
 * beside the corpus figures of `npm run intents:eval`: the near misses
 * written while building the families, which must stay answers, and the
 * corpus gate.
 */
import { describe, expect, it } from 'vitest';
import { naturalIntent, readIntent } from '../../src/conversation/intents.js';
import { type IntentsHalf, intentOutcome, loadIntents, loadMenu, type MenuHalf, menuOutcome } from '../language/corpus/intents-corpus.js';

describe('natural intents: answers that share their words stay answers', () => {
  it.each([
    "ma femme m'appelle tous les soirs pour savoir si ça va",
    "j'ai dû tout recommencer à zéro après l'incendie",
    'on a dû recommencer le chantier deux fois',
    'ils ont annulé ma demande de prêt à la banque',
    'le client veut annuler sa commande',
    'I want to stop this business, it costs me too much',
    'ik wil stoppen met mijn zaak',
    // Urgency someone else spoke of, the most urgent of several things, urgency that is over.
    "l'huissier disait que c'était urgent de payer",
    'de curator zei dat het dringend is',
    'am dringendsten ist die Rechnung vom Lieferanten',
    'it was urgent last winter, better now',
    // How something else works: a question about a topic, not about the bot.
    'je sais pas comment ça marche avec la mutuelle',
    "I don't know how it works with the tax office",
    'wir mussten das Projekt abbrechen',
    "je ne sais plus quoi faire, je dois payer l'onss",
    'je comprends pas pourquoi mon comptable ne répond pas',
    "j'ai besoin de quelqu'un pour garder mes enfants le mercredi",
    'pas urgent, mais ça pèse',
    'nicht so dringend, aber es belastet mich',
    'mijn vrouw belt me elke avond',
    'mon fournisseur m’a appelé hier pour la facture',
    'appelez-moi plutôt le matin',
    'bel me liefst na 18u',
    '0470 12 34 56, bel me maar',
    'wie geht es Ihnen?',
    'mes clients parlent une autre langue que moi',
    'je parle une autre langue avec ma famille',
    'mon psy me suit depuis un an',
    'de boekhouder zegt dat ik moet stoppen',
    "j'ai reçu un rappel de la TVA",
    'the menu of my restaurant changes every week',
    'ik ben terug begonnen na mijn ziekte',
    'Il parle de tout arrêter depuis la saisie',
    'hij zegt dat hij wil stoppen met de zaak',
    'she keeps saying call me back but never answers',
  ])('%j', (text) => {
    expect(readIntent(text)).toBeUndefined();
  });
});

describe('natural intents: one per family and language', () => {
  it.each([
    ['on peut reprendre du début svp ?', 'menu'],
    ['kunnen we herbeginnen', 'menu'],
    ['zurück an den Anfang bitte', 'menu'],
    ["let's start over", 'menu'],
    ['non laissez tomber', 'cancel'],
    ['ik wil dit formulier niet meer invullen', 'cancel'],
    ['ich möchte nicht mehr weitermachen mit dem Formular', 'cancel'],
    ['please cancel this request', 'cancel'],
    ['je sais pas comment ça marche ici', 'help'],
    ['wat moet ik nu typen?', 'help'],
    ['erklär mir wie das geht', 'help'],
    ['what do i answer here', 'help'],
    ["c'est très urgent", 'urgent'],
    ['ik heb nu meteen iemand nodig', 'urgent'],
    ['ich brauche jetzt sofort Hilfe', 'urgent'],
    ["it can't wait until tomorrow", 'urgent'],
    ['est-ce que je peux changer la langue', 'language'],
    ['andere taal graag', 'language'],
    ['Sprache wechseln bitte', 'language'],
    ['can I pick another language', 'language'],
    ["quelqu'un peut me rappeler demain ?", 'callback'],
    ['kan iemand mij bellen', 'callback'],
    ['könnten Sie mich anrufen', 'callback'],
    ['could someone call me please', 'callback'],
    ['je préfère parler à un humain, pas à un robot', 'person'],
    ['mag ik met een echte persoon spreken', 'person'],
    ['ich will mit einem Berater reden', 'person'],
    ['get me a real person', 'person'],
  ])('%j → %s', (text, intent) => {
    expect(naturalIntent(text) ?? readIntent(text)).toBe(intent);
  });
});

/**
 * Issue 19: every global command is an intent in natural phrasing with its
 * own blind-half table, and a wrong command is worse than a miss. At this
 * commit the tune half reads 100 % and the blind half the figure in
 * docs/performance.md; the bounds keep both from getting worse.
 */
describe('natural intents: the families added from the dev4 set, in words of their own', () => {
  it.each([
    // help: the commands, what can be typed, what the bot does
    ['quelles commandes je peux utiliser ?', 'help'],
    ['welke commando s kent ge?', 'help'],
    ['was kann ich hier schreiben?', 'help'],
    ['what do you actually do', 'help'],
    // menu: the choices again, the start page
    ['montrez-moi encore les options', 'menu'],
    ['wat waren de opties ook alweer, nog eens', 'menu'],
    ['zurück zur Startseite', 'menu'],
    // callback: an imperative, a call to be had
    ['appelez-moi demain si possible', 'callback'],
    ['kan ik een telefoontje krijgen morgen?', 'callback'],
    ['könnte mich jemand telefonisch kontaktieren?', 'callback'],
    // person, language, urgent, cancel
    ['let me speak to an agent', 'person'],
    ['ich möchte auf Englisch weiterschreiben', 'language'],
    ['ik spreek beter Frans, kan dat?', 'language'],
    ['dit is een noodsituatie', 'urgent'],
    ['I want to abandon this request', 'cancel'],
    ['ich will diese Anfrage abbrechen', 'cancel'],
  ])('%j → %s', (text, intent) => {
    expect(naturalIntent(text)).toBe(intent);
  });

  it.each([
    // A call declined or already had, a choice made in the past, a language spoken: answers, not commands.
    'belt mij niet op het werk, liever s avonds',
    "mon comptable m'a hier rappelé mais sans solution",
    'ik spreek Nederlands en een beetje Frans',
    'my clients had several options, they chose the cheaper one again',
  ])('%j stays an answer', (text) => {
    expect(naturalIntent(text)).toBeUndefined();
  });

  it.each([
    ['gegevens verwijderen aub', 'erase'],
    ['delete the data please', 'erase'],
    ['mijn gegevens mogen weg uit jullie systeem', 'erase'],
    ['I want to be forgotten by your service', 'erase'],
  ])('%j → %s', (text, intent) => {
    expect(readIntent(text)).toBe(intent);
  });
  it('a wish not to be forgotten is not erasure', () => {
    expect(readIntent("I don't want to be forgotten by my clients")).toBeUndefined();
  });
});

describe('natural intents: the families added from the dev5 set, in words of their own', () => {
  it.each([
    // erase: their data named in a compound or a phrase, a verb, a noun or a participle of erasing
    ['Merci de détruire les données me concernant', 'erase'],
    ['wis mijn adresgegevens alstublieft', 'erase'],
    ['ich will, dass mein Verlauf gelöscht wird', 'erase'],
    ['destroy the information about me please', 'erase'],
    // cancel: the request taken back or forgotten, not going on, quitting as a clause of its own
    ['ik trek mijn verzoek in', 'cancel'],
    ['je retire ma demande, merci', 'cancel'],
    ['ich zieh die Anfrage zurück', 'cancel'],
    ['ik doe niet meer verder', 'cancel'],
    ['ich mache nicht weiter, danke', 'cancel'],
    ['ok, im out', 'cancel'],
    ['vergeet mijn aanvraag maar', 'cancel'],
    // menu: something else to choose, "back" as the last clause
    ['kan ik iets anders kiezen?', 'menu'],
    ['nee, dat klopt niet. terug', 'menu'],
    ['das war falsch, zurück bitte', 'menu'],
    // help: how to answer or where to press, what goes here
    ['hoe antwoord ik hier?', 'help'],
    ['wo klicke ich?', 'help'],
    ['wat moet hier?', 'help'],
    ['what comes here?', 'help'],
    // urgent: no time for the form, now with a plea and gravity, in crisis now
    ['geen tijd voor die vragenlijst, het gaat echt niet', 'urgent'],
    ['maintenant svp, je tiens plus', 'urgent'],
    ['ich bin in einer Krise, jetzt sofort', 'urgent'],
    ['no time for your questions, please', 'urgent'],
    // callback: passive, asked of someone with a moment, an imperative clause, a bell
    ['ich möchte zurückgerufen werden', 'callback'],
    ["je préfère être rappelée, j'écris mal", 'callback'],
    ['kan iemand me vanavond bellen?', 'callback'],
    ['typen is lastig, bel me', 'callback'],
    ['give me a bell', 'callback'],
    // person: asked for in a clause of its own, fed up with the bot, automated answers
    ['Pas envie de parler à une machine. Un humain svp', 'person'],
    ['ik ben die bot beu', 'person'],
    ['je veux un interlocuteur', 'person'],
    ["I'd like a human, not automated answers", 'person'],
    // language: named with a plea, as a question, or their own said to be poor
    ['in het Duits aub', 'language'],
    ['auf Englisch bitte', 'language'],
    ['Frans?', 'language'],
    ['mon néerlandais est mauvais', 'language'],
  ])('%j → %s', (text, intent) => {
    expect(readIntent(text)).toBe(intent);
  });

  it.each([
    // Erasure forgotten, done by someone else or by a fire: no request.
    'ik ben mijn inloggegevens vergeten',
    'the fire destroyed my data last year',
    'mijn boekhouder heeft mijn gegevens verwijderd',
    // Out on the road, going on with the business, a form left somewhere: no cancel.
    "I'm out on the road all day",
    'ik ga niet verder met de zaak na de zomer',
    'we had to leave the form at the office',
    // Coming back, a son's choice: no menu.
    'ik kom morgen terug',
    'mon fils a choisi autre chose que la boulangerie',
    // Answering someone else, what comes in the post: no help.
    'je ne sais jamais comment répondre à mes fournisseurs',
    'what comes in the post every month is bills',
    // Urgency denied, or not the writer's, or money: no urgent.
    'urgent ? non, pas vraiment',
    'geen noodgeval, gewoon een vraag',
    'kein Notfall, es eilt nicht',
    'not an emergency, it can wait',
    'the business is in crisis now',
    "mon beau-frère m'a avancé de l'argent",
    'I have no time for this business anymore',
    // The way to be reached, a wish about someone else's calls: no callback.
    'par téléphone de préférence',
    'my wife would call me every evening',
    'es wäre schön, wenn meine Tochter mich öfter anrufen würde',
    // Payments, not a bot; languages spoken by clients: no person, no language.
    'the payments are not automatic',
    'mijn klanten spreken Frans',
  ])('%j stays an answer', (text) => {
    expect(readIntent(text)).toBeUndefined();
  });
});

describe('natural intents: the families added from the dev6 set, in words of their own', () => {
  it.each([
    // erase: all of it erased, being forgotten, nothing left with the service, thrown away, a wish for it gone
    ['effacez tout, je ne veux plus rien chez vous', 'erase'],
    ['vergeet me maar, wis alles', 'erase'],
    ['Vergessen Sie mich bitte', 'erase'],
    ['delete everything please', 'erase'],
    ['ik wil niet dat mijn gegevens bij jullie blijven', 'erase'],
    ['je ne veux aucune trace chez vous', 'erase'],
    ['gooi mijn berichten maar weg', 'erase'],
    ['schmeißt meine Daten weg', 'erase'],
    ['I want my answers deleted, all of them', 'erase'],
    ['je demande la suppression de mon dossier', 'erase'],
    ['haal mijn nummer uit uw systeem', 'erase'],
    ['get rid of what I sent you', 'erase'],
    // cancel: the bot told it may stop, stop as a clause after the form called a burden, leaving it at that
    ['vous pouvez annuler tout ça', 'cancel'],
    ['jullie mogen het stopzetten', 'cancel'],
    ['te veel vragen. stop', 'cancel'],
    ['zu lang, das Formular. abbrechen', 'cancel'],
    ['on en reste là pour aujourd’hui', 'cancel'],
    ['dann belassen wir es dabei', 'cancel'],
    ['I quit this form', 'cancel'],
    ['ik hou ermee op', 'cancel'],
    ['je préfère ne pas aller plus loin', 'cancel'],
    // help: the question not understood, said again another way, what the bot wants, where to click, now what
    ['je n’ai pas compris votre question', 'help'],
    ['kunt u dat anders formuleren?', 'help'],
    ['können Sie die Frage anders formulieren?', 'help'],
    ['I don’t understand what you are asking me', 'help'],
    ['pourriez-vous m’expliquer ?', 'help'],
    ['wat verwacht u van mij?', 'help'],
    ['was bedeutet diese Frage?', 'help'],
    ['je clique où ?', 'help'],
    ['und jetzt?', 'help'],
    ['what am I meant to type here', 'help'],
    ['je suis pas douée avec la technique, comment on fait ?', 'help'],
    // urgent: pills swallowed or taken in a quantity, in danger, help now, a call that cannot wait
    ['ik heb al mijn slaappillen geslikt', 'urgent'],
    ["j'ai pris toute la boîte de médicaments", 'urgent'],
    ['I swallowed a lot of tablets', 'urgent'],
    ['ich bin in Gefahr', 'urgent'],
    ["I don't feel safe", 'urgent'],
    ['help me now', 'urgent'],
    ['ik kan niet tot morgen wachten op jullie telefoontje', 'urgent'],
    // callback: a way asked of "you", the phone reached, the Swiss call, a call possible, the polite imperative
    ['pourriez-vous me joindre par téléphone ce soir ?', 'callback'],
    ['kunt u mij telefonisch bereiken?', 'callback'],
    ['wäre ein Rückruf möglich?', 'callback'],
    ['een telefoontje graag', 'callback'],
    ['belt u mij even', 'callback'],
    ['rufen S’ mich an, bitte', 'callback'],
    ['give me a call when you can', 'callback'],
    // person: from the team, a real one, someone behind it, put through
    ['donnez-moi quelqu’un de votre équipe', 'person'],
    ['bitte einen richtigen Menschen', 'person'],
    ['echte mens aub', 'person'],
    ['put me through to a counsellor', 'person'],
    ['is er iemand achter deze chat?', 'person'],
    // menu: back after a wrong choice, the options of the start seen again
    ['je me suis trompée, retour svp', 'menu'],
    ['verkeerd geklikt, terug', 'menu'],
    ['ich will die Optionen vom Anfang sehen', 'menu'],
    ['show me the choices from the beginning', 'menu'],
    // language: whether the bot speaks one, a language not read, writing in one asked
    ['spreekt u Engels?', 'language'],
    ['ich verstehe kein Niederländisch', 'language'],
    ['can I answer in French?', 'language'],
  ])('%j → %s', (text, intent) => {
    expect(readIntent(text)).toBe(intent);
  });

  it.each([
    // A call declined, or another way preferred to it.
    "pas besoin de m'appeler, j'écris volontiers",
    'e-mail is handiger dan bellen',
    'SMS ist mir lieber als ein Anruf',
    'no need for a call, thanks',
    'bel me liefst niet op kantoor',
    // Someone else's erasing, a story of forgetting, things thrown away in the business.
    'mon associé a tout supprimé par erreur',
    "don't forget me when the sessions start",
    'we moesten alle oude voorraad weggooien',
    'I had to throw away the whole stock',
    // Pills taken as prescribed, or forgotten.
    'je prends mes médicaments le matin',
    'ich habe meine Tabletten vergessen',
    'I took my pills this morning',
    // Danger of something, not of the person.
    'je suis en danger de perdre mon magasin',
    'ik ben in gevaar om failliet te gaan',
    // What to do with their own affairs, not with the bot.
    'wat moet ik doen met mijn schulden',
    'what do I do about my debts',
    // A language spoken by someone else, a wrong choice in the business.
    'mes clients ne parlent pas anglais',
    "j'ai fait un mauvais choix en reprenant ce commerce",
    // Not understanding oneself or one's accountant, and options of a loan.
    'ik begrijp mezelf niet meer',
    'I didn’t get paid this month',
    'les options de mon prêt au début étaient meilleures',
  ])('%j stays an answer', (text) => {
    expect(readIntent(text)).toBeUndefined();
  });
});

describe('natural intents: the mechanisms added from the dev7 set, in words of their own', () => {
  it.each([
    // urgent: not holding out until a near time, a crisis now in any of its forms, what to do asked with NOW shouted
    ["je tiendrai pas jusqu'à ce soir", 'urgent'],
    ['ik hou het niet vol tot vanavond', 'urgent'],
    ['ich halte es nicht bis heute Abend aus', 'urgent'],
    ['I won’t make it until tomorrow', 'urgent'],
    ['ik zit midden in een crisis nu', 'urgent'],
    ['ich stecke gerade in einer Krise', 'urgent'],
    ['je fais une crise là', 'urgent'],
    ['Ma voisine ne répond plus depuis hier. Que dois-je faire MAINTENANT ?', 'urgent'],
    ['She just texted me goodbye. What should I do NOW?', 'urgent'],
    // person: put through to anyone, talking to machines refused, a real person (adjective × noun), a wish by its stem
    ['Mettez-moi en contact avec quelqu’un, s’il vous plaît', 'person'],
    ['verbind me door met iemand', 'person'],
    ['connect me with somebody', 'person'],
    ['ik babbel niet met robots', 'person'],
    ['I never chat with bots', 'person'],
    ['Ich hätte lieber eine echte Person', 'person'],
    // callback: a number and a call asked in a clause of its own, a call proposed between us, the causative
    ['0478 11 22 33, rappelez-moi svp', 'callback'],
    ['mon numéro: 0478 11 22 33. appelez svp', 'callback'],
    ['zullen we even bellen?', 'callback'],
    ['Können wir nicht einfach telefonieren?', 'callback'],
    ['could we speak on the phone instead', 'callback'],
    ['Faites-moi rappeler demain', 'callback'],
    // menu: back as a clause of its own, asked as a possibility or as a step, the other choices shown
    ['peut-on revenir en arrière ?', 'menu'],
    ['mag ik een stap terug?', 'menu'],
    ['Darf ich zurück? Falsch geklickt.', 'menu'],
    ['show me the other choices', 'menu'],
    ['toon de andere mogelijkheden', 'menu'],
    // cancel: giving up because of the form, answering no longer wanted, a request or a report taken back, an idiom
    ['ik geef het op, te veel vragen', 'cancel'],
    ['I don’t want to answer any more of this', 'cancel'],
    ['ich ziehe meinen Antrag zurück', 'cancel'],
    ['je retire mon signalement', 'cancel'],
    ['daar zetten we beter een punt achter', 'cancel'],
    ['Vergesst es, ist nicht mehr nötig', 'cancel'],
    // help: two ways of answering weighed, what is expected in the passive, lost in a word, "wia", a question's meaning
    ['je tape le numéro ou j’écris le mot ?', 'help'],
    ['Soll ich tippen oder die Zahl schreiben?', 'help'],
    ['ich weiß nicht, was von mir erwartet wird', 'help'],
    ['what exactly is expected of me?', 'help'],
    ['euh... perdu', 'help'],
    ['Wia geht des?', 'help'],
    ['Que voulez-vous dire par cette question ?', 'help'],
    // language: a language said to suit the writer better
    ['en anglais ce sera plus facile pour moi', 'language'],
    ['Nederlands gaat beter voor mij', 'language'],
    ['Englisch wäre mir einfacher', 'language'],
  ])('%j → %s', (text, intent) => {
    expect(readIntent(text)).toBe(intent);
  });

  it.each([
    // A permission given answers the bot: a yes and "you may", or "you may" after a topic.
    'oui, vous pouvez me rappeler au même numéro',
    'ja hoor, u mag mij bellen',
    'Ja, Sie dürfen mich anrufen',
    'yes, you may pass my details to the psychologist',
    // The bot's question echoed and answered.
    'Un conseiller ? Mon comptable.',
    'Een echte persoon? Ja, mijn huisarts.',
    // The phone as what is compared away.
    'un SMS est plus pratique qu’un appel',
    'e-mail is easier than the phone',
    // Holding out said without a negation, or to a far time; a crisis of a trade or of the past.
    'je tiens le coup jusqu’à lundi, pas de souci',
    'the shop won’t last until the summer',
    'ich schaffe die Steuererklärung nicht bis morgen',
    'je ne vais pas tenir le délai jusqu’à lundi',
    'mon secteur est en pleine crise',
    'I had a crisis last year',
    // Machines that are not the bot, a number given alone, a call for someone else.
    'je ne parle pas de machines agricoles',
    'ik praat niet graag over mijn computerproblemen',
    'mon numéro est le 0478 11 22 33',
    '0475 98 76 54, appelez-moi simplement',
    'can someone call my accountant?',
    'mon fils m’a mis en contact avec quelqu’un du CPAS',
    // Back in life, giving up a business, two ways of paying, a loss told, someone else's expectations.
    'ik ging terug naar mijn vorige werkgever',
    'een stap terug zetten in mijn zaak is moeilijk',
    'ik geef het op met mijn zaak',
    'je paie en liquide ou par virement ?',
    'I lost my job',
    'ik ben helemaal verloren sinds de brand',
    'the bank expected a payment from me',
  ])('%j stays an answer', (text) => {
    expect(readIntent(text)).toBeUndefined();
  });

  it('keeps a plea a request, and a question about the form no emergency', () => {
    expect(readIntent('vous pouvez me rappeler svp ?')).toBe('callback');
    expect(readIntent('Was mach ich JETZT mit dem Formular?')).not.toBe('urgent');
    expect(readIntent('je ne veux pas répondre à cette question')).not.toBe('cancel');
  });
});

describe('natural intents: the mechanisms of the dev8 round, in words of their own', () => {
  it.each([
    // Erasing by the stems of its verbs, disappearing, the bin, what the writer told or what concerns them.
    ['Pouvez-vous faire disparaître tout ce que j’ai raconté ?', 'erase'],
    ['Mag alles wat ik jullie verteld heb uit uw bestanden verdwijnen?', 'erase'],
    ['Ich möchte, dass alles, was ich geschrieben habe, bei euch verschwindet.', 'erase'],
    ['Could everything I told you be wiped from your records?', 'erase'],
    ['Alles over mij mag in de prullenbak, ook mijn telefoonnummer.', 'erase'],
    ['I want my phone number and my name destroyed on your side.', 'erase'],
    ['Entfernen Sie bitte alles, was mich angeht.', 'erase'],
    // Stopping asked with the modal first, the writer or "we" stopping now, the form not gone on with.
    ['On peut arrêter là ?', 'cancel'],
    ['Mogen we stoppen?', 'cancel'],
    ['Dürfen wir abbrechen?', 'cancel'],
    ['Could we stop now?', 'cancel'],
    ['Bon, on arrête tout.', 'cancel'],
    ['Oké, we stoppen ermee.', 'cancel'],
    ['Gut, wir brechen ab.', 'cancel'],
    ["OK, let's stop here.", 'cancel'],
    ['Ce formulaire, je ne le remplis pas plus loin.', 'cancel'],
    ['Het formulier vul ik niet verder in.', 'cancel'],
    ['Den Fragebogen mach ich nicht weiter.', 'cancel'],
    // A person set against a program, or asked whether a person or a machine answers.
    ['Je préfère écrire à un être humain, pas à un logiciel.', 'person'],
    ['Liever met een mens dan met software, graag.', 'person'],
    ['Ich möchte mit einem Menschen sprechen, nicht mit einem Programm.', 'person'],
    ['Is this a real person or an automated system?', 'person'],
    // Mending an answer, asked; not at ease with the device.
    ['Comment je modifie ma réponse ?', 'help'],
    ['Hoe pas ik mijn antwoord aan?', 'help'],
    ['Wie ändere ich meine Antwort?', 'help'],
    ['How do I change my answer?', 'help'],
    ["Je suis pas habituée aux smartphones, qu'est-ce qu'il faut écrire ici ?", 'help'],
    ['I am not used to these apps, what do I type here?', 'help'],
    // Choosing again after the wrong one; a restart asked as a question.
    ['Je me suis trompé, je peux choisir à nouveau ?', 'menu'],
    ['Niet dat, de andere keuze, mag ik opnieuw kiezen?', 'menu'],
    ['Falsche Auswahl, kann ich nochmal wählen?', 'menu'],
    ['Not that one, can I choose again?', 'menu'],
    ['Kann ich von vorne anfangen?', 'menu'],
    // A language said to be better in the conditional, their own language, a language ending a short question.
    ['Ce serait plus simple en néerlandais.', 'language'],
    ['Het zou makkelijker zijn in het Frans.', 'language'],
    ['Auf Französisch wäre es einfacher.', 'language'],
    ['It would be easier in Dutch.', 'language'],
    ['Kan het in mijn moedertaal?', 'language'],
    ['Possible en anglais ?', 'language'],
    // A negation in a modal question is a suggestion; hours are not words between the call and "me"; a call
    // instead; someone else to be called; the call itself wished in a clause with no time in it.
    ['Pourriez-vous pas simplement me téléphoner ?', 'callback'],
    ['Kunt ge mij niet gewoon opbellen?', 'callback'],
    ["Can't you just call me?", 'callback'],
    ['Zou iemand me vrijdag tussen 9 en 10u kunnen bellen?', 'callback'],
    ['Could someone call me on Friday between 9 and 10?', 'callback'],
    ['Un appel plutôt, ce serait possible ?', 'callback'],
    ['Ein Anruf stattdessen, geht das?', 'callback'],
    ['Ma mère aimerait qu’on l’appelle, elle ne sait pas écrire. Possible ?', 'callback'],
    ['Bellen zou beter zijn. Bel me morgenavond.', 'callback'],
    // Urgent as a predicate, not a qualifier; it cannot wait.
    ["it's urgent, somebody please answer", 'urgent'],
    ['Ça ne peut pas attendre, aidez-moi.', 'urgent'],
  ] as Array<[string, string]>)('%j → %s', (text, intent) => {
    expect(readIntent(text)).toBe(intent);
  });

  it.each([
    // Erasing refused: the wish denied governs the verb, the verb negated, the file to be kept.
    "Surtout n'effacez rien, je veux que vous gardiez mes réponses.",
    'Je voudrais pas que vous supprimiez mes infos, conservez mon dossier svp',
    'Verwijder alstublieft niets, ik wil niet dat mijn gegevens gewist worden.',
    'Bitte nichts löschen, ich möchte nicht, dass meine Daten entfernt werden.',
    "Please don't erase my details, I'd like you to keep my file.",
    // The stop verb denied, or the stopping someone else's or done.
    "Non, je n'arrête pas, posez la question suivante.",
    'Nee, ik stop niet, ga maar door.',
    "No, I'm not stopping, ask me the next one.",
    'Ich breche nicht ab, weiter bitte.',
    'Mon fournisseur arrête tout le mois prochain.',
    "J'ai arrêté mon activité en mars.",
    // A person as the subject of a past verb is a story; a program named without a person set against it.
    'Un conseiller m’a appelé la semaine passée, il était super.',
    'Een echte persoon heeft me vorige week geholpen.',
    'A real person helped me last year at the bank.',
    "Je connais pas ce programme, c'est nouveau ?",
    // Mending their life or business is not mending an answer.
    'Comment je change de vie ?',
    'How do I fix my business?',
    // A restart done, not asked.
    'On a dû tout recommencer depuis le début ?',
    // Someone else speaks the language.
    'Mon client parle mieux anglais.',
    // One way of contact set against another is an answer; a call declined.
    'Sms plutôt que téléphone',
    'bellen liever dan mailen',
    'An email rather than a call',
    'Don’t call me, please, I prefer writing.',
    'Ne m’appelez pas, je préfère écrire.',
    // It can wait.
    'ça peut attendre lundi',
    'Dat kan wel wachten tot volgende week.',
    'Das kann warten.',
    'It can wait until Monday.',
    // The orders of a business are not the bot's commands.
    "J'ai dû annuler trois commandes parce que je n'arrivais plus à suivre.",
  ])('%j stays an answer', (text) => {
    expect(readIntent(text)).toBeUndefined();
  });
});

describe('intents corpus', () => {
  it.each([
    ['tune', 0.99, 0],
    ['dev3', 0.96, 0.014],
    ['dev4', 0.98, 0.014],
    // dev5, written apart and measured fresh at 81.0 % understood and 2.6 % wrong; 99.2 % and 0.8 % reached.
    ['dev5', 0.98, 0.01],
    // dev6, written after the dev5 round and measured fresh at 81.5 % understood and 2.6 % wrong; with erasure of
    // all of it or of being forgotten, a call declined or another way preferred, the wait that cannot last read as
    // urgency, the stop verb after the form called a burden, the question asked again another way, pills swallowed,
    // and back after a wrong choice, 98.7 % and 0.3 % reached (blind 81.3 % → 84.0 %).
    ['dev6', 0.98, 0.006],
    // dev7, written after the dev6 round and measured fresh at 81.3 % understood and 3.1 % wrong (12); with a
    // permission given and a question echoed and answered read as answers, the phone compared away, not holding out
    // until a near time, a crisis now, NOW shouted, putting through, machines refused, a number with a call asked,
    // a call proposed, back as a clause, taking back a report, giving up over the form, two ways of answering, what
    // is expected in the passive and a language that suits the writer, 98.4 % and 0.8 % reached (the three left
    // wrong are read by the crisis screen and the language remark); blind 84.0 % → 84.0 %, wrong 0.8 % → 1.2 %.
    ['dev7', 0.97, 0.01],
    // dev8, written after the dev7 round and measured fresh at 80.5 % understood and 4.4 % wrong (17); with erasure
    // refused by a denied wish or a kept file, erasing verbs by their stems, stopping asked or said by "we", the stop
    // verb denied, the form not gone on with, a person narrated in the past or set against a program, mending an
    // answer, choosing again, a restart asked, a language better in the conditional or their own, a negation in a
    // modal question as a suggestion, hours taken out before words are counted, one way of contact set against
    // another, "it can wait" and "urgent" as a predicate, 98.7 % and 1.3 % reached; the five left wrong were read
    // acute by the crisis screen first, and with its idioms for "laisser tomber", "mijn leven vertellen", "mein Leben
    // erzählen" and "que ça existe", 100 % and 0 %.
    ['dev8', 0.99, 0.003],
    ['blind', 0.8, 0.013],
  ] as Array<[IntentsHalf, number, number]>)(
    'on the %s half: at least %s understood, at most %s wrong',
    (half, minUnderstood, maxWrong) => {
      const items = loadIntents(half);
      expect(items.length).toBe(['dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8'].includes(half) ? 384 : 256);
      const counts = { understood: 0, missed: 0, wrong: 0 };
      for (const item of items) counts[intentOutcome(item)]++;
      expect(counts.understood / items.length).toBeGreaterThanOrEqual(minUnderstood);
      expect(counts.wrong / items.length).toBeLessThanOrEqual(maxWrong);
    },
  );
});

/**
 * The way in, at the menu or as a first message, in the person's words ("ik
 * zou graag hulp hebben", "un client va mal", "ik wil sentinel worden",
 * "c'est gratuit ?"). Measured fresh: tune 33.1 %, dev 69.4 %, blind 35.6 %
 * understood before the families; the bounds keep what was reached. dev2
 * (320 first messages, many of them whole stories) was written apart and
 * measured fresh at 81.9 % understood and 11.3 % wrong (36 sent into the
 * wrong flow); with whose trouble it is read from the story (help asked for
 * "me" or "him", "c'est moi qui…", training already had, "just asking",
 * formal "Sie", long messages read whole, a label's word in a story no
 * choice) it reads 100 % and 0 % wrong, tune 100 %, dev 100 %, blind 80.6 %
 * and 5.0 % wrong. dev3 (320, written after that round) measured fresh at
 * 87.8 % and 7.5 % wrong (24); an alert or a report wished for, "I'm
 * writing about a client" and sessions with a psychologist asked for by a
 * writer in distress took it to 92.8 % and 2.5 % wrong, blind 82.5 % and
 * 4.4 % wrong. What the service belongs to, who is behind it, a story told
 * without "I", "it's me who…", the writer's own need of help, and the writer
 * only told of someone's trouble ("il m'a semblé à bout") took dev3 to
 * 99.4 % and 0.6 % wrong, blind 84.4 % and 3.8 % wrong.
 */
describe('menu corpus', () => {
  it.each([
    ['tune', 160, 0.99, 0.007],
    ['dev', 320, 0.99, 0],
    ['dev2', 320, 0.98, 0.004],
    ['dev3', 320, 0.98, 0.01],
    // dev4, written after the dev3 round and measured fresh at 89.7 % understood and 4.4 % wrong (14); with help for
    // "me", a third person reached or handed over, a wish taken back ("ik wilde eigenlijk … nee, het gaat over mij"),
    // sent here by a link, the subject after the verb, someone's words about the writer, "not quite" said of knowing,
    // training compounds and English "former", a talk with a professional wished, the service's reach, a bot or a
    // human, whom to tell, and what becomes of their data, 99.7 % and 0 % reached; blind 84.4 % → 85.0 %.
    ['dev4', 320, 0.98, 0.004],
    // dev5, written after the dev4 round and measured fresh at 93.4 % understood and 2.8 % wrong (9); with whom it is
    // about said by contrast, the writer as someone's professional, worry the writer's only reaction, the report verb
    // with the writer as object, a talk wished, the writer's own wish for a consultation beside a practical question,
    // someone needed now, the service named in a question of reach, how it works asked, and learning by its stem,
    // 100 % and 0 % reached.
    ['dev5', 320, 0.98, 0.004],
    ['blind', 160, 0.8, 0.045],
  ] as Array<[MenuHalf, number, number, number]>)(
    'on the %s half: at least %s understood, at most %s wrong',
    (half, size, minUnderstood, maxWrong) => {
      const items = loadMenu(half);
      expect(items.length).toBe(size);
      const counts = { understood: 0, missed: 0, wrong: 0 };
      for (const item of items) counts[menuOutcome(item)]++;
      expect(counts.understood / items.length).toBeGreaterThanOrEqual(minUnderstood);
      expect(counts.wrong / items.length).toBeLessThanOrEqual(maxWrong);
    },
  );
});

describe('lost with the bot, not a loss told', () => {
  it('reads "je suis un peu perdue" as not understanding, and "il a perdu sa mère" as nothing of the kind', () => {
    expect(naturalIntent('je suis un peu perdue') ?? readIntent('je suis un peu perdue')).toBeDefined();
    expect(naturalIntent('il a perdu sa mère en mars')).toBeUndefined();
    expect(naturalIntent('hij is zijn vrouw verloren')).toBeUndefined();
  });
});
